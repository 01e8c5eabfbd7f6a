// Splits a block of text into sentence spans with Intl.Segmenter, then mends its known misses.

import {isWhiteSpace} from '../util/white-space.js'

/** A sentence as offsets into the file's text; `end` is exclusive. */
export interface SentenceSpan {
  start: number
  end: number
}

/** Created on first use: building it costs a run that reads no essay (a cached one) about 10 ms. */
let segmenter: Intl.Segmenter | undefined
/** Intl.Segmenter turns quadratic on long strings (Node 20): never give it more than this. */
const maxChunk = 2000

/** Abbreviations after which a capitalised word does not start a new sentence. */
const abbreviation =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|vs|cf|approx|No|Nos|Fig|Figs|Inc|Ltd|Co|Corp|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.k\.a|U\.S|U\.K|U\.N|E\.U|\p{Lu})\.["'”’)]*\s*$/u
const ellipsis = /(?:\.\.\.|…)["'”’)]*\s*$/u
const hasWord = /[\p{L}\p{N}]/u

/** Sentence spans of `text[start, end)`, trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const pieces: SentenceSpan[] = []
  for (const chunk of chunks(text, start, end)) {
    // A line break inside a block is a wrapped line, not the end of a sentence (the segmenter
    // would break there): read it as a space, which keeps every offset.
    segmenter ??= new Intl.Segmenter('en', {granularity: 'sentence'})
    const piece = text.slice(chunk.start, chunk.end)
    const oneLine = piece.includes('\n') || piece.includes('\r') ? piece.replace(/[\r\n]/gu, ' ') : piece
    for (const segment of segmenter.segment(oneLine)) {
      const from = chunk.start + segment.index
      // The segmenter does not know `<<` closes a quotation: break after it as after a quote mark.
      let at = from
      if (segment.segment.includes('<<'))
        for (const close of segment.segment.matchAll(/[.!?]["'”’)]*<<\s+(?=\S)/gu)) {
          pieces.push({start: at, end: from + close.index + close[0].length})
          at = from + close.index + close[0].length
        }
      pieces.push({start: at, end: from + segment.segment.length})
    }
  }
  const merged: SentenceSpan[] = []
  for (const [index, piece] of pieces.entries()) {
    // A closing `<<` the segmenter put at the start of the next sentence belongs to the last.
    const closing =
      index > 0 && piece.end - piece.start >= 2 && text.startsWith('<<', piece.start)
        ? /^<<\s*/u.exec(text.slice(piece.start, piece.end))
        : null
    if (closing && closing[0].length < piece.end - piece.start) {
      pieces[index - 1]!.end += closing[0].length
      merged.at(-1)!.end = pieces[index - 1]!.end
      piece.start += closing[0].length
    }
    const previous = merged.at(-1)
    if (previous && continues(text, previous, piece, end)) previous.end = piece.end
    else merged.push({...piece})
  }
  return merged.map(span => trim(text, span)).filter(span => hasWord.test(text.slice(span.start, span.end)))
}

/** Whether `next` continues the sentence `previous` despite the segmenter's break. */
function continues(text: string, previous: SentenceSpan, next: SentenceSpan, blockEnd: number): boolean {
  const after = text.slice(next.start, next.end)
  if (!hasWord.test(after)) return true
  // English puts a space after a sentence: a break with none is inside a URL or a number.
  if (!isWhiteSpace(text.charCodeAt(previous.end - 1)) && !isWhiteSpace(text.charCodeAt(next.start)))
    return true
  const tail = text.slice(Math.max(previous.start, previous.end - 16), previous.end)
  if (abbreviation.test(tail)) return true
  if (ellipsis.test(tail) && (after.trim().split(/\s+/u).length <= 3 || /^\s*\p{Ll}/u.test(after)))
    return true
  const before = text.slice(previous.start, previous.end)
  if (!before.includes('>>')) return false
  // A passage quoted between >> and << is one claim, however many sentences it has.
  const close = text.indexOf('<<', next.start)
  return unclosed(before, '>>', '<<') && close !== -1 && close < blockEnd
}

/** Whether `text` opens more `open` marks than it closes. */
function unclosed(text: string, open: string, close: string): boolean {
  return text.split(open).length > text.split(close).length
}

/** Cut a long block into pieces at whitespace after a sentence end, or at any whitespace. */
function* chunks(text: string, start: number, end: number): Generator<SentenceSpan> {
  let from = start
  while (end - from > maxChunk) {
    const window = text.slice(from, from + maxChunk)
    let cut = -1
    for (const match of window.matchAll(/[.!?]["'”’)]*\s+/gu)) cut = match.index + match[0].length
    if (cut < maxChunk / 4) cut = window.lastIndexOf(' ') + 1
    if (cut <= 0) cut = /[\uD800-\uDBFF]/u.test(window[maxChunk - 1]!) ? maxChunk - 1 : maxChunk
    cut += from
    yield {start: from, end: cut}
    from = cut
  }
  yield {start: from, end}
}

function trim(text: string, span: SentenceSpan): SentenceSpan {
  let {start, end} = span
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--
  return {start, end}
}
