import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {golden, goldenPath} from './helpers/golden.js'

describe('golden files', () => {
  it.skipIf(process.env.UPDATE_GOLDEN)('fail when the golden file is missing, and write nothing', () => {
    const name = 'no-such-golden.txt'
    expect(() => golden(name, 'anything')).toThrow(/golden file test\/golden\/no-such-golden\.txt is missing/)
    expect(existsSync(goldenPath(name))).toBe(false)
  })
})
