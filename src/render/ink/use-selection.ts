// Keyboard movement and search over the selectable rows of a list, shared by every Ink view.

import {useInput, type Key} from 'ink'
import {useMemo, useRef, useState} from 'react'
import type {Row} from '../layout.js'
import {
  applyKey,
  initialSelection,
  positionOf,
  targetsOf,
  type KeyPress,
  type SelectionState
} from './selection-state.js'

/** What a list view needs to draw its selection and search prompt. */
export interface Selection extends SelectionState {
  /** Index in rows of the selected row, or -1 when nothing can be selected. */
  selected: number
  /** Select a target by its key. */
  select(target: string): void
}

/** Split a burst of input (a paste, or keys sent faster than a frame) into single key presses. */
export function keyPresses(input: string, key: Key): KeyPress[] {
  const special =
    key.upArrow ||
    key.downArrow ||
    key.leftArrow ||
    key.rightArrow ||
    key.pageUp ||
    key.pageDown ||
    key.home ||
    key.end ||
    key.return ||
    key.escape ||
    key.backspace ||
    key.delete
  if (special || input.length <= 1) {
    return [
      {
        input,
        up: key.upArrow,
        down: key.downArrow,
        left: key.leftArrow,
        right: key.rightArrow,
        pageUp: key.pageUp,
        pageDown: key.pageDown,
        home: key.home,
        end: key.end,
        enter: key.return,
        escape: key.escape,
        backspace: key.backspace || key.delete
      }
    ]
  }
  return [...input].map(char =>
    char === '\r' || char === '\n'
      ? {input: '', enter: true}
      : char === '\u007F'
        ? {input: '', backspace: true}
        : {input: char}
  )
}

/** Movement and search keys; every other key goes to `onKey` with the selected target. Keys are not read while `active` is false (another part of the view has them). */
export function useSelection(
  rows: Row[],
  page: number,
  active: boolean,
  onKey: (press: KeyPress, target: string | undefined) => void
): Selection {
  const targets = useMemo(() => targetsOf(rows), [rows])
  const [state, setState] = useState<SelectionState>(initialSelection)
  const latest = useRef(state)
  latest.current = state

  useInput(
    (input, key) => {
      let next = latest.current
      for (const press of keyPresses(input, key)) {
        const result = applyKey(next, press, rows, targets, page)
        next = result.state
        if (result.unhandled) {
          // The view may select a target itself (through `select`), so hand it the state so far.
          latest.current = next
          onKey(press, rows[targets[positionOf(next, rows, targets)] ?? -1]?.target)
          next = latest.current
        }
      }
      latest.current = next
      setState(next)
    },
    {isActive: active}
  )

  const selected = targets[positionOf(state, rows, targets)] ?? -1
  const select = (target: string) => {
    latest.current = {...latest.current, target}
    setState(latest.current)
  }
  return {...state, selected, target: rows[selected]?.target, select}
}
