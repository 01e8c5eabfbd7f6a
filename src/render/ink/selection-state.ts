// The pure state machine behind list navigation and search: one key in, the next state out.

import type {Row} from '../layout.js'

export interface SelectionState {
  /** The selected target (claim ID), kept across redraws. */
  target: string | undefined
  /** The search being typed, or null when not searching. */
  typing: string | null
  /** The last committed search. */
  query: string
  message: string | null
}

/** One key press, already split from a burst of typed input. */
export interface KeyPress {
  input: string
  up?: boolean
  down?: boolean
  left?: boolean
  right?: boolean
  pageUp?: boolean
  pageDown?: boolean
  home?: boolean
  end?: boolean
  enter?: boolean
  escape?: boolean
  backspace?: boolean
}

export const initialSelection: SelectionState = {target: undefined, typing: null, query: '', message: null}

/** The first row of each selectable target, in order. */
export function targetsOf(rows: Row[]): number[] {
  const starts: number[] = []
  rows.forEach((row, index) => {
    if (row.target !== undefined && rows[index - 1]?.target !== row.target) starts.push(index)
  })
  return starts
}

/** Index in `targets` of the selected target; the first when it is gone. */
export function positionOf(state: SelectionState, rows: Row[], targets: number[]): number {
  const found =
    state.target === undefined ? -1 : targets.findIndex(index => rows[index]!.target === state.target)
  return found === -1 ? 0 : found
}

/**
 * Apply a key. Returns the new state, and `unhandled` when the key is not a movement or
 * search key, for the view to act on (quit, fold, toggle).
 */
export function applyKey(
  state: SelectionState,
  key: KeyPress,
  rows: Row[],
  targets: number[],
  page: number
): {state: SelectionState; unhandled: boolean} {
  const position = positionOf(state, rows, targets)
  const moveTo = (next: number): SelectionState => {
    const clamped = Math.max(0, Math.min(targets.length - 1, next))
    return {...state, message: null, target: rows[targets[clamped]!]?.target}
  }
  const search = (query: string, step: 1 | -1, from: number): SelectionState => {
    const needle = query.toLowerCase()
    if (needle === '' || targets.length === 0) return {...state, query}
    for (let offset = 0; offset < targets.length; offset++) {
      const candidate = (((from + step * offset) % targets.length) + targets.length) % targets.length
      if (rows[targets[candidate]!]!.search?.includes(needle)) return {...moveTo(candidate), query}
    }
    return {...state, query, message: `no match for “${query}”`}
  }
  const done = (next: SelectionState) => ({state: next, unhandled: false})

  if (state.typing !== null) {
    if (key.escape) return done({...state, typing: null})
    if (key.enter) return done({...search(state.typing, 1, position), typing: null})
    if (key.backspace) return done({...state, typing: state.typing.slice(0, -1)})
    return done({...state, typing: state.typing + key.input})
  }
  if (key.up || key.input === 'k') return done(moveTo(position - 1))
  if (key.down || key.input === 'j') return done(moveTo(position + 1))
  if (key.pageUp) return done(moveTo(position - page))
  if (key.pageDown || key.input === ' ') return done(moveTo(position + page))
  if (key.home || key.input === 'g') return done(moveTo(0))
  if (key.end || key.input === 'G') return done(moveTo(targets.length - 1))
  if (key.input === '/') return done({...state, typing: '', message: null})
  if (key.input === 'n') return done(search(state.query, 1, position + 1))
  if (key.input === 'N') return done(search(state.query, -1, position - 1))
  return {state: state.message ? {...state, message: null} : state, unhandled: true}
}
