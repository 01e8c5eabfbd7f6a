// The bottom line of a view: the search prompt, a message, or the key hints.

import {Text} from 'ink'
import type {Selection} from './use-selection.js'

export function StatusLine({selection, hints}: {selection: Selection; hints: string}) {
  if (selection.typing !== null)
    return (
      <Text>
        /{selection.typing}
        <Text inverse> </Text>
      </Text>
    )
  if (selection.message) return <Text color="yellow">{selection.message}</Text>
  return (
    <Text dimColor wrap="truncate-end">
      {hints}
    </Text>
  )
}
