// Files of argmap's own installation (package.json, the schema), found above this module.

import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The nearest `path` above this module that `accept`s, whether argmap runs bundled (dist/) or not (src/). */
export function installedFile(path: string, accept: (file: string) => boolean = () => true): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const file = join(folder, path)
    if (existsSync(file) && accept(file)) return file
    if (dirname(folder) === folder) throw new Error(`argmap’s ${path} is missing from its installation`)
  }
}

/** argmap's version, from its package.json: the one place it is written. */
export function packageVersion(): string {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as {name?: string; version?: string}
  return read(installedFile('package.json', file => read(file).name === 'argmap')).version ?? '0.0.0'
}
