// Golden files: compare output with test/golden/<name>; UPDATE_GOLDEN=1 writes them (review the diff).

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {expect} from 'vitest'
import {root} from './seeds.js'

/** Where a golden file lives. */
export const goldenPath = (name: string) => `${root}test/golden/${name}`

/** Expect `actual` to equal the golden file `name`; a missing golden fails unless UPDATE_GOLDEN=1. */
export function golden(name: string, actual: string): void {
  const path = goldenPath(name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual)
  else if (!existsSync(path))
    expect.fail(
      `the golden file test/golden/${name} is missing; UPDATE_GOLDEN=1 npm test writes it (review it)`
    )
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
