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
  if (printableAscii.test(text)) return text.length
  let width = widths.get(text)
  if (width === undefined) {
    width = measure(text)
    if (widths.size > 10_000) widths.clear()
    widths.set(text, width)
  }
  return width
}
const widths = new Map<string, number>()
const printableAscii = /^[\x20-\x7E]*$/u

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
  const {first, rest} = leads(row)
  const lines: Line[] = [[...first]]
  wrapInto(row, width, spansWidth(first), spansWidth(rest), {
    add: (style, text) => lines.at(-1)!.push({...style, text}),
    break: () => {
      trimEnd(lines.at(-1)!)
      lines.push([...rest])
    }
  })
  return lines.map(line => line.filter(span => span.text !== ''))
}

/**
 * The same lines as plain text, each without the white space that ends it: what printing without
 * colour draws, built without a span per piece (a million printed lines made millions of them).
 */
export function wrapPlain(row: Row, width: number): string[] {
  const {first, rest} = leads(row)
  const restText = spansText(rest)
  const lines: string[] = []
  let line = spansText(first)
  wrapInto(row, width, spansWidth(first), spansWidth(rest), {
    add: (_, text) => {
      line += text
    },
    break: () => {
      lines.push(line.trimEnd())
      line = restText
    }
  })
  lines.push(line.trimEnd())
  return lines
}

/** Where wrapped text goes: a piece of one span on the current line, and the break to the next line. */
interface LineBuilder {
  add(style: Span, text: string): void
  /** End the current line (its white space may go) and start the next after the continuation lead. */
  break(): void
}

/** What a row's first line and its other lines start with: the indent, then the prefix or the continuation. */
function leads(row: Row): {first: Span[]; rest: Span[]} {
  const pad = ' '.repeat(row.indent)
  return {
    first: [{text: pad}, ...(row.prefix ?? [])],
    rest: [
      {text: pad},
      ...(row.continuation ??
        row.prefix?.map(span => ({...span, text: ' '.repeat(textWidth(span.text))})) ??
        [])
    ]
  }
}

/** Lay a row's words out on lines of `width` columns, after leads of `firstWidth` and `restWidth` columns. */
function wrapInto(
  row: Row,
  width: number,
  firstWidth: number,
  restWidth: number,
  builder: LineBuilder
): void {
  let onFirst = true
  let used = firstWidth
  const leadWidth = () => (onFirst ? firstWidth : restWidth)
  const room = () => Math.max(8, width - leadWidth())
  const newLine = () => {
    builder.break()
    onFirst = false
    used = restWidth
  }

  for (const span of row.spans) {
    // The span's text on the current line, added as one piece when the line or the span ends: one
    // span per style and line, not one per word (300k rows made millions of spans to collect).
    let run = ''
    const flush = () => {
      if (run !== '') builder.add(span, run)
      run = ''
    }
    // Printable ASCII is as wide as it is long: measured once for the span, not for each word.
    const ascii = printableAscii.test(span.text)
    // Split with its separator captured: words at even places, runs of whitespace at odd ones.
    const tokens = span.text.split(/(\s+)/u)
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token === '') continue
      const tokenWidth = ascii ? token.length : textWidth(token)
      if (index % 2 === 1) {
        if (used > leadWidth() && used + tokenWidth <= width) {
          run += token
          used += tokenWidth
        }
        continue
      }
      if (used + tokenWidth > width && used > leadWidth()) {
        flush()
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

function spansText(spans: Span[]): string {
  return spans.reduce((text, span) => text + span.text, '')
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
