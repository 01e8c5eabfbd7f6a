// The interactive essay view: claims by post, section and speaker, with the selected claim's detail.

import {Box, Text, useApp} from 'ink'
import {useMemo, useState} from 'react'
import type {Essay} from '../../essay/types.js'
import {sanitize} from '../../util/sanitize.js'
import {droppedTarget, essayHeader, essayRows} from '../essay-rows.js'
import {paneLines, wrapRow} from '../layout.js'
import {ListPane} from './list-pane.js'
import {StatusLine} from './status-line.js'
import {useScreen} from './use-screen.js'
import {useSelection} from './use-selection.js'

const hints = 'q quit · ? help · ↑↓ move · / search · n/N next/prev · d dropped'
const help = [
  '↑ ↓ j k    move between claims',
  'PgUp PgDn  page up and down (space too)',
  'g G        first and last claim',
  '/ text ⏎   search claim text and IDs; n N next and previous match',
  'd          show or hide what was dropped and why',
  '?          this help (? or Esc closes it); q or Esc quits'
]

export function EssayApp({
  essay,
  showDropped: initiallyDropped = false
}: {
  essay: Essay
  showDropped?: boolean
}) {
  const {exit} = useApp()
  const screen = useScreen()
  const [showDropped, setShowDropped] = useState(initiallyDropped)
  const [showHelp, setShowHelp] = useState(false)
  const rows = useMemo(() => essayRows(essay, {showDropped}), [essay, showDropped])
  const header = essayHeader(essay)
  const selection = useSelection(rows, Math.max(1, Math.floor(screen.rows / 2)), true, press => {
    if (press.escape && showHelp) setShowHelp(false)
    else if (press.input === 'q' || press.escape) exit()
    else if (press.input === 'd') {
      if (!showDropped && essay.dropped.length > 0) selection.select(droppedTarget(0))
      setShowDropped(!showDropped)
    } else if (press.input === '?') setShowHelp(value => !value)
  })
  const claim = essay.claims.find(each => each.id === selection.target)
  const dropped = essay.dropped.find((_, index) => droppedTarget(index) === selection.target)
  // The pane grows to show the whole text, up to two fifths of the screen.
  const detailLines = paneLines(
    claim?.text ?? dropped?.text ?? '',
    screen.columns,
    Math.max(2, Math.floor(screen.rows * 0.4) - 2)
  )
  const detailHeight = detailLines.length + 2
  const listHeight = Math.max(3, screen.rows - header.length - detailHeight - 3)

  return (
    <Box flexDirection="column" width={screen.columns}>
      {header
        .flatMap(row => wrapRow(row, screen.columns))
        .map((line, index) => (
          <Text key={index} bold={index === 0} dimColor={index > 0} wrap="truncate-end">
            {line.map(span => span.text).join('')}
          </Text>
        ))}
      <ListPane
        rows={rows}
        selected={selection.selected}
        width={screen.columns}
        height={listHeight}
        help={showHelp ? help : null}
      />
      <Box
        flexDirection="column"
        height={detailHeight}
        overflowY="hidden"
        borderStyle="single"
        borderLeft={false}
        borderRight={false}
        borderBottom={false}
      >
        {claim ? (
          <>
            <Text wrap="truncate-end">
              <Text bold>{claim.id}</Text>
              <Text dimColor>
                {' '}
                {sanitize(essay.file)}:{claim.line}:{claim.column} · {claim.kind} · {sanitize(claim.speaker)}
                {claim.attributedTo ? ` reporting ${sanitize(claim.attributedTo)}` : ''}
              </Text>
            </Text>
            {detailLines.map((line, index) => (
              <Text key={index}>{line}</Text>
            ))}
          </>
        ) : dropped ? (
          <>
            <Text dimColor>
              dropped as {dropped.reason} · {sanitize(essay.file)}:{dropped.line}
            </Text>
            {detailLines.map((line, index) => (
              <Text key={index}>{line}</Text>
            ))}
          </>
        ) : (
          <Text dimColor>no claims</Text>
        )}
      </Box>
      <StatusLine selection={selection} hints={hints} />
    </Box>
  )
}

/** Run the essay view until the user quits. */
export async function runEssayApp(essay: Essay, showDropped = false): Promise<void> {
  const {runInk} = await import('./run.js')
  await runInk(<EssayApp essay={essay} showDropped={showDropped} />)
}
