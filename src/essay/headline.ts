// Finds a page's headline: the short line over the article's first paragraphs, near its byline or date.

import type {Block} from './blocks.js'
import {at, longBlock, type PageFeatures} from './block-features.js'
import {isPictureCredit, readHeaderLine} from './header-lines.js'
import {isTitleCase, words} from './heading-shape.js'

/** How many blocks above the article's first paragraph the headline may stand. */
const reach = 40
/** How many lines below a headline its byline or date may stand. */
const bylineBelow = 6
/** Words that tie others together and name nothing. */
const smallWords = /^(?:a|an|the|by|of|to|and|or|for|with|from|in|on|at)$/iu
/** Words of a paragraph that is the article's, not a site's blurb. */
const substantialWords = 25

/** Where a page's headline stands, and where its article's text begins. */
export interface Headline {
  index: number
  /** The first block of the article's first run of prose. */
  article: number
}

/**
 * The headline block, or null when the page has none the text shows. The article begins at
 * its first run of prose; the headline is a short line that does not end like a sentence,
 * shortly above it, with a byline or a date stated next to it.
 */
export function findHeadline(blocks: Block[], page: PageFeatures): Headline | null {
  const prose = blocks.map((block, index) => isProse(block, index, page))
  const first = prose.findIndex((is, index) => is && isSubstantial(index, page))
  if (first < 0) return null
  // The article begins where the run of prose holding its first substantial paragraph begins.
  let article = first
  while (article > 0 && prose[article - 1]) article--
  const from = Math.max(0, article - reach)
  const found = headlineAbove(blocks, page, from, article)
  if (found !== null) return {index: found, article}
  // No byline or date: a headline-shaped line right over the article, with no prose above it.
  const over = article - 1
  const bare =
    over >= 0 &&
    blocks[over]!.depth === 0 &&
    isHeadlineShaped(blocks, over, page) &&
    !prose.slice(0, over).includes(true)
  return bare ? {index: over, article} : null
}

/** A paragraph long enough that page furniture is seldom worded so. */
function isSubstantial(index: number, page: PageFeatures): boolean {
  return page.texts[index]!.length > longBlock || page.wordCounts[index]! >= substantialWords
}

/** The same test on a text alone. */
export function isSubstantialText(text: string): boolean {
  return text.length > longBlock || words(text).length >= substantialWords
}

/**
 * The best headline-shaped line between `from` and the article: one with a byline or date under
 * it, else one under a date line or repeating a breadcrumb's last step; a line of two or three
 * words (a site's or a section's name) only when nothing longer has that evidence. The nearest
 * to the article wins a tie.
 */
function headlineAbove(blocks: Block[], page: PageFeatures, from: number, article: number): number | null {
  // Blocks with words in them: bullets and counts are skipped.
  const worded: number[] = []
  for (let index = from; index < article; index++) if (/\p{L}/u.test(page.texts[index]!)) worded.push(index)
  const stated = (index: number) => statedBy(page.texts[index]!)
  let best: {index: number; rank: number; rightOver: boolean} | null = null
  for (let position = worded.length - 1; position >= 0; position--) {
    const index = worded[position]!
    if (!isHeadlineShaped(blocks, index, page)) continue
    const below = linesBelow(blocks, worded.slice(position + 1)).map(stated)
    const byline = below.some((what, offset) => what === 'dated' || (what === 'name' && offset === 0))
    // Above: the line right over it, or over a category label right over it.
    const over = worded[position - 1]
    const above =
      worded[over !== undefined && page.shapes[over]?.reason === 'tag line' ? position - 2 : position - 1]
    const dated = above !== undefined && stated(above) === 'dated'
    const repeated = index > 0 && repeats(page.texts[index - 1]!, page.texts[index]!)
    const short = page.wordCounts[index]! < 4 || stated(index) === 'name'
    const rank =
      byline && !short ? 0 : (dated || repeated) && !short ? 1 : byline || dated || repeated ? 2 : -1
    if (rank >= 0 && (!best || rank < best.rank)) best = {index, rank, rightOver: Boolean(below[0])}
  }
  if (!best) return null
  // A standfirst stands right over the byline, and the headline right over the standfirst.
  return best.rightOver ? standfirstAbove(blocks, page, best.index) : best.index
}

