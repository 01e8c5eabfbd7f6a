// Prints rows as plain text, coloured only when the output supports colour.

import {Chalk, supportsColor, type ChalkInstance} from 'chalk'
import {wrapRow, type Line, type Row} from './layout.js'

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

/** The rows as text, wrapped to `width`, one line per array entry joined with newlines. */
export function printRows(rows: Row[], width: number, chalk: ChalkInstance): string {
  return `${rows.flatMap(row => wrapRow(row, width).map(line => paintLine(line, chalk))).join('\n')}\n`
}

/** Width for print mode: `--width`, else the terminal's, else 80. */
export function outputWidth(requested?: number, stream: NodeJS.WriteStream = process.stdout): number {
  return requested ?? (stream.isTTY && stream.columns ? stream.columns : 80)
}
