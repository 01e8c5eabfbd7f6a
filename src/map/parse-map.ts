// Reads a map's YAML into plain data, fast (js-yaml); syntax errors come with their place.

import yaml from 'js-yaml'
import {error, type Problem} from './problem.js'
import {mapSchema} from './schema.js'
import type {ClaimMap, MapLink, MapPath, Relation} from './types.js'
import {validate} from './validate.js'

/** Maps larger than this are refused before parsing. */
export const maxMapBytes = 64 * 2 ** 20
/** Nesting deeper than this is refused: a map needs four levels. */
const maxDepth = 32

/** The map's data and problems: `map` holds every part that is valid, unless the YAML could not be read. */
export interface ParsedMap {
  map?: ClaimMap
  problems: Problem[]
  /** The YAML ended inside a quoted value: the quote it opened with, to find where (see locate.ts). */
  unclosedQuote?: "'" | '"'
}

/** Parse and validate a map's text. */
export function parseMap(text: string): ParsedMap {
  if (text.length > maxMapBytes) {
    return {
      problems: [
        {
          ...error(
            'too-large',
            [],
            `the map is larger than ${maxMapBytes / 2 ** 20} MB`,
            'split the debate into several maps'
          ),
          start: {line: 1, column: 1}
        }
      ]
    }
  }
  let data: unknown
  const properties = anchorFinder()
  try {
    data = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      maxDepth,
      listener: properties.listener
    } as yaml.LoadOptions)
  } catch (thrown) {
    const quote = /end of the stream within a (single|double) quoted scalar/u.exec(
      thrown instanceof yaml.YAMLException ? thrown.reason : ''
    )
    return {
      problems: [syntaxProblem(thrown)],
      ...(quote && {unclosedQuote: quote[1] === 'single' ? "'" : '"'})
    }
  }
  if (properties.found !== undefined) return {problems: [aliasProblem(text, properties.found)]}
  if (data === undefined || data === null)
    return {
      problems: [
        {
          ...error('empty', [], 'the map is empty', 'a map needs at least `essays:` and `links:`'),
          start: {line: 1, column: 1}
        }
      ]
    }
  const problems = validate(data, mapSchema)
  if (typeof data !== 'object' || Array.isArray(data)) return {problems}
  // Every invalid part is reported and left out; the rest of the map is still checked and shown.
  const valid = validParts(problems)
  const raw = data as Partial<RawMap>
  return {map: toClaimMap(raw, valid), problems: [...problems, ...relationProblems(raw, valid)]}
}

/** Which values of the map are free of errors. */
interface Validity {
  /** The value at the path, and everything inside it. */
  (...path: MapPath): boolean
  /** The value at the path itself (a list or mapping may still hold invalid items). */
  holds(...path: MapPath): boolean
}

function validParts(problems: Problem[]): Validity {
  // An error at the top (a missing field) spoils nothing below it.
  const errors = problems
    .filter(problem => problem.severity === 'error' && problem.path.length > 0)
    .map(problem => problem.path)
  const startsWith = (path: MapPath, prefix: MapPath) =>
    prefix.length <= path.length && prefix.every((step, index) => step === path[index])
  const valid = (...path: MapPath) => !errors.some(at => startsWith(at, path) || startsWith(path, at))
  valid.holds = (...path: MapPath) => !errors.some(at => startsWith(path, at))
  return valid
}

