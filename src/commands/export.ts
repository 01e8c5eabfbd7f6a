// `argmap export <map>`: a debate forest as Markdown, JSON, Argdown, AIF, DOT, SVG or GraphML.

import {access} from 'node:fs/promises'
import type {ExportContext} from '../export/context.js'
import {formats} from '../export/formats.js'
import {forestOf} from '../graph/debate-view.js'
import {loadMap, type LoadOptions} from '../map/load-map.js'
import {writeText} from '../util/write-text.js'
import {outputChalk} from '../render/print.js'
import {brokenMapReport} from '../render/report.js'
import {InputError} from '../util/errors.js'

export interface ExportOptions extends LoadOptions {
  to: string
  output?: string
  force?: boolean
}

/** Export a map; resolves to the exit code. Nothing is written unless the whole export succeeds. */
export async function exportCommand(file: string, options: ExportOptions): Promise<number> {
  if (options.output && !options.force && (await exists(options.output))) {
    throw new InputError(
      'already exists; nothing was written',
      'pass --force to replace it, or choose another file with -o',
      options.output
    )
  }
  const loaded = await loadMap(file, options)
  const forest = forestOf(loaded)
  if (!forest) {
    process.stderr.write(brokenMapReport(loaded, outputChalk(process.stderr)))
    return 1
  }
  const context: ExportContext = {outFile: options.output, cwd: process.cwd()}
  let text: string
  try {
    text = await formats[options.to]!.run(forest, context)
  } catch (thrown) {
    // Nested formats (Markdown lists, JSON trees) are written recursively, as their libraries do.
    if (!(thrown instanceof RangeError)) throw thrown
    throw new InputError(
      `a debate nests too deeply to export as ${options.to}; nothing was written`,
      'graphml and aif export the graph flat, at any depth',
      file
    )
  }
  if (options.output) {
    await writeText(options.output, text)
    process.stderr.write(`wrote ${options.output} (${options.to}, ${forest.graph.size} links)\n`)
  } else process.stdout.write(text)
  return 0
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
