// `argmap show <file>`: an essay's claims, or a map's debate trees.

import {counted} from '../util/counted.js'
import {readEssay} from '../essay/read-essay.js'
import {kindOf} from '../util/file-kinds.js'
import {forestToJson} from '../export/json.js'
import {forestOf, type DebateForest} from '../graph/debate-view.js'
import {hasErrors, loadMap, type LoadOptions} from '../map/load-map.js'
import {watchMap} from '../map/watch-map.js'
import {brokenMapReport, firstErrorNotice, partialMapReport} from '../render/report.js'
import {prepareInteractiveTerminal} from '../render/terminal-mode.js'
import {forestRowStream, speakerRows} from '../render/tree-rows.js'
import {safeJson, safeJsonPieces, sanitizeLine} from '../util/sanitize.js'
import {essayHeader, essayRows} from '../render/essay-rows.js'
import {outputChalk, outputWidth, printedLines, writeLines, writePieces} from '../render/print.js'

export interface ShowOptions {
  print?: boolean
  json?: boolean
  showDropped?: boolean
  width?: number
  /** Show grounded labels (on unless --no-labels). */
  labels?: boolean
  /** Redraw a map when it or its essays change. */
  watch?: boolean
}

/** Whether to draw the interactive view: both ends are a terminal and print was not asked for. */
export function isInteractive(options: ShowOptions): boolean {
  return !options.print && !options.json && Boolean(process.stdout.isTTY && process.stdin.isTTY)
}

/** `show` on a map draws its debate trees; on an essay, its claims; anything else is refused. */
export async function showCommand(file: string, options: ShowOptions & LoadOptions): Promise<number> {
  if (kindOf(file) === 'map') return showMap(file, options)
  await showEssay(file, options)
  return 0
}

async function showMap(file: string, options: ShowOptions & LoadOptions): Promise<number> {
  if (options.watch && isInteractive(options)) {
    prepareInteractiveTerminal()
    const {runWatchApp} = await import('../render/ink/watch-app.js')
    await runWatchApp(file, options)
    return 0
  }
  if (options.watch) return printWatching(file, options)
  const loaded = await loadMap(file, options)
  const forest = forestOf(loaded)
  if (!forest) {
    process.stderr.write(brokenMapReport(loaded, outputChalk(process.stderr)))
    return 1
  }
  // With errors, what is valid is still shown; the problems go to standard error, and the exit code is 1.
  const failed = hasErrors(loaded.problems) ? 1 : 0
  if (options.json) {
    writePieces(safeJsonPieces(forestToJson(forest)))
    process.stdout.write('\n')
  } else if (isInteractive(options)) {
    prepareInteractiveTerminal()
    const {runForestApp} = await import('../render/ink/forest-app.js')
    await runForestApp(forest, loaded.file, firstErrorNotice(loaded))
  } else writeLines(forestLines(forest, loaded.file, options))
  if (failed) process.stderr.write(partialMapReport(loaded, outputChalk(process.stderr)))
  else if (loaded.problems.length > 0 && !options.json) {
    const warnings = loaded.problems.length
    process.stderr.write(
      `${loaded.file}: ${counted(warnings, 'warning')}; argmap check ${loaded.file} shows them\n`
    )
  }
  return failed
}

function printForest(forest: DebateForest, file: string, options: ShowOptions): string {
  return `${[...forestLines(forest, file, options)].join('\n')}\n`
}

/** The forest's printed lines, laid out and wrapped as they are asked for. */
function* forestLines(forest: DebateForest, file: string, options: ShowOptions): Generator<string> {
  const title = [
    {key: 'title', indent: 0, spans: [{text: sanitizeLine(forest.title ?? file), bold: true}]},
    {key: 'gap', indent: 0, spans: []}
  ]
  const width = outputWidth(options.width)
  const chalk = outputChalk()
  yield* printedLines(title, width, chalk)
  yield* printedLines(forestRowStream(forest, {labels: options.labels, searchable: false}), width, chalk)
  yield* printedLines(speakerRows(forest.speakers), width, chalk)
}

/** `--watch` when not in a terminal: print the forest, or the diagnostics, after every change, until interrupted. */
function printWatching(file: string, options: ShowOptions & LoadOptions): Promise<number> {
  // Never resolves: the process ends on Ctrl-C (SIGINT), as a watcher should.
  return new Promise(() => {
    watchMap(file, options, state => {
      const chalk = outputChalk()
      const stamp = `── ${new Date().toLocaleTimeString()} ──\n`
      if (state.error)
        process.stdout.write(
          `${stamp}argmap: ${sanitizeLine(state.error.line)}\nwaiting for the map to change or come back; Ctrl-C stops\n`
        )
      else {
        const forest = forestOf(state.loaded)
        process.stdout.write(
          stamp +
            (forest
              ? printForest(forest, state.loaded.file, options) + partialMapReport(state.loaded, chalk)
              : brokenMapReport(state.loaded, chalk))
        )
      }
    })
  })
}

export async function showEssay(file: string, options: ShowOptions & LoadOptions): Promise<void> {
  const {essay} = await readEssay(file, {cache: options.cache})
  if (options.json) {
    process.stdout.write(`${safeJson(essay)}\n`)
    return
  }
  if (isInteractive(options)) {
    prepareInteractiveTerminal()
    const {runEssayApp} = await import('../render/ink/essay-app.js')
    return runEssayApp(essay, options.showDropped)
  }
  const rows = [
    ...essayHeader(essay),
    {key: 'gap', indent: 0, spans: []},
    ...essayRows(essay, {showDropped: options.showDropped})
  ]
  writeLines(printedLines(rows, outputWidth(options.width), outputChalk()))
}
