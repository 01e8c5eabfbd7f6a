// The one layout of rows that both the Ink views and the plain-text printer draw.

import {createRequire} from 'node:module'
import {eastAsianWidth} from 'get-east-asian-width'
import {sanitizeLine} from '../util/sanitize.js'

/** How a piece of text looks; colour names are those chalk and Ink share. */
export interface Style {
  color?: string
  bold?: boolean
  dim?: boolean
  italic?: boolean
  inverse?: boolean
}

/** A run of text in one style. Text is already sanitized. */
export interface Span extends Style {
  text: string
}

/** One logical row: a heading, a speaker, a claim. It may wrap to several lines. */
export interface Row {
  /** Stable key for React and for keeping the selection across redraws. */
  key: string
  /** Columns before the first line (tree branches go in `prefix` instead). */
  indent: number
  /** Drawn before the first line, e.g. tree branches; `continuation` before the others. */
  prefix?: Span[]
  continuation?: Span[]
  spans: Span[]
  /** Set on rows that can be selected: the claim's ID. */
  target?: string
  /** Lower-case text that search matches against. */
  search?: string
}

/** Columns a string takes: ASCII directly, the rest measured once and remembered (box drawing repeats). */
export function textWidth(text: string): number {
  if (/^[\x20-\x7E]*$/u.test(text)) return text.length
  let width = widths.get(text)
  if (width === undefined) {
    width = measure(text)
    if (widths.size > 10_000) widths.clear()
    widths.set(text, width)
  }
  return width
}
const widths = new Map<string, number>()

/**
 * Code points that join their neighbours into one grapheme (marks, joiners, variation selectors,
 * controls, skin tones, flags, Hangul jamo, prepended signs), or that string-width does not count.
 */
const joining =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: it lists code points one at a time, combining ones on purpose
  /[\p{M}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Emoji_Modifier}\p{Regional_Indicator}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0D4E\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]/u
/** A lone code point that string-width draws as an emoji, two columns wide. */
const emoji = /^(?=\p{Extended_Pictographic})\p{Emoji}$/u
/** string-width, loaded on first need: it builds a grapheme segmenter (ICU's break rules) when loaded. */
let stringWidth: ((text: string) => number) | undefined

/**
 * Where every code point is a grapheme of its own (box drawing, accents, CJK, lone emoji), the
 * width is the sum of their East Asian widths, exactly as string-width counts them; only text with
 * joining code points needs string-width's grapheme segmentation.
 */
function measure(text: string): number {
  if (joining.test(text)) {
    stringWidth ??= (createRequire(import.meta.url)('string-width') as {default: (text: string) => number})
      .default
    return stringWidth(text)
  }
  let width = 0
  for (const char of text) width += emoji.test(char) ? 2 : eastAsianWidth(char.codePointAt(0)!)
  return width
}

/** A wrapped line: spans ready to draw. */
export type Line = Span[]

/**
 * Wrap a row to `width` columns. Words never break silently: an over-long word ends in "…".
 * Linear in the row's length: the lead's width is measured once, and a long word is cut in one pass.
 */
export function wrapRow(row: Row, width: number): Line[] {
  const pad = ' '.repeat(row.indent)
  const first: Span[] = [{text: pad}, ...(row.prefix ?? [])]
  const rest: Span[] = [
    {text: pad},
    ...(row.continuation ??
      row.prefix?.map(span => ({...span, text: ' '.repeat(textWidth(span.text))})) ??
      [])
  ]
  const firstWidth = spansWidth(first)
  const restWidth = spansWidth(rest)
  const lines: Line[] = [[...first]]
  let used = firstWidth
  const leadWidth = () => (lines.length === 1 ? firstWidth : restWidth)
  const room = () => Math.max(8, width - leadWidth())
  const newLine = () => {
    lines.push([...rest])
    used = restWidth
  }

  for (const span of row.spans) {
    const style = {...span, text: ''}
    // The span's text on the current line, pushed as one span when the line or the span ends: one
    // span per style and line, not one per word (300k rows made millions of spans to collect).
    let run = ''
    const flush = () => {
      if (run !== '') lines.at(-1)!.push({...style, text: run})
      run = ''
    }
    // Split with its separator captured: words at even places, runs of whitespace at odd ones.
    const tokens = span.text.split(/(\s+)/u)
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token === '') continue
      const tokenWidth = textWidth(token)
      if (index % 2 === 1) {
        if (used > leadWidth() && used + tokenWidth <= width) {
          run += token
          used += tokenWidth
        }
        continue
      }
      if (used + tokenWidth > width && used > leadWidth()) {
        flush()
        trimEnd(lines.at(-1)!)
        newLine()
      }
      let from = 0
      let left = tokenWidth
      while (left > room() && from < token.length) {
        const cut = fitPrefix(token, from, room() - 1)
        run += `${token.slice(from, cut.end)}…`
        flush()
        from = cut.end
        left -= cut.width
        newLine()
      }
      const word = from === 0 ? token : token.slice(from)
      run += word
      used += from === 0 ? tokenWidth : textWidth(word)
    }
    flush()
  }
  return lines.map(line => line.filter(span => span.text !== ''))
}

/**
 * A claim's text for a detail pane: wrapped to `width`, at most `maxLines` lines, the last
 * ending in "…" when the text is cut.
 */
export function paneLines(text: string, width: number, maxLines: number): string[] {
  const lines = wrapRow({key: 'pane', indent: 0, spans: [{text: sanitizeLine(text)}]}, width).map(lineText)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, Math.max(1, maxLines))
  kept[kept.length - 1] = `${kept.at(-1)!.slice(0, Math.max(0, width - 1))}…`
  return kept
}

/** Plain text of a line, for tests and search. */
export function lineText(line: Line): string {
  return line.map(span => span.text).join('')
}

function spansWidth(spans: Span[]): number {
  return spans.reduce((total, span) => total + textWidth(span.text), 0)
}

/** Drop the whitespace that ends a line (never its lead, which the line's words follow). */
function trimEnd(line: Line): void {
  while (line.length > 1) {
    const last = line.at(-1)!
    const text = last.text.trimEnd()
    if (text === '') line.pop()
    else {
      if (text !== last.text) line[line.length - 1] = {...last, text}
      return
    }
  }
}

/** Where the longest piece of `word` from `from` (whole code points, at least one) that fits in `columns` ends, and its width. */
function fitPrefix(word: string, from: number, columns: number): {end: number; width: number} {
  let end = from
  let width = 0
  while (end < word.length) {
    const char = String.fromCodePoint(word.codePointAt(end)!)
    const next = textWidth(char)
    if (width + next > columns && end > from) break
    width += next
    end += char.length
  }
  return {end, width}
}
