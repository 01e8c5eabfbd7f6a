// `argmap check <map>`: every problem of a map at once; `--fix` re-points drifted links.

import {counted} from '../util/counted.js'
import {loadMap, hasErrors, type LoadedMap} from '../map/load-map.js'
import {problemsToVFile} from '../map/to-vfile.js'
import {withEditLock} from '../util/edit-lock.js'
import {safeJson} from '../util/sanitize.js'
import {outputChalk} from '../render/print.js'
import {messagesToJson, reportMessages, summary} from '../render/report.js'

export interface CheckOptions {
  json?: boolean
  fix?: boolean
  allowOutside?: boolean
}

/** Check a map; resolves to the exit code (1 when there is an error). */
export async function checkCommand(file: string, options: CheckOptions): Promise<number> {
  const loaded = options.fix
    ? await withEditLock(file, () => fix(file, options))
    : await loadMap(file, options)
  return report(loaded, options)
}

/** Load the map and apply its fixes; the map as it is after them. */
async function fix(file: string, options: CheckOptions): Promise<LoadedMap> {
  const loaded = await loadMap(file, options)
  if (!loaded.read) return loaded
  const {applyFixes} = await import('../map/fix-map.js')
  const fixed = await applyFixes(loaded)
  if (!fixed.changed) return loaded
  process.stderr.write(fixed.description)
  return loadMap(file, options)
}

function report(loaded: LoadedMap, options: CheckOptions): number {
  const vfile = problemsToVFile(loaded.file, loaded.text, loaded.problems)
  if (options.json) {
    process.stdout.write(
      `${safeJson({file: loaded.file, ok: !hasErrors(loaded.problems), diagnostics: messagesToJson(vfile)})}\n`
    )
  } else {
    const chalk = outputChalk(process.stderr)
    process.stderr.write(reportMessages(vfile, chalk))
    const line = `${loaded.file}: ${summary(vfile)}${loaded.read ? ` (${counted(loaded.map.links.length, 'link')} over ${counted(loaded.essays.length, 'essay')})` : ''}`
    process.stderr.write(`${hasErrors(loaded.problems) ? chalk.red(line) : chalk.green(line)}\n`)
    const unrecorded = loaded.read ? loaded.unrecorded() : 0
    if (unrecorded > 0 && !options.fix) {
      process.stderr.write(
        chalk.dim(
          `${unrecorded} linked claim${unrecorded === 1 ? ' has' : 's have'} no recorded text: argmap check --fix records them, so that later edits of the essays are noticed\n`
        )
      )
    }
  }
  return hasErrors(loaded.problems) ? 1 : 0
}
