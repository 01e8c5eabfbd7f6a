// Prints rows as plain text, coloured only when the output supports colour.

import {Chalk, supportsColor, type ChalkInstance} from 'chalk'
import {wrapPlain, wrapRow, type Line, type Row} from './layout.js'

/** Chalk for standard output: no colour when NO_COLOR is set or the stream has none. */
export function outputChalk(stream: NodeJS.WriteStream = process.stdout): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== ''
  const level = noColor
    ? 0
    : stream.isTTY || process.env.FORCE_COLOR
      ? supportsColor
        ? supportsColor.level
        : 0
      : 0
  return new Chalk({level})
}

/** Draw one wrapped line with chalk. */
export function paintLine(line: Line, chalk: ChalkInstance): string {
  return line
    .map(span => {
      let paint = chalk
      if (span.color) paint = paint[span.color as 'cyan'] ?? paint
      if (span.bold) paint = paint.bold
      if (span.dim) paint = paint.dim
      if (span.italic) paint = paint.italic
      if (span.inverse) paint = paint.inverse
      return paint === chalk ? span.text : paint(span.text)
    })
    .join('')
    .trimEnd()
}

/** The rows' lines one at a time, wrapped to `width` and painted. */
export function* printedLines(rows: Iterable<Row>, width: number, chalk: ChalkInstance): Generator<string> {
  // Without colour, styles change nothing: the text alone (a million lines print without a span or a chalk call).
  if (chalk.level === 0) for (const row of rows) yield* wrapPlain(row, width)
  else for (const row of rows) for (const line of wrapRow(row, width)) yield paintLine(line, chalk)
}

/** Write lines to standard output as `writePieces` does, each ended by a line break. */
export function writeLines(lines: Iterable<string>): void {
  const output = outputBuffer()
  for (const line of lines) {
    output.add(line)
    output.add('\n')
  }
  output.end()
}

/**
 * Write text to standard output in pieces of about 64 KB: a forest of any size is printed while
 * it is laid out, never held whole (writes to pipes and files are synchronous on Node).
 */
export function writePieces(pieces: Iterable<string>): void {
  const output = outputBuffer()
  for (const text of pieces) output.add(text)
  output.end()
}

/** Bytes gathered before a write. */
const pieceBytes = 2 ** 16

/**
 * Text encoded as UTF-8 straight into a buffer as it comes, written when the buffer is full: 100 MB
 * of output is neither joined into large strings nor converted again by the stream.
 */
function outputBuffer(): {add(text: string): void; end(): void} {
  // A UTF-16 code unit takes at most three bytes, so a text of n units fits in 3n bytes.
  const size = 4 * pieceBytes
  let buffer = Buffer.allocUnsafe(size)
  let used = 0
  const flush = () => {
    if (used > 0) process.stdout.write(buffer.subarray(0, used))
    // A new buffer each time: the stream may still hold the one just written.
    buffer = Buffer.allocUnsafe(size)
    used = 0
  }
  return {
    add(text) {
      if (used + 3 * text.length > size) flush()
      if (3 * text.length > size) process.stdout.write(text)
      else used += buffer.write(text, used)
      if (used >= pieceBytes) flush()
    },
    end() {
      if (used > 0) process.stdout.write(buffer.subarray(0, used))
    }
  }
}

/** Width for print mode: `--width`, else the terminal's, else 80. */
export function outputWidth(requested?: number, stream: NodeJS.WriteStream = process.stdout): number {
  return requested ?? (stream.isTTY && stream.columns ? stream.columns : 80)
}
