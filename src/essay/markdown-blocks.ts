// Reads Markdown with optional YAML front matter into mdast with remark-parse.

import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import {InputError} from '../util/errors.js'
import {lineIndex} from '../util/positions.js'
import {htmlRunsOn, markdownPieces, type Piece} from './markdown-pieces.js'

/** What front matter may state about an essay. */
export interface FrontMatter {
  title?: string
  author?: string
  date?: string
}

/** Reads Markdown text into mdast and its front matter. */
export type MarkdownReader = (text: string) => {tree: Root; meta: FrontMatter}

const frontMatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const parser = unified().use(remarkParse)
/** Front matter longer than this, or with more top-level keys, is refused: YAML is slow on huge mappings. */
const maxFrontMatter = {characters: 2 ** 16, keys: 1000}

/**
 * Parse Markdown; front matter is read and blanked out so offsets stay true to the file. Throws
 * an `InputError` (without a file) for nesting or front matter beyond argmap's limits.
 */
export const markdownToMdast: MarkdownReader = text => {
  const match = frontMatter.exec(text)
  const meta = match ? readFrontMatter(match[1]!) : {}
  const body = match ? match[0].replace(/[^\r\n]/g, ' ') + text.slice(match[0].length) : text
  return {tree: parsePieces(body, markdownPieces(body)), meta}
}

/**
 * Parse each Markdown piece alone and build each plain paragraph's node from its text, joined
 * in one tree, positions true to the whole text. A piece that ends inside a code fence or a
 * multi-line HTML block (the pieces guess those from the text alone) is parsed again joined
 * with what follows.
 */
export function parsePieces(text: string, pieces: Piece[]): Root {
  if (pieces.length === 1 && pieces[0]!.kind === 'markdown') return parser.parse(text)
  const index = lineIndex(text)
  const point = (offset: number) => ({...index.point(offset), offset})
  const root: Root = {type: 'root', children: []}
  for (let next = 0; next < pieces.length; ) {
    const {kind, start} = pieces[next]!
    if (kind === 'paragraph') {
      const {end} = pieces[next++]!
      const span = () => ({start: point(start), end: point(end)})
      const value = text.slice(start, end)
      root.children.push({
        type: 'paragraph',
        children: [{type: 'text', value, position: span()}],
        position: span()
      })
      continue
    }
    let end = start
    let tree: Root
    do {
      end = pieces[next++]!.end
      tree = parser.parse(text.slice(start, end))
    } while (next < pieces.length && runsOn(tree, text.slice(start, end)))
    shiftPositions(tree, start, index.point(start).line - 1)
    for (const child of tree.children) root.children.push(child)
  }
  root.position = {start: point(0), end: point(text.length)}
  return root
}

/** Whether a piece's last block is a code fence or an HTML block left open, so that it would run on past the cut. */
function runsOn(tree: Root, piece: string): boolean {
  const last = tree.children.at(-1)
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false
  const source = piece.slice(last.position!.start.offset, last.position!.end.offset)
  if (last.type === 'html') return htmlRunsOn(source)
  const opening = /^ {0,3}(`{3,}|~{3,})/u.exec(source)
  if (!opening) return false
  const closing = /\n {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(source.trimEnd())
  return !closing || closing[1]![0] !== opening[1]![0] || closing[1]!.length < opening[1]!.length
}

/** Move every position in a piece's tree by the piece's offset and line; iterative, for deep trees. */
function shiftPositions(tree: Root, offset: number, lines: number): void {
  const stack: Array<{position?: Root['position']; children?: unknown[]}> = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.offset = (point.offset ?? 0) + offset
      point.line += lines
    }
    for (const child of (node.children ?? []) as typeof stack) stack.push(child)
  }
}

/** Front matter is untrusted: keep only string-like title, author and date, from front matter of a bounded size. */
function readFrontMatter(source: string): FrontMatter {
  const keys = source.match(/^[^\s#-]/gmu)?.length ?? 0
  if (source.length > maxFrontMatter.characters || keys > maxFrontMatter.keys)
    throw new InputError(
      `line 1: front matter of ${source.length} characters and ${keys} keys is more than argmap reads`,
      `argmap reads front matter of up to ${maxFrontMatter.characters} characters and ${maxFrontMatter.keys} keys; it needs only title, author and date`
    )
  let data: unknown
  try {
    data = parseYaml(source, {maxAliasCount: 10})
  } catch {
    return {}
  }
  if (typeof data !== 'object' || data === null) return {}
  const record = data as Record<string, unknown>
  const meta: FrontMatter = {}
  for (const key of ['title', 'author', 'date'] as const) {
    const value = record[key]
    if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value)
    else if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10)
  }
  return meta
}
