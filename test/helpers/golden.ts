// Golden files: compare output with test/golden/<name>; UPDATE_GOLDEN=1 rewrites them (review the diff).

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {expect} from 'vitest'
import {root} from './seeds.js'

export function golden(name: string, actual: string): void {
  const path = `${root}test/golden/${name}`
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
