// Serializes edits of one file across processes: an advisory lock held around read, check and write.

import lockfile from 'proper-lockfile'
import {InputError} from './errors.js'
import {describeFsError, writeHint} from './fs-errors.js'

/** A lock not refreshed for this long belongs to a process that died: it is taken over. */
const stale = 10_000
/** How long to wait for another edit of the same file before refusing. */
const patience = {retries: 60, factor: 1.3, minTimeout: 25, maxTimeout: 500}

/** The advisory lock beside `file` while an edit runs: `maps/debate.yaml` → `maps/debate.yaml.lock` (a folder). */
export const editLockPath = (file: string) => `${file}.lock`

/**
 * Run `edit` while holding the edit lock of `file`, waiting for other argmap processes editing
 * it; refuse clearly when they take too long. The lock is released however `edit` ends.
 */
export async function withEditLock<Result>(file: string, edit: () => Promise<Result>): Promise<Result> {
  let release: () => Promise<void>
  let compromised: Error | undefined
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: editLockPath(file),
      stale,
      retries: patience,
      onCompromised: error => {
        compromised = error
      }
    })
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new InputError(
        'another argmap command is editing this map and did not finish in time; nothing was written',
        `run the command again; if no argmap is running, remove the folder ${editLockPath(file)}`,
        file
      )
    throw new InputError(`cannot be locked for editing: ${describeFsError(thrown)}`, writeHint(thrown), file)
  }
  try {
    const result = await edit()
    if (compromised) throw compromised
    return result
  } finally {
    await release().catch(() => undefined)
  }
}
