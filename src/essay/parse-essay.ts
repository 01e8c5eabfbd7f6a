// The essay pipeline: text → mdast → blocks → structure → sentences → claims with IDs.

import {basename, extname} from 'node:path'
import {lineIndex} from '../util/positions.js'
import {blankControls} from '../util/sanitize.js'
import {flattenBlocks} from './blocks.js'
import {kindOf} from './claim-kind.js'
import type {MarkdownReader} from './markdown-blocks.js'
import {surnameKey, toAscii} from './people.js'
import {plainToMdast} from './plain-blocks.js'
import {splitSentences} from './sentences.js'
import {assignSlugs} from './slug.js'
import {readStructure} from './structure.js'
import {sourceSpan} from './visible-text.js'
import type {Claim, Essay, EssayFormat} from './types.js'

/** Options for parsing one essay. */
export interface ParseOptions {
  /** The file name as the user gave it; names the essay and its format. */
  file: string
  /** Force a format; by default `.md`/`.markdown` are Markdown and the rest plain text. */
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
   * plain text does not pay for remark (see `loadMarkdownReader`).
   */
  markdown?: MarkdownReader
}

/**
 * Parse an essay's decoded text. Pure: never throws on any string. Terminal escape sequences
 * and control characters are blanked out first, so no claim carries them and offsets stay true.
 */
export function parseEssay(source: string, options: ParseOptions): Essay {
  const text = blankControls(source)
  const format = options.format ?? formatOf(options.file)
  if (format === 'markdown' && !options.markdown)
    throw new Error('parseEssay: Markdown needs options.markdown (see loadMarkdownReader)')
  const {tree, meta} = format === 'markdown' ? options.markdown!(text) : {tree: plainToMdast(text), meta: {}}
  const structure = readStructure(flattenBlocks(tree, text), {
    ...meta,
    ...(options.author ? {author: options.author} : {}),
    unnamedAuthor: options.unnamedAuthor
  })
  const index = lineIndex(text)
  const people = [
    structure.author,
    ...structure.posts.flatMap(post => [post.author, ...post.comments.map(c => c.speaker)])
  ]

  const drafts: Array<Omit<Claim, 'id'>> = []
  for (const passage of structure.passages) {
    const speaker =
      passage.speaker ?? structure.posts[passage.post]?.author ?? options.unnamedAuthor ?? 'Author'
    const visible = passage.visible
    for (const piece of splitSentences(visible.text, 0, visible.text.length)) {
      const sentence = visible.text.slice(piece.start, piece.end)
      const span = sourceSpan(visible, piece.start, piece.end)
      const {kind, attributedTo} = kindOf(sentence, passage.quotedBy)
      drafts.push({
        text: foldSpace(sentence),
        kind,
        role: passage.role,
        speaker,
        attributedTo: attributedTo && resolvePerson(attributedTo, people),
        post: passage.post,
        section: passage.section,
        start: span.start,
        end: span.end,
        ...index.point(span.start)
      })
    }
  }

  const key = options.key ?? essayKey(structure.author, options.file)
  const slugs = assignSlugs(
    drafts.map(draft => draft.text),
    options.keptSlugs
  )
  const claims = drafts.map((draft, position) => ({id: `${key}/${slugs[position]}`, ...draft}))
  return {
    file: options.file,
    key,
    format,
    title: structure.title,
    author: structure.author,
    date: structure.date,
    posts: structure.posts,
    claims,
    dropped: structure.dropped
  }
}

/** Fold runs of whitespace to one space (most sentences have none to fold). */
function foldSpace(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** Markdown by extension, plain text otherwise. */
export function formatOf(file: string): EssayFormat {
  return /^\.(?:md|markdown|mdown|mkd)$/iu.test(extname(file)) ? 'markdown' : 'text'
}

/** The author's surname in ASCII, else the file's name without extension or trailing hash. */
export function essayKey(author: string | null, file: string): string {
  const fromAuthor = author ? surnameKey(author) : ''
  if (fromAuthor) return fromAuthor
  const stem = toAscii(basename(file, extname(file)).replace(/[-_.][0-9a-f]{8,}$/iu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
  return stem || 'essay'
}

/** "Andrea" → "Andrea Di Maio" when exactly one known person has that first name. */
function resolvePerson(name: string, people: Array<string | null>): string {
  const known = [...new Set(people.filter((person): person is string => Boolean(person)))]
  if (known.includes(name)) return name
  const matches = known.filter(person => person.split(/\s+/u)[0] === name)
  return matches.length === 1 ? matches[0]! : name
}
