// A problem found in a map: what is wrong, where, and a hint; placed in the file lazily.

import type {CheckRule} from './rules.js'
import type {MapPath} from './types.js'

/** Problems found while reading the map's YAML. */
export type SyntaxRule = 'yaml-syntax' | 'duplicate-key' | 'too-deep' | 'too-large' | 'empty'
/** Problems of the map's shape, found by the schema. */
export type SchemaRule =
  | 'wrong-type'
  | 'alias'
  | 'bad-format'
  | 'missing-field'
  | 'unknown-field'
  | 'missing-relation'
  | 'two-relations'
/** Problems reading the essays the map names. */
export type EssayRule = 'outside-project' | 'essay-unreadable'
/** Every kind of problem a map can have: its stable identifier, as reports and `--json` show it. */
export type RuleName = SyntaxRule | SchemaRule | EssayRule | CheckRule

export type Severity = 'error' | 'warning'

/** A point in a file: 1-based line and column. */
export interface Point {
  line: number
  column: number
}

/** A problem with a map, before or after it is placed in the file. */
export interface Problem {
  severity: Severity
  /** The kind of problem, e.g. `unknown-claim`. */
  rule: RuleName
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
  rule: RuleName,
  path: MapPath,
  message: string,
  hint?: string,
  within?: [number, number]
): Problem => ({severity: 'error', rule, path, message, hint, within})

export const warning = (
  rule: RuleName,
  path: MapPath,
  message: string,
  hint?: string,
  within?: [number, number]
): Problem => ({severity: 'warning', rule, path, message, hint, within})
