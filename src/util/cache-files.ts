// Where argmap keeps what it caches between runs, and how a file there is replaced so that concurrent runs see all of it or none.

import {renameSync, unlinkSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'

/** `$XDG_CACHE_HOME/argmap`, else `~/.cache/argmap`. */
export function argmapCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'argmap')
}

/** Write `data` beside `path` and rename it into place; throws when it cannot be written. */
export function replaceFile(path: string, data: string | NodeJS.ArrayBufferView): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`
  writeFileSync(temporary, data)
  try {
    renameSync(temporary, path)
  } catch {
    removeQuietly(temporary)
  }
}

/** Remove a file that may already be gone (another run removed it, which is what was wanted). */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // Already gone.
  }
}
