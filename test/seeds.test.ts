import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/seeds.js'

const shared = `${root}../shared/seeds/`

describe('seeds/', () => {
  it.runIf(existsSync(shared))('holds the user’s essays unchanged', () => {
    const names = readdirSync(shared).sort()
    expect(readdirSync(`${root}seeds`).sort()).toEqual(names)
    for (const name of names)
      expect(readFileSync(`${root}seeds/${name}`).equals(readFileSync(shared + name))).toBe(true)
  })
})
