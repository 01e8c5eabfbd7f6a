// Reads the head of a page: its headline, the byline and date around it, and the chrome above it.

import type {PageFeatures} from './block-features.js'
import type {Verdict} from './block-verdicts.js'
import type {Block} from './blocks.js'
import {type HeaderLine, isLabelledCredit, readHeaderLine} from './header-lines.js'
import {findHeadline, readsAsStandfirst} from './headline.js'
import {hasFurnitureWord} from './chrome.js'
import type {DropReason} from './types.js'

/** What the head of a page states, and what of it holds no claims. */
export interface PageHead {
  /** Index of the headline block. */
  headline: number
  /** Index of a standfirst under it that reads as a heading in plain text: the article's words. */
  standfirst: number | null
  title: string
  author: string | null
  date: string | null
  /** Blocks that are not the article's words, by index, each with its reason. */
  dropped: Map<number, DropReason>
}

/**
 * The head of a page whose headline the text shows, else null. Everything above the headline
 * is page chrome (a site's name, menus, a search box): it precedes the article. Between the
 * headline and the article's first paragraph, bylines, date lines and the author's name are
 * dropped; a standfirst, a caption and the rest are left to the block classifier.
 */
export function readPageHead(blocks: Block[], page: PageFeatures, verdicts: Verdict[]): PageHead | null {
  const found = findHeadline(blocks, page)
  if (!found) return null
  const {index: headline, article} = found
  const title = page.texts[headline]!
  const lines = page.texts.map((text, index) => (index < article ? readHeaderLine(text) : null))
  const dropped = new Map<number, DropReason>()
  let author: string | null = null
  let date: string | null = null
  const take = (line: HeaderLine) => {
    author ??= line.author
    date ??= line.date
  }

  for (let index = headline + 1; index < article; index++) {
    const text = page.texts[index]!
    const line = lines[index]
    if (text.toLowerCase() === title.toLowerCase()) dropped.set(index, 'repeated title')
    else if (/^by\s*:?$/iu.test(text)) {
      dropped.set(index, 'byline')
      // "By:" alone, the name on the line under it.
      const named = index + 1 < article ? readHeaderLine(`by ${page.texts[index + 1]}`) : null
      if (named?.author) {
        take(named)
        dropped.set(++index, 'byline')
      }
    } else if (line && (line.date || line.labelled || line.author === null)) {
      take(line)
      dropped.set(index, line.author ? 'byline' : 'date stamp')
    }
  }
  // A byline or date line right over the headline, maybe over a category label.
  for (const index of [headline - 1, headline - 2]) {
    const line = lines[index]
    if (line && (line.date || line.labelled)) take(line)
  }
  // A name alone, when no byline names the author.
  for (let index = headline + 1; index < article; index++) {
    const line = lines[index]
    if (!line?.author || dropped.has(index) || !namesAuthor(index)) continue
    if (author === null) author = line.author
    if (author === line.author) dropped.set(index, 'byline')
  }
  // A byline further up (a blog's header) names the author when nothing near the headline does,
  // else the post's footer ("Posted by Jane Roe at 5:11 AM") before the comments begin.
  for (let index = 0; index < headline && author === null; index++)
    if (lines[index]?.labelled) author = lines[index]!.author
  for (let index = article; index < blocks.length && author === null; index++) {
    if (verdicts[index]!.aboutComments) break
    if (/^posted\s+by\s+[^:]/iu.test(page.texts[index]!))
      author = readHeaderLine(page.texts[index]!)?.author ?? null
  }

  for (let index = 0; index < headline; index++) {
    const line = lines[index]
    const reason =
      verdicts[index]!.chrome ??
      (line?.date || line?.labelled ? (line.author ? 'byline' : 'date stamp') : 'site header')
    dropped.set(index, reason)
  }
  // A picture's caption or credit that says so, wherever it stands: "Photo: Jo Roe", "Image: Studio".
  for (let index = headline + 1; index < blocks.length; index++)
    if (!dropped.has(index) && isCaptionCredit(page.texts[index]!)) dropped.set(index, 'picture credit')
  let next = headline + 1
  while (next < article && !/\p{L}/u.test(page.texts[next]!)) next++
  const standfirst =
    next < article && blocks[next]!.type === 'heading' && !dropped.has(next) && readsAsStandfirst(next, page)
      ? next
      : null
  return {headline, standfirst, title, author, date, dropped}

  /** A name alone: the author's when within two lines under the headline (a standfirst between) or beside a date line. */
  function namesAuthor(index: number): boolean {
    const worded = (at: number) => /\p{L}/u.test(page.texts[at] ?? '')
    const dated = (at: number) => Boolean(lines[at]?.date) && lines[at]!.author === null
    if (page.shapes[index] || hasFurnitureWord(page.texts[index]!)) return false
    let above = index - 1
    while (above > headline && !worded(above)) above--
    let below = index + 1
    while (below < article && !worded(below)) below++
    let between = 0
    for (let at = headline + 1; at < index; at++) if (worded(at)) between++
    return between <= 1 || dated(above) || (below < article && dated(below))
  }
}

/** A short line that says it credits a picture and makes no sentence of it. */
function isCaptionCredit(text: string): boolean {
  return text.length <= 160 && !/[.!?]["'”’]?$/u.test(text) && isLabelledCredit(text)
}
