// A problem found in a map: what is wrong, where, and a hint; placed in the file lazily.

import type {MapPath} from './types.js'

export type Severity = 'error' | 'warning'

/** A point in a file: 1-based line and column. */
export interface Point {
  line: number
  column: number
}

/** A problem with a map, before or after it is placed in the file. */
export interface Problem {
  severity: Severity
  /** A stable identifier of the kind of problem, e.g. `unknown-claim`. */
  rule: string
  message: string
  hint?: string
  /** The value the problem is about; resolved to a place in the file when reported. */
  path: MapPath
  /** Point at the key of the path's last step rather than at its value. */
  onKey?: boolean
  /** Offsets within the value's scalar, for a part of it (an ID inside a short-form link). */
  within?: [number, number]
  /** Set when known without the path (a syntax error), or once placed. */
  start?: Point
  end?: Point
  /** The file, when the problem is not in the map itself. */
  file?: string
}

export const error = (
  rule: string,
  path: MapPath,
  message: string,
  hint?: string,
  within?: [number, number]
): Problem => ({severity: 'error', rule, path, message, hint, within})

export const warning = (
  rule: string,
  path: MapPath,
  message: string,
  hint?: string,
  within?: [number, number]
): Problem => ({severity: 'warning', rule, path, message, hint, within})
