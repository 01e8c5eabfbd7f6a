// Prints vfile messages as a reporter does: file:line:column, severity, message, rule, a code frame and a hint.

import {counted} from '../util/counted.js'
import type {ChalkInstance} from 'chalk'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {LoadedMap} from '../map/load-map.js'
import {problemsToVFile} from '../map/to-vfile.js'
import {sanitize, sanitizeLine} from '../util/sanitize.js'

/** One diagnostic as scripts read it (`--json`). */
export interface DiagnosticJson {
  file: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  severity: 'error' | 'warning'
  rule: string | null
  message: string
  hint: string | null
}

export function messagesToJson(file: VFile): DiagnosticJson[] {
  return file.messages.map(message => ({
    file: message.file || file.path,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    severity: message.fatal ? 'error' : 'warning',
    rule: message.ruleId ?? null,
    message: message.reason,
    hint: message.note ?? null
  }))
}

/** Counts in words: "2 errors, 1 warning". */
export function summary(file: VFile): string {
  const errors = file.messages.filter(message => message.fatal).length
  const warnings = file.messages.length - errors
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`
}

/** The report of every message, with code frames from the file's text. */
export function reportMessages(file: VFile, chalk: ChalkInstance): string {
  const lines = String(file.value).split(/\r?\n/u)
  const blocks = file.messages.map(message => reportOne(message, file, lines, chalk))
  return blocks.join('\n') + (blocks.length > 0 ? '\n' : '')
}

function reportOne(message: VFileMessage, file: VFile, lines: string[], chalk: ChalkInstance): string {
  const where = `${message.file || file.path}${message.line ? `:${message.line}:${message.column}` : ''}`
  const severity = message.fatal ? chalk.red.bold('error') : chalk.yellow.bold('warning')
  const out = [
    `${chalk.bold(sanitizeLine(where))}: ${severity}: ${sanitizeLine(message.reason)}${message.ruleId ? chalk.dim(`  [${message.ruleId}]`) : ''}`
  ]
  if (message.line && (!message.file || message.file === file.path))
    out.push(...codeFrame(lines, message, chalk))
  if (message.note) out.push(`  ${chalk.cyan('hint:')} ${sanitizeLine(message.note)}`)
  return out.join('\n')
}

/** The line before, the line itself with carets under the range, as code frames show them. */
function codeFrame(lines: string[], message: VFileMessage, chalk: ChalkInstance): string[] {
  const line = message.line!
  const column = message.column ?? 1
  const end =
    message.place && 'end' in message.place && message.place.end.line === line
      ? message.place.end.column
      : column + 1
  const gutter = String(line + 1).length
  const show = (number: number, marker: string) => {
    const text = sanitize((lines[number - 1] ?? '').replace(/\t/gu, ' '))
    return `  ${marker} ${String(number).padStart(gutter)} | ${text.length > 160 ? `${text.slice(0, 157)}…` : text}`
  }
  const frame = []
  if (line > 1) frame.push(chalk.dim(show(line - 1, ' ')))
  frame.push(show(line, chalk.red('>')))
  frame.push(
    `    ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, column - 1))}${chalk.red('^'.repeat(Math.max(1, end - column)))}`
  )
  return frame
}

/** The diagnostics of a map that cannot be read, and a last line that says so. */
export function brokenMapReport(loaded: LoadedMap, chalk: ChalkInstance): string {
  return (
    reportMessages(problemsToVFile(loaded.file, loaded.text, loaded.problems), chalk) +
    `${loaded.file}: not shown, fix the errors above first\n`
  )
}

/** One line for a map shown in part: how many errors, and that what they touch is left out. */
export function partialNotice(loaded: LoadedMap): string | undefined {
  const errors = loaded.problems.filter(problem => problem.severity === 'error').length
  if (errors === 0) return undefined
  return `${loaded.file}: ${counted(errors, 'error')}; the links and claims they touch are left out (argmap check ${loaded.file} lists them)`
}

/** For a view that shows a map in part: the first error, where it is, and how many more there are. */
export function firstErrorNotice(loaded: LoadedMap): string | undefined {
  const errors = loaded.problems.filter(problem => problem.severity === 'error')
  const first = errors[0]
  if (!first) return undefined
  const where = [first.file, first.start && `line ${first.start.line}:${first.start.column}`]
    .filter(Boolean)
    .join(' ')
  const more = errors.length > 1 ? ` · ${errors.length - 1} more error${errors.length > 2 ? 's' : ''}` : ''
  return `${where ? `${where}: ` : ''}error: ${first.message}; what it touches is left out${more} · argmap check lists every problem`
}

/** The diagnostics of a map shown in part (every problem, and the notice), or '' when it has no error. */
export function partialMapReport(loaded: LoadedMap, chalk: ChalkInstance): string {
  const notice = partialNotice(loaded)
  if (!notice) return ''
  return `${reportMessages(problemsToVFile(loaded.file, loaded.text, loaded.problems), chalk)}${chalk.red(notice)}\n`
}
