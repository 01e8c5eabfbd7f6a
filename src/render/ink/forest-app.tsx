// The interactive debate view: trees to move through, fold, focus, search and filter by speaker.

import {Box, Text, useApp} from 'ink'
import {useMemo, useState} from 'react'
import type {DebateForest} from '../../graph/debate-view.js'
import {claimant} from '../../graph/speakers.js'
import {nodeAt} from '../../graph/trees.js'
import {sanitizeLine} from '../../util/sanitize.js'
import {lineText, paneLines, wrapRow} from '../layout.js'
import {forestRows, shortNumber, speakerRows} from '../tree-rows.js'
import {ListPane} from './list-pane.js'
import {SpeakerPicker} from './speaker-picker.js'
import {StatusLine} from './status-line.js'
import {useScreen} from './use-screen.js'
import {useSelection} from './use-selection.js'

const hints =
  'q quit · ? help · ↑↓ move · ←→ fold · ⏎ focus · ⌫ back · / search · s speaker · p table · L labels'
const help = [
  '↑ ↓ j k      move between claims; PgUp PgDn page; g G first and last',
  '← → h l      fold and unfold a claim’s answers (← on a leaf goes to its parent)',
  'Enter        focus on the selected claim’s subtree; Backspace goes back',
  '/ text ⏎     search claim text, IDs and speakers; n N next and previous match',
  's            pick a speaker whose claims to show (S shows all again)',
  'p            show or hide the speakers’ agreement table',
  'L            show or hide the labels (stands / falls / open)',
  '?            this help (? or Esc closes it); q or Esc quits'
]

export function ForestApp({forest, file, notice}: {forest: DebateForest; file: string; notice?: string}) {
  const {exit} = useApp()
  const screen = useScreen()
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set())
  const [focus, setFocus] = useState<string[]>([])
  const [labels, setLabels] = useState(true)
  const [speaker, setSpeaker] = useState<string | undefined>(undefined)
  const [picking, setPicking] = useState(false)
  const [showSpeakers, setShowSpeakers] = useState(false)
  const [showHelp, setShowHelp] = useState(false)
  // Each speaker with the number of their claims, the most present first.
  const speakers = useMemo(() => {
    const counts = new Map<string, number>()
    forest.graph.forEachNode((_, claim) =>
      counts.set(claimant(claim), (counts.get(claimant(claim)) ?? 0) + 1)
    )
    return [...counts]
      .map(([name, claims]) => ({name, claims}))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))
  }, [forest])
  const rows = useMemo(
    () => forestRows(forest, {folded, focus: focus.at(-1), labels, speaker}),
    [forest, folded, focus, labels, speaker]
  )
  // The speakers' table takes at most a third of the screen; the most linked pairs come first.
  const panel = showSpeakers
    ? speakerRows(forest.speakers).slice(0, Math.max(2, Math.floor(screen.rows / 3)))
    : []

  const toggleFold = (number: string, fold: boolean) => {
    const next = new Set(folded)
    if (fold) next.add(number)
    else next.delete(number)
    setFolded(next)
  }
  const selection = useSelection(
    rows,
    Math.max(1, Math.floor(screen.rows / 2)),
    !picking,
    (press, target) => {
      if (press.escape && showHelp) setShowHelp(false)
      else if (press.input === 'q' || press.escape) exit()
      else if (press.input === '?') setShowHelp(!showHelp)
      else if (press.input === 'L') setLabels(!labels)
      else if (press.input === 'p') setShowSpeakers(!showSpeakers)
      else if (press.input === 's') {
        setShowHelp(false)
        setPicking(true)
      } else if (press.input === 'S') setSpeaker(undefined)
      else if (!target) return
      else if (press.input === 'h' || press.left) {
        if (hasChildren(target) && !folded.has(target)) toggleFold(target, true)
        else if (target.includes('.')) selection.select(target.slice(0, target.lastIndexOf('.')))
      } else if (press.input === 'l' || press.right) toggleFold(target, false)
      else if (press.enter) setFocus([...focus, target])
      else if (press.backspace && focus.length > 0) {
        selection.select(focus.at(-1)!)
        setFocus(focus.slice(0, -1))
      }
    }
  )

  const hasChildren = (number: string) => (nodeAt(forest.trees, number)?.children.length ?? 0) > 0
  const node = selection.target ? nodeAt(forest.trees, selection.target) : undefined
  const claim = node ? forest.graph.getNodeAttributes(node.id) : undefined
  // The pane grows to show the whole text, up to two fifths of the screen.
  const detail = claim
    ? paneLines(claim.text, screen.columns, Math.max(2, Math.floor(screen.rows * 0.4) - 4))
    : []
  const detailHeight = detail.length + 3 + (node?.note ? 1 : 0)
  const listHeight = Math.max(3, screen.rows - 3 - detailHeight - panel.length - 1 - (notice ? 1 : 0))
  const header = [
    sanitizeLine(forest.title ?? file),
    focus.length > 0 ? `focused on ${shortNumber(focus.at(-1)!)}` : '',
    speaker ? `speaker: ${sanitizeLine(speaker)}` : ''
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <Box flexDirection="column" width={screen.columns}>
      <Text bold wrap="truncate-end">
        {header}
      </Text>
      {notice ? (
        <Text color="red" wrap="truncate-end">
          {sanitizeLine(notice)}
        </Text>
      ) : null}
      {picking ? (
        <SpeakerPicker
          speakers={speakers}
          current={speaker}
          height={listHeight}
          onPick={picked => {
            setSpeaker(picked)
            setPicking(false)
          }}
          onCancel={() => setPicking(false)}
        />
      ) : (
        <ListPane
          rows={rows}
          selected={selection.selected}
          width={screen.columns}
          height={listHeight}
          help={showHelp ? help : null}
        />
      )}
      {panel.length > 0 && (
        <Box flexDirection="column">
          {panel.map(row => (
            <Text key={row.key} wrap="truncate-end">
              {wrapRow(row, screen.columns).map(lineText).join(' ')}
            </Text>
          ))}
        </Box>
      )}
      <Box
        flexDirection="column"
        height={detailHeight}
        overflowY="hidden"
        borderStyle="single"
        borderLeft={false}
        borderRight={false}
        borderBottom={false}
      >
        {claim && node ? (
          <>
            <Text wrap="truncate-end">
              <Text bold>{node.id}</Text>
              <Text dimColor>
                {' '}
                · {node.stance} the thesis · {node.label}
              </Text>
            </Text>
            <Text dimColor wrap="truncate-end">
              {sanitizeLine(claimant(claim))}
              {claim.attributedTo && claim.attributedTo !== claim.speaker
                ? ` (reported by ${sanitizeLine(claim.speaker)})`
                : ''}{' '}
              ·{' '}
              {claim.file
                ? `${sanitizeLine(claim.file)}:${claim.line}:${claim.column}`
                : 'defined in the map'}
            </Text>
            {detail.map((line, index) => (
              <Text key={index}>{line}</Text>
            ))}
            {node.note ? (
              <Text italic dimColor wrap="truncate-end">
                note: {sanitizeLine(node.note)}
              </Text>
            ) : null}
          </>
        ) : (
          <Text dimColor>nothing selected</Text>
        )}
      </Box>
      <StatusLine selection={selection} hints={hints} />
    </Box>
  )
}

/** Run the debate view until the user quits. */
export async function runForestApp(forest: DebateForest, file: string, notice?: string): Promise<void> {
  const {runInk} = await import('./run.js')
  await runInk(<ForestApp forest={forest} file={file} notice={notice} />)
}
