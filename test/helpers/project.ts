// Scratch projects for tests that edit maps: the fixture essays and a map in a temporary folder.

import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {root} from './seeds.js'
import {tempDir} from './temp.js'

/** A project folder with `essays/alpha.txt`, `essays/beta.txt` and `maps/map.yaml` (a copy of `map`). */
export function scratchProject(map = 'good') {
  const dir = tempDir('project')
  mkdirSync(join(dir, 'essays'))
  mkdirSync(join(dir, 'maps'))
  writeFileSync(join(dir, 'package.json'), '{}')
  for (const name of ['alpha', 'beta', 'gamma'])
    copyFileSync(`${root}test/fixtures/essays/${name}.txt`, join(dir, 'essays', `${name}.txt`))
  copyFileSync(`${root}test/fixtures/maps/${map}.yaml`, join(dir, 'maps', 'map.yaml'))
  return {
    dir,
    map: join(dir, 'maps', 'map.yaml'),
    essay: (name: string) => join(dir, 'essays', `${name}.txt`)
  }
}
