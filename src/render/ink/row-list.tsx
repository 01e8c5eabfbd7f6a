// Draws the rows that fit on screen, keeping the selected row in view.

import {Box, Text} from 'ink'
import {useRef} from 'react'
import {wrapRow, type Line, type Row} from '../layout.js'

export interface RowListProps {
  rows: Row[]
  /** Index in `rows` of the selected row, or -1. */
  selected: number
  width: number
  height: number
}

/** A window on the rows: only the lines on screen are wrapped and drawn. */
export function RowList({rows, selected, width, height}: RowListProps) {
  const offset = useRef(0)
  offset.current = scrollOffset(rows, selected, offset.current, width, height)
  const selectedTarget = rows[selected]?.target
  const lines: Array<{key: string; line: Line; selected: boolean}> = []
  for (let index = offset.current; index < rows.length && lines.length < height; index++) {
    const row = rows[index]!
    const isSelected = selectedTarget !== undefined && row.target === selectedTarget
    for (const [number, line] of wrapRow(row, width).entries())
      lines.push({key: `${row.key}:${number}`, line, selected: isSelected})
  }
  return (
    <Box flexDirection="column" height={height}>
      {lines.slice(0, height).map(({key, line, selected: isSelected}) => (
        <Text key={key} wrap="truncate-end" inverse={isSelected}>
          {line.map((span, index) => (
            <Text key={index} color={span.color} bold={span.bold} dimColor={span.dim} italic={span.italic}>
              {span.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  )
}

/** First row to draw so that the selection (and the row before it) stays on screen. */
export function scrollOffset(
  rows: Row[],
  selected: number,
  previous: number,
  width: number,
  height: number
): number {
  if (selected < 0) return Math.min(previous, Math.max(0, rows.length - 1))
  const target = rows[selected]?.target
  let first = selected
  while (first > 0 && target !== undefined && rows[first - 1]!.target === target) first--
  let last = selected
  while (last < rows.length - 1 && target !== undefined && rows[last + 1]!.target === target) last++
  if (first - 1 < previous) return Math.max(0, first - 1)
  // Keep the offset if the whole selected claim is on screen; else the lowest offset that
  // shows it, found by walking up from its last row: only a screenful of rows is wrapped.
  let lines = 0
  let offset = last + 1
  while (
    offset > first ||
    (offset > previous && lines + wrapRow(rows[offset - 1]!, width).length <= height)
  ) {
    lines += wrapRow(rows[--offset]!, width).length
  }
  return Math.max(previous, offset)
}
