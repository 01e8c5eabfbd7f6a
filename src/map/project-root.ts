// Finds the folder a map may read from: its project (nearest .git or package.json), else the
// folder holding its `maps/` folder, else the map's own folder.

import {existsSync} from 'node:fs'
import {basename, dirname, isAbsolute, join, relative} from 'node:path'

/** The folder maps conventionally live in: its parent is the project when nothing marks one. */
const mapsFolder = 'maps'

/**
 * The project of a map in `folder`: the nearest enclosing folder that holds `.git` or
 * `package.json`; else, for a map in a `maps/` folder, the folder that holds it (a researcher's
 * `essays/` + `maps/`); else `folder` itself. Only where the map lies counts, never what it says.
 */
export function projectRoot(folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git')) || existsSync(join(current, 'package.json'))) return current
    if (dirname(current) === current) break
  }
  return basename(folder) === mapsFolder ? dirname(folder) : folder
}

/** Whether `path` lies inside `root` (both real, absolute paths). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
