import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/seeds.js'

const shared = `${root}../shared/seeds/`

/** The user's five essays as they gave them: any change to a byte is a change to their data. */
const seedDigests = {
  '000_72f9c9affa5958ed.txt': '23f7027b182f2e0fdfefa9cbb438573af08b5285ed6f20e6e69e7da277ef0f50',
  '001_d86fc2dd343f6138.txt': 'da8ca92b9a1461a849d713281831026a2b27bd1bfa2e7e89bcffc272f460f9f5',
  '002_8b5a276f637f064e.txt': '1c43db9bf3e5896c3d9004a7432d2bd80dc4fa4be73d9794ecb6a5a240b6ed0d',
  '003_d3c959c4b23a4e9b.txt': 'c89b072f0e539d7fd41b2208e7ffcd7d5fc621bb62411549a57f27a6bd017a0b',
  '004_05e42094a4f5aeff.txt': '8d4b2f94b83f7a3dc64691cbcf0ddc66bdd6edd2d98826164b9eb5af2b3a256a'
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('seeds/', () => {
  it('holds the user’s five essays, byte for byte', () => {
    const names = readdirSync(`${root}seeds`).sort()
    expect(names).toEqual(Object.keys(seedDigests))
    for (const name of names)
      expect([name, sha256(readFileSync(`${root}seeds/${name}`))]).toEqual([
        name,
        seedDigests[name as keyof typeof seedDigests]
      ])
  })

  it.runIf(existsSync(shared))('matches ../shared/seeds, where that copy is present', () => {
    const names = readdirSync(shared).sort()
    expect(readdirSync(`${root}seeds`).sort()).toEqual(names)
    for (const name of names)
      expect(readFileSync(`${root}seeds/${name}`).equals(readFileSync(shared + name))).toBe(true)
  })
})
