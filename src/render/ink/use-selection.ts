// Keyboard movement and search over the selectable rows of a list, shared by every Ink view.

import {useInput} from 'ink'
import {useMemo, useState} from 'react'
import type {Row} from '../layout.js'

/** What a list view needs to draw its selection and search prompt. */
export interface Selection {
  /** Index in rows of the selected row, or -1 when nothing can be selected. */
  selected: number
  target: string | undefined
  /** The search being typed, or null when not searching. */
  typing: string | null
  /** The last committed search. */
  query: string
  message: string | null
}

/** The first row of each selectable target, in order. */
function targetsOf(rows: Row[]): number[] {
  const starts: number[] = []
  rows.forEach((row, index) => {
    if (row.target !== undefined && rows[index - 1]?.target !== row.target) starts.push(index)
  })
  return starts
}

/**
 * Arrow keys and j/k move, PgUp/PgDn and space page, g/G jump to the ends, `/` searches,
 * n/N go to the next or previous match. Other keys go to `onKey` when not searching.
 */
export function useSelection(rows: Row[], page: number, onKey: (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1], target: string | undefined) => void): Selection {
  const targets = useMemo(() => targetsOf(rows), [rows])
  const [targetKey, setTargetKey] = useState<string | undefined>(undefined)
  const [typing, setTyping] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  // Keep the selection on the same claim across redraws; fall back to the first.
  const found = targetKey === undefined ? -1 : targets.findIndex((index) => rows[index]!.target === targetKey)
  const position = found === -1 ? 0 : found
  const selected = targets[position] ?? -1

  const moveTo = (next: number) => {
    const clamped = Math.max(0, Math.min(targets.length - 1, next))
    setTargetKey(rows[targets[clamped]!]?.target)
  }
  const search = (text: string, step: 1 | -1) => {
    const needle = text.toLowerCase()
    if (needle === '') return
    for (let offset = 1; offset <= targets.length; offset++) {
      const candidate = (position + step * offset + targets.length * offset) % targets.length
      if (rows[targets[candidate]!]!.search?.includes(needle)) {
        setMessage(null)
        return moveTo(candidate)
      }
    }
    setMessage(`no match for “${text}”`)
  }

  useInput((input, key) => {
    if (typing !== null) {
      if (key.escape) setTyping(null)
      else if (key.return) {
        setTyping(null)
        setQuery(typing)
        // The current row counts as a match when searching anew.
        const needle = typing.toLowerCase()
        if (needle && rows[selected]?.search?.includes(needle)) setMessage(null)
        else search(typing, 1)
      } else if (key.backspace || key.delete) setTyping(typing.slice(0, -1))
      else if (input && !key.ctrl && !key.meta) setTyping(typing + input)
      return
    }
    setMessage(null)
    if (key.upArrow || input === 'k') moveTo(position - 1)
    else if (key.downArrow || input === 'j') moveTo(position + 1)
    else if (key.pageUp) moveTo(position - page)
    else if (key.pageDown || input === ' ') moveTo(position + page)
    else if (input === 'g' || key.home) moveTo(0)
    else if (input === 'G' || key.end) moveTo(targets.length - 1)
    else if (input === '/') setTyping('')
    else if (input === 'n') search(query, 1)
    else if (input === 'N') search(query, -1)
    else onKey(input, key, rows[selected]?.target)
  })

  return {selected, target: rows[selected]?.target, typing, query, message}
}