/** A standfirst under a headline reads as a sentence: eight words or more, not in Title Case. */
export function readsAsStandfirst(index: number, page: PageFeatures): boolean {
  return page.wordCounts[index]! >= 8 && !isTitleCase(page.texts[index]!)
}

/** The line chosen may be a standfirst, with the headline, no longer than it, right above it. */
function standfirstAbove(blocks: Block[], page: PageFeatures, index: number): number {
  const upper = index - 1
  return readsAsStandfirst(index, page) &&
    upper >= 0 &&
    isHeadlineShaped(blocks, upper, page) &&
    page.wordCounts[upper]! >= 4 &&
    page.wordCounts[upper]! <= page.wordCounts[index]!
    ? upper
    : index
}

/** The lines a byline may stand in under a headline: a share bar or a tag list in between does not count. */
function linesBelow(blocks: Block[], following: number[]): number[] {
  let lines = 0
  let end = 0
  while (end < following.length && lines < bylineBelow)
    if (blocks[following[end++]!]!.type !== 'item') lines++
  return following.slice(0, end)
}

/** The block above ends with this text: a breadcrumb trail or the same headline repeated. */
function repeats(above: string, text: string): boolean {
  return above.length >= text.length && above.toLowerCase().endsWith(text.toLowerCase())
}

/** A byline, a date stamp, a name with a date, or a name alone: what stands next to a headline. */
function statedBy(text: string): 'dated' | 'name' | null {
  if (/^by\s*:?$/iu.test(text)) return 'dated'
  const line = readHeaderLine(text)
  if (!line) return null
  return line.author && !line.date && !line.labelled ? 'name' : 'dated'
}

/** A paragraph of prose: long, or a sentence of some words, not page furniture. */
function isProse(block: Block, index: number, page: PageFeatures): boolean {
  if (block.type === 'code' || block.type === 'html' || block.type === 'heading') return false
  const text = page.texts[index]!
  // A notice about cookies is the site's consent banner, however long.
  if (text.length < 600 && /\bcookies?\b/iu.test(text)) return false
  if (text.length > longBlock) return true
  const vector = page.vectors[index]!
  return (
    page.shapes[index] === null &&
    page.wordCounts[index]! >= 8 &&
    vector[at['sentence end']] === 1 &&
    vector[at['stopword density']]! >= 0.2
  )
}

/**
 * A short single line that does not end like a sentence and is no name, date, picture credit,
 * menu ("Sign in / Sign up") or furniture.
 */
function isHeadlineShaped(blocks: Block[], index: number, page: PageFeatures): boolean {
  const block = blocks[index]!
  const text = page.texts[index]!
  const count = page.wordCounts[index]!
  if (block.type === 'code' || block.type === 'html' || block.type === 'quote') return false
  // A list item heads a post only when the item goes on below it (a blog that lists its posts).
  const next = blocks[index + 1]
  if (block.type === 'item' && !(next?.type === 'item' && !next.itemStart && next.depth === block.depth))
    return false
  if (block.depth > 1 || count > 30 || text.length > 200 || text.includes('\n')) return false
  // Some word that is not a small word: a price ("From $610.00") heads nothing.
  if (count < 2 || !(text.match(/\p{L}{2,}/gu) ?? []).some(word => !smallWords.test(word))) return false
  if (page.shapes[index] || statedBy(text) === 'dated') return false
  if (!/\p{Ll}/u.test(text) || isPictureCredit(text)) return false
  if (/[,;:|–—-]$/u.test(text) || /\s\/\s/u.test(text)) return false
  // A line that ends on a small word runs on into something else ("… is sponsored by").
  if (smallWords.test(text.split(/\s+/u).at(-1)!) && count > 1) return false
  // Emoji and symbols after the last word do not hide a sentence's period.
  if (/\.[^\p{L}\p{N}]*$/u.test(text) && !isTitleCase(text)) return false
  return true
}
