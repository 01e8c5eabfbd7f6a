// Finds the folder a map may read from: its project (nearest .git or package.json), else its own folder.

import {existsSync} from 'node:fs'
import {dirname, join, relative, isAbsolute} from 'node:path'

/** The nearest enclosing folder of `folder` that holds `.git` or `package.json`, else `folder`. */
export function projectRoot(folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git')) || existsSync(join(current, 'package.json'))) return current
    if (dirname(current) === current) return folder
  }
}

/** Whether `path` lies inside `root` (both real, absolute paths). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
