// Global setup: every CLI that the tests run keeps its parse cache in a temporary folder, removed at the end.

import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-test-cache-'))
  process.env.XDG_CACHE_HOME = dir
  return () => rmSync(dir, {recursive: true, force: true})
}
