// A list of the debate's speakers to pick one from, in the list pane's place while `s` is on.

import {Box, Text, useInput} from 'ink'
import {useRef, useState} from 'react'
import {sanitizeLine} from '../../util/sanitize.js'

export interface SpeakerPickerProps {
  /** The speakers, in the order shown, each with how many of the debate's claims are theirs. */
  speakers: Array<{name: string; claims: number}>
  /** The speaker shown now, if any. */
  current: string | undefined
  height: number
  /** Called with the speaker picked, or undefined for all speakers. */
  onPick(speaker: string | undefined): void
  onCancel(): void
}

/** ↑↓ or j/k move, a letter jumps to the next name starting with it, Enter picks, Esc cancels. */
export function SpeakerPicker({speakers, current, height, onPick, onCancel}: SpeakerPickerProps) {
  // Row 0 is "all speakers".
  const [cursor, setShown] = useState(current ? speakers.findIndex(each => each.name === current) + 1 : 0)
  // Keys can come faster than renders: read and move the cursor through a ref.
  const latest = useRef(cursor)
  const setCursor = (next: number) => {
    latest.current = next
    setShown(next)
  }
  const count = speakers.length + 1
  useInput((input, key) => {
    const cursor = latest.current
    if (key.escape) onCancel()
    else if (key.return) onPick(cursor === 0 ? undefined : speakers[cursor - 1]!.name)
    else if (key.upArrow || input === 'k') setCursor((cursor - 1 + count) % count)
    else if (key.downArrow || input === 'j') setCursor((cursor + 1) % count)
    else if (/^\p{L}$/u.test(input)) {
      const letter = input.toLowerCase()
      const next = [...speakers.keys()]
        .map(index => (cursor + index) % speakers.length)
        .find(index => speakers[index]!.name.toLowerCase().startsWith(letter))
      if (next !== undefined) setCursor(next + 1)
    }
  })
  const rows = [{name: 'all speakers', claims: undefined}, ...speakers]
  const visible = Math.max(1, height - 1)
  const first = Math.min(Math.max(0, cursor - Math.floor(visible / 2)), Math.max(0, rows.length - visible))
  return (
    <Box flexDirection="column" height={height + 1} borderStyle="round" paddingX={1}>
      <Text dimColor>show whose claims? ↑↓ move · a letter jumps · ⏎ pick · Esc cancel</Text>
      {rows.slice(first, first + visible).map((row, index) => (
        <Text key={row.name} inverse={first + index === cursor} wrap="truncate-end">
          {first + index === cursor ? '› ' : '  '}
          {first + index === 0 ? row.name : sanitizeLine(row.name)}
          {row.claims === undefined ? '' : ` (${row.claims})`}
        </Text>
      ))}
    </Box>
  )
}
