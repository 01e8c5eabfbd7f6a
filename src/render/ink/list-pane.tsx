// The middle of every view: the row list, or the help in its place while `?` is on.

import {Box, Text} from 'ink'
import type {Row} from '../layout.js'
import {RowList} from './row-list.js'

export interface ListPaneProps {
  rows: Row[]
  selected: number
  width: number
  height: number
  /** Lines of help to show instead of the list, or null. */
  help: string[] | null
}

export function ListPane({rows, selected, width, height, help}: ListPaneProps) {
  if (help) {
    return (
      <Box flexDirection="column" height={height + 1} borderStyle="round" paddingX={1}>
        {help.map(line => (
          <Text key={line}>{line}</Text>
        ))}
      </Box>
    )
  }
  return (
    <Box marginTop={1}>
      <RowList rows={rows} selected={selected} width={width} height={height} />
    </Box>
  )
}
