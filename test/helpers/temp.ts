// Temporary folders for tests, removed when the test (or the file, for a shared one) finishes.

import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, onTestFinished} from 'vitest'

const remove = (dir: string) => () => rmSync(dir, {recursive: true, force: true})

/** A new folder `argmap-<name>-*` in the system's temp folder, removed when the current test ends. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `argmap-${name}-`))
  onTestFinished(remove(dir))
  return dir
}

/** A folder for a whole test file (created at import), removed after its last test. */
export function fileTempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `argmap-${name}-`))
  afterAll(remove(dir))
  return dir
}
