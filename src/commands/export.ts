// `argmap export <map>`: a debate forest in any format of the formats registry.

import {counted} from '../util/counted.js'
import {lstat} from 'node:fs/promises'
import type {ExportContext} from '../export/context.js'
import {
  canGroup,
  extensionOf,
  fitsExtension,
  type FormatName,
  formatNames,
  formatOfFile,
  formats
} from '../export/formats.js'
import {forestOf} from '../graph/debate-view.js'
import {hasErrors, loadMap, type LoadOptions} from '../map/load-map.js'
import {outputChalk} from '../render/print.js'
import {brokenMapReport, partialMapReport} from '../render/report.js'
import {InputError, UsageError} from '../util/errors.js'

export interface ExportOptions extends LoadOptions {
  to?: FormatName
  output?: string
  force?: boolean
  group?: 'essay'
}

/**
/**
 * The format to write: `--to`, else the one the output file's extension names, else Markdown on
 * standard output. A file whose extension names no format needs `--to`; a `--to` that
 * contradicts the extension (Markdown into `debate.svg`) is refused: the file would lie about
 * what it holds.
 */
export function chooseFormat(to: FormatName | undefined, output: string | undefined): FormatName {
  if (output === undefined || output === '-') return to ?? 'md'
  const named = formatOfFile(output)
  const extension = extensionOf(output)
  if (to === undefined) {
    if (named) return named
    throw new UsageError(
      `${extension ? `“.${extension}”` : 'a file without an extension'} names no export format; nothing was written`,
      `pass --to ${formatNames.join('|')}, or end the file name with ${[...new Set(formatNames.map(name => `.${formats[name].extensions[0]}`))].join(', ')}`,
      output
    )
  }
  if (named && !fitsExtension(to, output))
    throw new UsageError(
      `--to ${to} contradicts the file's extension “.${extension}”, which is ${named}; nothing was written`,
      `drop --to to write ${named}, or name the file ${output.slice(0, -extension.length)}${formats[to].extensions[0]} to write ${to}`,
      output
    )
  return to
}

/**
 * Export a map; resolves to the exit code. A map with errors exports what is valid, reports the
 * problems and exits 1; nothing is written unless the whole export succeeds.
 */
export async function exportCommand(file: string, options: ExportOptions): Promise<number> {
  const format = chooseFormat(options.to, options.output)
  if (options.group && !canGroup(format))
    throw new UsageError(
      `--group ${options.group} needs a format with sections; ${format} has none`,
      `use --to ${formatNames.filter(canGroup).join(' or ')}`
    )
  const toFile = options.output !== undefined && options.output !== '-' ? options.output : undefined
  // `-o -` is standard output; any other file is checked before the work.
  const writer = toFile ? await import('../util/write-text.js') : undefined
  if (toFile) await writer!.writableTarget(toFile)
  if (toFile && !options.force && (await exists(toFile))) {
    throw new InputError(
      'already exists; nothing was written',
      'pass --force to replace it, or choose another file with -o',
      toFile
    )
  }
  const loaded = await loadMap(file, options)
  const forest = forestOf(loaded)
  if (!forest) {
    process.stderr.write(brokenMapReport(loaded, outputChalk(process.stderr)))
    return 1
  }
  const context: ExportContext = {outFile: toFile, cwd: process.cwd(), group: options.group}
  const text = await (await formats[format].load())(forest, context)
  if (toFile) {
    await writer!.writeText(toFile, text)
    process.stderr.write(`wrote ${toFile} (${format}, ${counted(forest.graph.size, 'link')})\n`)
  } else process.stdout.write(text)
  if (!hasErrors(loaded.problems)) return 0
  process.stderr.write(partialMapReport(loaded, outputChalk(process.stderr)))
  return 1
}

/** Whether anything is at `path`, a dangling link included. */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}