/** A node that starts with an anchor (`&name`, maybe after a tag) or is an alias (`*name`). */
const anchorOrAlias = /(?:[ \t\r\n]|#[^\n]*(?:\n|$))*(?:![^ \t\r\n]*[ \t\r\n]+)?[&*]/y

/**
 * Finds the first anchor or alias as js-yaml opens each node. Both are refused: an alias repeats
 * a value (alias bombs, links listed twice), and an anchor serves only aliases.
 */
function anchorFinder() {
  const finder: {
    found?: number
    listener: (event: string, state: {input: string; position: number}) => void
  } = {
    listener(event, state) {
      if (event !== 'open' || finder.found !== undefined) return
      anchorOrAlias.lastIndex = state.position
      if (anchorOrAlias.test(state.input)) finder.found = anchorOrAlias.lastIndex - 1
    }
  }
  return finder
}

function aliasProblem(text: string, offset: number): Problem {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {
    ...error(
      'alias',
      [],
      `YAML ${text[offset] === '*' ? 'aliases' : 'anchors'} are not allowed in a map`,
      'write the value out in full'
    ),
    start: {line, column: offset - before.lastIndexOf('\n')}
  }
}

function syntaxProblem(thrown: unknown): Problem {
  if (thrown instanceof yaml.YAMLException) {
    const reason = thrown.reason || 'invalid YAML'
    const duplicate = /duplicated mapping key/u.test(reason)
    const deep = /maxDepth/u.test(reason)
    return {
      ...error(
        duplicate ? 'duplicate-key' : deep ? 'too-deep' : 'yaml-syntax',
        [],
        duplicate
          ? 'duplicate key: this key is already set above'
          : deep
            ? 'the map nests too deeply'
            : `YAML syntax: ${reason}`
      ),
      hint: duplicate
        ? 'merge the two entries or rename one'
        : deep
          ? `a map needs no more than ${maxDepth} levels`
          : 'check indentation, colons and quotes around this place',
      start: {line: thrown.mark.line + 1, column: thrown.mark.column + 1}
    }
  }
  const message = thrown instanceof RangeError ? 'the map nests too deeply to read' : String(thrown)
  return {...error('yaml-syntax', [], message, 'simplify the map'), start: {line: 1, column: 1}}
}

interface RawMap {
  title?: string
  essays: Record<string, string | {file: string; author?: string; title?: string}>
  claims?: Record<string, {text: string; author?: string; note?: string}>
  theses?: string[]
  links: Array<string | {from: string; supports?: string; rebuts?: string; note?: string}>
}

/** A long-form link names exactly one relation. */
function relationProblems(raw: Partial<RawMap>, valid: Validity): Problem[] {
  if (!Array.isArray(raw.links) || !valid.holds('links')) return []
  return raw.links.flatMap((link, index) => {
    if (typeof link !== 'object' || link === null || Array.isArray(link) || !valid('links', index)) return []
    const relations = (['supports', 'rebuts'] as const).filter(relation => relation in link)
    if (relations.length === 1) return []
    const path = ['links', index]
    return relations.length === 0
      ? [
          error(
            'missing-relation',
            path,
            'this link has neither “supports” nor “rebuts”',
            'add `supports: <claim>` or `rebuts: <claim>`'
          )
        ]
      : [
          error(
            'two-relations',
            [...path, 'rebuts'],
            'a link either supports or rebuts, not both',
            'split it into two links, or keep the one you mean',
            undefined
          )
        ]
  })
}

/** The valid parts of the data as a ClaimMap, keeping each value's path. */
function toClaimMap(raw: Partial<RawMap>, valid: Validity): ClaimMap {
  const essays = valid.holds('essays') ? Object.entries(raw.essays ?? {}) : []
  const claims = valid.holds('claims') ? Object.entries(raw.claims ?? {}) : []
  const theses = valid.holds('theses') ? (raw.theses ?? []) : []
  const links = valid.holds('links') ? (raw.links ?? []) : []
  const read = links.map((link, index) =>
    !valid('links', index)
      ? null
      : typeof link === 'string'
        ? shortLink(link, ['links', index])
        : longLink(link, ['links', index])
  )
  return {
    title: valid('title') ? raw.title : undefined,
    essays: essays
      .filter(([key]) => valid('essays', key))
      .map(([key, value]) => {
        const entry = typeof value === 'string' ? {file: value} : value
        return {key, ...entry, path: ['essays', key, ...(typeof value === 'string' ? [] : ['file'])]}
      }),
    claims: claims
      .filter(([id]) => valid('claims', id))
      .map(([id, value]) => ({id, ...value, path: ['claims', id]})),
    theses: theses.flatMap((id, index) =>
      valid('theses', index) ? [{id, place: {path: ['theses', index]}}] : []
    ),
    links: read.filter((link): link is MapLink => link !== null),
    invalid: {
      essays: essays.flatMap(([key]) => (valid('essays', key) ? [] : [key])),
      claims: claims.flatMap(([id]) => (valid('claims', id) ? [] : [id])),
      links: read.flatMap((link, index) => (link === null ? [index] : []))
    }
  }
}

/** `a rebuts b`: the IDs' offsets inside the string let problems point at each. */
function shortLink(text: string, path: MapPath): MapLink | null {
  const match = /^(\s*)(\S+)(\s+)(supports|rebuts)(\s+)(\S+)\s*$/u.exec(text)
  if (!match) return null
  const fromStart = match[1]!.length
  const toStart = fromStart + match[2]!.length + match[3]!.length + match[4]!.length + match[5]!.length
  return {
    from: match[2]!,
    to: match[6]!,
    relation: match[4] as Relation,
    path,
    fromPlace: {path, within: [fromStart, fromStart + match[2]!.length]},
    toPlace: {path, within: [toStart, toStart + match[6]!.length]}
  }
}

function longLink(
  link: {from: string; supports?: string; rebuts?: string; note?: string},
  path: MapPath
): MapLink | null {
  if ((link.supports === undefined) === (link.rebuts === undefined)) return null
  const relation: Relation = link.supports !== undefined ? 'supports' : 'rebuts'
  const to = link[relation]!
  return {
    from: link.from,
    to,
    relation,
    note: link.note,
    path,
    fromPlace: {path: [...path, 'from']},
    toPlace: {path: [...path, relation]}
  }
}
