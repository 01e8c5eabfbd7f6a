// `argmap show <file>`: an essay's claims, or a map's debate trees.

import {readEssay} from '../essay/read-essay.js'
import {essayHeader, essayRows} from '../render/essay-rows.js'
import {outputChalk, outputWidth, printRows} from '../render/print.js'
import {UsageError} from '../util/errors.js'

export interface ShowOptions {
  print?: boolean
  json?: boolean
  showDropped?: boolean
  width?: number
}

/** Whether to draw the interactive view: both ends are a terminal and print was not asked for. */
export function isInteractive(options: ShowOptions): boolean {
  return !options.print && !options.json && Boolean(process.stdout.isTTY && process.stdin.isTTY)
}

export async function showEssay(file: string, options: ShowOptions): Promise<void> {
  const {essay} = await readEssay(file)
  if (options.json) {
    process.stdout.write(JSON.stringify(essay, null, 2) + '\n')
    return
  }
  if (isInteractive(options)) {
    const {runEssayApp} = await import('../render/ink/essay-app.js')
    return runEssayApp(essay, options.showDropped)
  }
  const rows = [...essayHeader(essay), {key: 'gap', indent: 0, spans: []}, ...essayRows(essay, {showDropped: options.showDropped})]
  process.stdout.write(printRows(rows, outputWidth(options.width), outputChalk()))
}

/** Parse `--width`: a whole number of columns from 20 up. */
export function parseWidth(value: string): number {
  const width = Number(value)
  if (!Number.isInteger(width) || width < 20 || width > 1000) throw new UsageError(`--width takes a whole number of columns from 20 to 1000, not “${value}”`)
  return width
}
