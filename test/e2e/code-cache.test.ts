import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'

let cache: string
const codeFolder = () => join(cache, 'argmap', 'code')
const codeFiles = () => (existsSync(codeFolder()) ? readdirSync(codeFolder()) : [])
const show = (...args: string[]) =>
  argmap(['show', 'maps/social-media.yaml', '--print', ...args], {env: {XDG_CACHE_HOME: cache}})

beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'argmap-code-cache-'))
})
afterEach(() => rmSync(cache, {recursive: true, force: true}))

describe('the code cache', () => {
  it('is stored by a first run and read by the next, which prints the same', () => {
    const first = show()
    expect(first.status).toBe(0)
    expect(codeFiles()).toEqual([expect.stringMatching(/^cli-.+\.v8$/u)])
    const [name] = codeFiles()
    const stored = readFileSync(join(codeFolder(), name!))
    const second = show()
    expect(second).toEqual(first)
    // Read, not replaced.
    expect(readFileSync(join(codeFolder(), name!))).toEqual(stored)
  })

  it.each([
    ['garbage', () => Buffer.from('not V8 code at all')],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    [
      'flipped bytes',
      (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => (index % 97 === 50 ? ~byte : byte)))
    ]
  ])('ignores a corrupt cache (%s) and replaces it', (_, corrupt) => {
    const first = show()
    const [name] = codeFiles()
    const file = join(codeFolder(), name!)
    const good = readFileSync(file)
    const bad = corrupt(good)
    writeFileSync(file, bad)
    const again = show()
    expect(again).toEqual(first)
    expect(readFileSync(file).equals(bad)).toBe(false)
  })

  it('is neither read nor written with --no-cache', () => {
    const first = show('--no-cache')
    expect(first.status).toBe(0)
    expect(codeFiles()).toEqual([])
    show()
    const [name] = codeFiles()
    const file = join(codeFolder(), name!)
    writeFileSync(file, 'not V8 code at all')
    expect(show('--no-cache')).toEqual(first)
    expect(readFileSync(file, 'utf8')).toBe('not V8 code at all')
  })

  it('drops the code of other builds when it stores its own', () => {
    mkdirSync(codeFolder(), {recursive: true})
    writeFileSync(join(codeFolder(), 'cli-0.0.1+0123456789abcdef-v20.0.0-x64.v8'), 'old')
    expect(show().status).toBe(0)
    expect(codeFiles()).toEqual([expect.stringMatching(/^cli-.+\.v8$/u)])
    expect(codeFiles()[0]).not.toContain('0123456789abcdef')
  })

  it('caches the libraries a path loads beside the CLI, and the path works from the cache', () => {
    const markdown = () =>
      argmap(['export', 'maps/social-media.yaml', '--to', 'md'], {env: {XDG_CACHE_HOME: cache}})
    const first = markdown()
    expect(first.status).toBe(0)
    expect(codeFiles().some(name => name.startsWith('mdast-util-to-markdown-'))).toBe(true)
    expect(markdown()).toEqual(first)
  })
})
