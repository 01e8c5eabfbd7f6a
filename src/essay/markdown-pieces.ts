// Cuts Markdown into pieces that parse alone as they parse together, plain paragraphs apart, and refuses nesting too deep to parse.

import {InputError} from '../util/errors.js'

/** Containers (block quotes, list items) nested deeper than this are refused: micromark slows down sharply with depth. */
export const maxNesting = 50

/** A piece is cut once it holds this many characters: micromark's memory grows with the text it holds at once. */
const pieceSize = 2 ** 16

/** A container marker at the start of what is left of a line: `>`, a bullet or `1.`/`1)`. */
const containerMarker = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y
/** A code fence opening or closing: three or more backticks or tildes. */
const fence = /^ {0,3}(`{3,}|~{3,})/u
/** HTML blocks that, unlike other blocks, run on across blank lines until their end marker. */
const htmlBlocks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^ {0,3}<!--/u, /-->/u],
  [/^ {0,3}<\?/u, /\?>/u],
  [/^ {0,3}<![A-Za-z]/u, />/u],
  [/^ {0,3}<!\[CDATA\[/u, /\]\]>/u]
]
/** Whether an HTML block's source opens one of the kinds that run on across blank lines, and does not close it. */
export function htmlRunsOn(source: string): boolean {
  return htmlBlocks.some(([begin, finish]) => begin.test(source) && !finish.test(source))
}

/** A link reference definition: it may be used anywhere in the document, so a document with one is never cut. */
const definition = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:/mu
const listItemStart = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/u

/** A stretch of the text: Markdown for micromark to parse, or a paragraph of plain text that needs no parsing. */
export type Piece = {kind: 'markdown' | 'paragraph'; start: number; end: number}

/** A blank line: spaces and tabs only (other white space is text to Markdown). */
const blankLine = /^[ \t]*\r?$/u
/** Text of blank lines only. */
const blankText = /^[ \t\r\n]*$/u
/**
 * A line of a plain paragraph: it opens no block and holds nothing inline (no emphasis, code,
 * link, HTML, escape or character reference), so its text is its source. It starts with a
 * letter, digit, quote or parenthesis (not a list number), holds no lone CR, tab or NUL, and
 * ends without white space that could make a hard break.
 */
const plainLine = /^(?!\d{1,9}[.)](?:[ \t]|$))[\p{L}\p{N}"'“‘(][^\\`*_[\]<>&\r\t\0]*(?<![ \t])\r?$/u

/**
 * Split the text into pieces: each paragraph of plain lines after a blank line, outside any code
 * fence or multi-line HTML block (it closes every open container, so it stands alone), and the
 * Markdown between, cut about every `size` characters at the start of an unindented line after
 * a blank one that begins no list item. Every block ends at such a line, so each piece parses as
 * it would in the whole document. A document with a link reference definition is one piece.
 * Throws an `InputError` (without a file) when containers nest deeper than `maxNesting`.
 */
export function markdownPieces(text: string, size = pieceSize): Piece[] {
  const pieces: Piece[] = []
  const whole = definition.test(text)
  /** Columns of the open containers' markers, outermost first. */
  const open: number[] = []
  let inFence: {char: string; length: number} | undefined
  let htmlEnd: RegExp | undefined
  let afterBlank = true
  let pieceStart = 0
  /** The block of lines being read, when it started after a blank line outside fences and HTML. */
  let block: {start: number; end: number; plain: boolean} | undefined
  /** Close the Markdown piece at `end`, unless it holds only blank lines (nothing to parse). */
  const closeMarkdown = (end: number) => {
    if (!blankText.test(text.slice(pieceStart, end))) pieces.push({kind: 'markdown', start: pieceStart, end})
  }
  const endBlock = () => {
    if (block?.plain && !whole) {
      closeMarkdown(block.start)
      pieces.push({kind: 'paragraph', start: block.start, end: block.end})
      pieceStart = block.end
    }
    block = undefined
  }
  let lineNumber = 0
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    lineNumber++
    /** Where the line's text ends, before a CR of its CRLF. */
    const textEnd = line.endsWith('\r') ? end - 1 : end
    const blank = blankLine.test(line)
    if (blank) endBlock()
    else if (block) {
      block.end = textEnd
      block.plain &&= plainLine.test(line)
    }
    if (inFence) {
      const closing = fence.exec(line)
      if (
        closing &&
        closing[1]![0] === inFence.char &&
        closing[1]!.length >= inFence.length &&
        line.slice(closing[0].length).trim() === ''
      )
        inFence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else if (!blank) {
      if (afterBlank) {
        block = {start, end: textEnd, plain: plainLine.test(line)}
        if (!whole && start - pieceStart >= size && /^\S/u.test(line) && !listItemStart.test(line)) {
          closeMarkdown(start)
          pieceStart = start
        }
      }
      checkNesting(line, open, afterBlank, lineNumber)
      const opening = fence.exec(line)
      if (opening) inFence = {char: opening[1]![0]!, length: opening[1]!.length}
      else htmlEnd = htmlBlocks.find(([begin, finish]) => begin.test(line) && !finish.test(line))?.[1]
    }
    afterBlank = blank
    start = end + 1
  }
  endBlock()
  if (pieces.length === 0) pieces.push({kind: 'markdown', start: 0, end: text.length})
  else closeMarkdown(text.length)
  return pieces
}

/**
 * Track how deep the containers of `line` nest: its own markers, on top of the open containers
 * whose markers end left of its first one. A line without markers closes the containers right
 * of its indentation only after a blank line (before that it may be a lazy continuation).
 */
function checkNesting(line: string, open: number[], afterBlank: boolean, lineNumber: number): void {
  const columns = new Columns(line)
  const markers: number[] = []
  containerMarker.lastIndex = 0
  while (markers.length <= maxNesting && containerMarker.exec(line))
    markers.push(columns.at(containerMarker.lastIndex))
  const first = markers[0] ?? columns.at(line.search(/\S/u))
  if (markers.length > 0 || afterBlank) while (open.length > 0 && open.at(-1)! >= first) open.pop()
  open.push(...markers)
  if (open.length > maxNesting)
    throw new InputError(
      `line ${lineNumber}: block quotes and lists nest more than ${maxNesting} deep`,
      `argmap reads up to ${maxNesting} levels of nesting; an essay's structure rarely needs more than a few`
    )
}

/** Display columns of offsets in one line, tab stops every 4 columns; asked in increasing order. */
class Columns {
  private offset = 0
  private column = 0
  constructor(private readonly line: string) {}
  at(offset: number): number {
    for (; this.offset < offset; this.offset++)
      this.column = this.line[this.offset] === '\t' ? this.column + 4 - (this.column % 4) : this.column + 1
    return this.column
  }
}
