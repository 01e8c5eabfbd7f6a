// Reads a comment thread's shape: names alone over comments, whether it goes on past a short line, its own headings.

import type {Verdict} from './block-verdicts.js'
import type {Block} from './blocks.js'
import {isStamp, matchChrome} from './chrome.js'
import {commentHeader, nameAndDate, parseByline, personName} from './people.js'

/** A name a lone line gives: strong when shaped like a person's name, weak for a bare handle. */
interface Commenter {
  name: string
  strong: boolean
}

/** A token of a handle: letters, digits and the marks usernames use ("Leop0ld", "j.doe_42", "[deleted]"). */
const handleToken = /^\[?[\p{L}\p{N}@][\p{L}\p{N}_.'’@-]*\]?$/u
/** A letters-after-the-name token: "BA/MIR/C.Dir.", "CPA", "M.B.A.". */
const credential = /\/|^\p{Lu}{2,}\.?$|^(?:\p{Lu}\.){2,}$/u

/** "Ana Ruiz BA/MBA" → "Ana Ruiz": the name without the letters that follow it. */
function withoutCredentials(text: string): string {
  const tokens = text.trim().split(/\s+/u)
  while (tokens.length > 2 && credential.test(tokens.at(-1)!)) tokens.pop()
  return tokens.join(' ')
}

/**
 * The commenter a short line names: "Ana Ruiz", "H. Singer", "Ana Ruiz, Coach and Speaker" (a
 * name, then what the commenter does); weakly, a handle of up to three words ("leop0ld", "sam k")
 * or a short line that ends like no sentence ("Best Essay Writers Online").
 */
export function commenterName(line: string): Commenter | null {
  // "Ana Ruiz (@aruiz)": the name, without the handle beside it.
  const text = line.trim().replace(/\s+\(@[^()\s]+\)$/u, '')
  // A name starts with a letter: "6 Likes" and "6y" count and date, they name no one.
  if (text.length > 120 || text.includes('\n') || !/^[@[]?\p{L}/u.test(text)) return null
  const comma = text.indexOf(',')
  if (comma > 0) {
    const name = personName(withoutCredentials(text.slice(0, comma)))
    return name ? {name, strong: true} : null
  }
  if (text.length > 40) return null
  const name = personName(withoutCredentials(text))
  if (name) return {name, strong: true}
  const tokens = text.split(/\s+/u)
  const handle = tokens.length <= 3 && tokens.every(token => handleToken.test(token))
  const short = tokens.length <= 5 && handleToken.test(tokens[0]!) && !/[.!?:;,]/u.test(text)
  // A handle looks like a tag line (short, lower case), never like the page's other furniture,
  // and never speaks of the comments ("comments powered by …").
  const chrome = matchChrome(text)
  const furniture = chrome && (chrome.reason !== 'tag line' || chrome.aboutComments)
  return (handle || short) && !furniture ? {name: text, strong: false} : null
}

/** How far, in blocks, a thread's other headers count as evidence for a line. */
const reach = 30

/** A comment form ("Leave a Reply", "Post a Comment") or the thread's platform credit ("powered by …"). */
function endsThread(text: string): boolean {
  return (
    text.length <= 60 &&
    /\b(?:leave|post|add|write|submit)\s+(?:a\s+|your\s+)?(?:comment|reply|response)\b|\bpowered by\b/iu.test(
      text
    )
  )
}

/**
 * The blocks that head a comment with a name alone, by index, with the name: a commenter's name
 * over the comment's words, or over a date stamp and then the words. The block right after a
 * header is the comment's first words, whatever its shape ("Agreed"), and a name followed by
 * another name over words is a comment's last line, not a header. A person's name over a
 * paragraph or a date stamp is a header, and so is a bare handle over a date stamp; a bare handle
 * over words, or a name over a short line, only where the thread has a rhythm: `strongNeeded`
 * people's names over paragraphs within `reach` blocks, or items of a list each headed so. A comment form
 * after comments ends the thread: the ads and teasers under it are not comments, however they are
 * headed. Whether the block stands in a comment section is for the caller to say.
 */
export function loneCommenterLines(
  blocks: Block[],
  verdicts: Verdict[],
  strongNeeded = 3
): Map<number, string> {
  const texts = blocks.map(block => block.visible.text.trim())
  const names = texts.map((text, index) =>
    lineLike(blocks[index]!, blocks[index + 1]) ? commenterName(text) : null
  )
  const shaped = texts.map(text => commentHeader(text) !== null || nameAndDate(text) !== null)
  const headerShaped = (index: number) => shaped[index]!
  // A short lower-case line may be a tag line or a comment's words ("thanks, got it"): not chrome here.
  const chrome = (index: number) => {
    const verdict = verdicts[index]!
    const ruled = verdict.chrome !== null && !verdict.modelOnly && verdict.chrome !== 'tag line'
    return ruled || isStamp(texts[index]!)
  }
  // A comment may be only a link or a mark: dropped, it still stands where a comment's words do.
  // A list item the model alone calls chrome ("• Report") is no evidence of words under a name.
  const words = (index: number) => {
    if (index >= blocks.length || texts[index] === '' || headerShaped(index)) return false
    const verdict = verdicts[index]!
    if (verdict.chrome === 'embedded media' || !/[\p{L}\p{N}]/u.test(texts[index]!)) return true
    return !chrome(index) && !(verdict.modelOnly && blocks[index]!.type === 'item')
  }
  const stamp = (index: number) => verdicts[index]!.chrome === 'date stamp' || isStamp(texts[index]!)
  /** Where the words under the block start: at once, or after a date stamp; -1 when none follow. */
  const wordsAt = (index: number) => {
    if (words(index + 1)) return index + 1
    return index + 2 < blocks.length && stamp(index + 1) && words(index + 2) ? index + 2 : -1
  }
  const heads = (index: number) => {
    if (!names[index] || wordsAt(index) < 0) return false
    const next = index + 1
    const words = wordsAt(next)
    return !(names[next] && words >= 0 && (names[next].strong || blocks[words]!.type !== 'heading'))
  }

  const found: Array<{index: number; commenter: Commenter; overProse: boolean; overStamp: boolean}> = []
  let afterHeader = false
  let seen = false
  let ended = false
  for (let index = 0; index < blocks.length; index++) {
    if (texts[index] === '') continue
    if (headerShaped(index)) {
      afterHeader = true
      seen = true
      ended = false
    } else if (afterHeader) afterHeader = chrome(index)
    else if (endsThread(texts[index]!)) {
      ended = seen
      seen = false
    } else if (!ended && heads(index)) {
      const words = wordsAt(index)
      found.push({
        index,
        commenter: names[index]!,
        overProse: blocks[words]!.type !== 'heading',
        overStamp: words === index + 2
      })
      afterHeader = true
      seen = true
    }
  }
  const strongNear = countNear(
    blocks.length,
    found.filter(each => each.commenter.strong && each.overProse).map(each => each.index)
  )
  const rhythm = (index: number) => strongNear(index) >= strongNeeded
  // A handle over a date stamp heads a comment where another comment header stands near.
  const headersNear = countNear(blocks.length, [
    ...found.map(each => each.index),
    ...texts.flatMap((_, index) => (headerShaped(index) ? [index] : []))
  ])
  // Items of one list, each a name over its words: a numbered thread, whatever the names.
  const listed = (position: number) =>
    [found[position - 1], found[position + 1]].some(
      other =>
        other &&
        blocks[other.index]!.type === 'item' &&
        blocks[other.index]!.depth === blocks[found[position]!.index]!.depth &&
        Math.abs(other.index - found[position]!.index) <= reach
    )
  return new Map(
    found
      .filter(
        ({index, commenter, overProse, overStamp}, position) =>
          (commenter.strong && overProse) ||
          (overStamp && headersNear(index) >= 2) ||
          rhythm(index) ||
          (blocks[index]!.type === 'item' && listed(position))
      )
      .map(({index, commenter}) => [index, commenter.name])
  )
}

/**
 * Where a thread puts a commenter's name: a lone line at the top level (a Markdown heading
 * too), the first line of a list item whose comment follows in the same item ("1. Omar Haddad"
 * over the words), or of a blockquote whose reply follows in it ("> **Omar Haddad**").
 */
function lineLike(block: Block, next: Block | undefined): boolean {
  if (block.type === 'item')
    return block.itemStart && next?.type === 'item' && !next.itemStart && next.depth === block.depth
  if (block.type === 'quote')
    return block.depth === 0 && next?.type === 'quote' && next.quoteDepth === block.quoteDepth
  return (block.type === 'paragraph' || block.type === 'heading') && block.depth === 0
}

/** For marked block indexes, a count of the marks within `reach` blocks of any index. */
function countNear(length: number, marked: number[]): (index: number) => number {
  const before = new Int32Array(length + 1)
  for (const index of marked) before[index + 1] = 1
  for (let index = 0; index < length; index++) before[index + 1]! += before[index]!
  return index => before[Math.min(length, index + reach + 1)]! - before[Math.max(0, index - reach)]!
}

/** How many blocks ahead the thread's next header may stand for a short line to be a comment's words. */
const ahead = 8

/**
 * Whether a comment thread goes on after the block: the next comment's header (a name and a date,
 * "Name says:", a name alone the thread reads as a header) or the comment form stands within a
 * few blocks, with no byline between. A short line there is a comment's words (a list typed
 * line by line, a signature), not the title of a new post.
 */
export function threadGoesOn(blocks: Block[], index: number, lone: Map<number, string>): boolean {
  for (let next = index + 1; next < Math.min(blocks.length, index + 1 + ahead); next++) {
    const text = blocks[next]!.visible.text.trim()
    if (text === '') continue
    if (parseByline(text)) return false
    if (lone.has(next) || nameAndDate(text) || commentHeader(text) || endsThread(text)) return true
  }
  return false
}

/** A short heading that names the thread itself: "Comments", "Top Rated Comments", "Join the Discussion". */
export function isThreadHeading(text: string): boolean {
  return text.split(/\s+/u).length <= 4 && /\b(?:comments|replies|responses|discussion)\b/iu.test(text)
}
