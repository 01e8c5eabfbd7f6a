// The essay pipeline: text → mdast → blocks → structure → sentences → claims with IDs.

import {basename, extname} from 'node:path'
import {InputError} from '../util/errors.js'
import {lineIndex} from '../util/positions.js'
import {blankControls} from '../util/sanitize.js'
import {type Block, flattenBlocks} from './blocks.js'
import {formatOf} from './essay-format.js'
import {kindOf} from './claim-kind.js'
import {applyMarkupComments} from './markup-comments.js'
import type {Root} from 'mdast'
import type {HtmlReader, PageMeta} from './html/read-html.js'
import type {MarkdownReader} from './markdown-blocks.js'
import {surnameKey, toAscii} from './people.js'
import {plainToMdast} from './plain-blocks.js'
import {splitSentences} from './sentences.js'
import {assignSlugs} from './slug.js'
import {readStructure, type Structure} from './structure.js'
import {sourceSpan} from './visible-text.js'
import type {Claim, Essay, EssayFormat} from './types.js'

/** Options for parsing one essay. */
export interface ParseOptions {
  /** The file name as the user gave it; names the essay and its format. */
  file: string
  /** Force a format; by default `.md`/`.markdown` are Markdown, `.html`/`.htm`/`.xhtml` HTML, the rest plain text. */
  format?: EssayFormat
  /** Force the ID prefix (a map's essay key). */
  key?: string
  /** Force the author (a map may name one the page does not). */
  author?: string
  /** Who speaks for an author the page does not name; "Author" by default. */
  unnamedAuthor?: string
  /** Slugs to keep, by the exact claim text they were recorded with (a map's lock file). */
  keptSlugs?: Record<string, string[]>
  /**
   * The Markdown reader, required for Markdown: it is loaded only when needed, so that
   * plain text does not pay for remark (see `loadReaders`).
   */
  markdown?: MarkdownReader
  /** The HTML reader, required for HTML, loaded the same way. */
  html?: HtmlReader
}

/**
 * Parse an essay's decoded text. Pure: throws only an `InputError` naming the file, for text
 * beyond argmap's limits (nesting, front matter). Terminal escape sequences and control
 * characters are blanked out first, so no claim carries them and offsets stay true.
 */
export function parseEssay(source: string, options: ParseOptions): Essay {
  const text = blankControls(source)
  const format = options.format ?? formatOf(options.file)
  const {structure, fetched} = readPage(text, format, options)
  const index = lineIndex(text)
  const resolvePerson = personResolver([
    structure.author,
    ...structure.posts.flatMap(post => [post.author, ...post.comments.map(c => c.speaker)])
  ])

  // Each claim is made once, in its final shape; its ID is filled in when all sentences are known.
  const claims: Claim[] = []
  for (const passage of structure.passages) {
    const speaker =
      passage.speaker ?? structure.posts[passage.post]?.author ?? options.unnamedAuthor ?? 'Author'
    const visible = passage.visible
    for (const piece of splitSentences(visible.text, 0, visible.text.length)) {
      const sentence = visible.text.slice(piece.start, piece.end)
      const span = sourceSpan(visible, piece.start, piece.end)
      const {kind, attributedTo} = kindOf(sentence, passage.quotedBy)
      const {line, column} = index.place(span.start)
      claims.push({
        id: '',
        text: foldSpace(sentence),
        kind,
        role: passage.role,
        speaker,
        attributedTo: attributedTo && resolvePerson(attributedTo),
        post: passage.post,
        section: passage.section,
        start: span.start,
        end: span.end,
        line,
        column
      })
    }
  }

  const key = options.key ?? essayKey(structure.author, options.file)
  const slugs = assignSlugs(
    claims.map(claim => claim.text),
    options.keptSlugs
  )
  for (const [position, claim] of claims.entries()) claim.id = `${key}/${slugs[position]}`
  return {
    file: options.file,
    key,
    format,
    title: structure.title,
    author: structure.author,
    date: structure.date,
    posts: structure.posts,
    claims,
    dropped: structure.dropped,
    ...(fetched ? {source: fetched} : {})
  }
}

/**
 * The page's structure, and where a fetched page came from. The tree and the blocks are let go on
 * return: only the passages' visible text lives on into the claims.
 */
function readPage(
  text: string,
  format: EssayFormat,
  options: ParseOptions
): {structure: Structure; fetched: PageMeta['source']} {
  const {blocks, meta} = readBlocks(text, format, options)
  const {source: fetched, ...stated} = meta
  const structure = applyMarkupComments(
    readStructure(blocks, {
      ...stated,
      ...(options.author ? {author: options.author} : {}),
      unnamedAuthor: options.unnamedAuthor
    }),
    blocks
  )
  return {structure, fetched}
}

/** The blocks of the text and what its reader found of the page; the tree is let go once flattened. */
function readBlocks(
  text: string,
  format: EssayFormat,
  options: ParseOptions
): {blocks: Block[]; meta: PageMeta} {
  const {tree, meta} = readTree(text, format, options)
  return {blocks: flattenBlocks(tree, text), meta}
}

/** The mdast of the text by its format's reader; a limit a reader hits is reported against the file. */
function readTree(text: string, format: EssayFormat, options: ParseOptions): {tree: Root; meta: PageMeta} {
  if (format === 'text') return {tree: plainToMdast(text), meta: {}}
  const reader = options[format]
  if (!reader) throw new Error(`parseEssay: ${format} needs options.${format} (see loadReaders)`)
  try {
    return reader(text)
  } catch (error) {
    if (error instanceof InputError && error.file === undefined)
      throw new InputError(error.message, error.hint, options.file)
    throw error
  }
}

/** Fold runs of whitespace to one space (most sentences have none to fold). */
function foldSpace(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** The author's surname in ASCII (a "Jr." after it left out), else the file's name without extension or trailing hash. */
export function essayKey(author: string | null, file: string): string {
  const fromAuthor = author ? surnameKey(author.replace(/,?\s+(?:jr|sr|ii|iii)\.?$/iu, '')) : ''
  if (fromAuthor) return fromAuthor
  const stem = toAscii(basename(file, extname(file)).replace(/[-_.][0-9a-f]{8,}$/iu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
  return stem || 'essay'
}

/**
 * Resolves a reported name against the page's people: "Andrea" → "Andrea Di Maio" when exactly one
 * known person has that first name. The people are indexed once, not once per quote.
 */
function personResolver(people: Array<string | null>): (name: string) => string {
  const known = new Set(people.filter((person): person is string => Boolean(person)))
  // First name → the one person with it, or null when several share it.
  const byFirstName = new Map<string, string | null>()
  for (const person of known) {
    const first = person.split(/\s+/u)[0]!
    byFirstName.set(first, byFirstName.has(first) ? null : person)
  }
  return name => (known.has(name) ? name : (byFirstName.get(name) ?? name))
}
