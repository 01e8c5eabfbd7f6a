import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {root} from '../helpers/seeds.js'

let dir: string
let cache: string
const env = () => ({XDG_CACHE_HOME: cache})
const entries = () => readdirSync(join(cache, 'argmap')).filter(name => name.endsWith('.json'))

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'argmap-cache-'))
  cache = join(dir, 'cache')
  writeFileSync(
    join(dir, 'essay.txt'),
    'A Short Essay\n\nby Ann Writer on 01/02/2012\n\nMeetings waste time. Managers should cancel them.\n'
  )
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const show = (...args: string[]) => argmap(['show', join(dir, 'essay.txt'), '--json', ...args], {env: env()})
const claims = (run: {stdout: string}) =>
  (JSON.parse(run.stdout) as {claims: Array<{text: string}>}).claims.map(claim => claim.text)

/** Change the first claim's text inside the only cache entry: what a run prints then shows whether it read the cache. */
function tamper() {
  const [name] = entries()
  const file = join(cache, 'argmap', name!)
  const stored = JSON.parse(readFileSync(file, 'utf8'))
  stored.essay.claims[0].text = 'Read from the cache.'
  writeFileSync(file, JSON.stringify(stored))
}

describe('the parse cache', () => {
  it('reads an unchanged essay back instead of parsing it', () => {
    const first = show()
    expect(first.status).toBe(0)
    expect(claims(first)).toEqual(['Meetings waste time.', 'Managers should cancel them.'])
    expect(entries()).toHaveLength(1)
    tamper()
    expect(claims(show())[0]).toBe('Read from the cache.')
  })

  it('parses an edited essay afresh', () => {
    show()
    tamper()
    writeFileSync(
      join(dir, 'essay.txt'),
      'A Short Essay\n\nby Ann Writer on 01/02/2012\n\nMeetings save time. Managers should cancel them.\n'
    )
    expect(claims(show())[0]).toBe('Meetings save time.')
    expect(entries()).toHaveLength(2)
  })

  it('ignores a corrupt entry and replaces it', () => {
    show()
    const [name] = entries()
    for (const garbage of ['{"key": "', '{"key": "other", "essay": {}}', '[]', '']) {
      writeFileSync(join(cache, 'argmap', name!), garbage)
      const run = show()
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      expect(claims(run)).toEqual(['Meetings waste time.', 'Managers should cancel them.'])
      expect(JSON.parse(readFileSync(join(cache, 'argmap', name!), 'utf8')).key).toBe(name!.slice(0, -5))
    }
  })

  it('is bypassed by --no-cache, which neither reads nor writes it', () => {
    expect(show('--no-cache').status).toBe(0)
    expect(() => readdirSync(join(cache, 'argmap'))).toThrow()
    show()
    tamper()
    expect(claims(show('--no-cache'))[0]).toBe('Meetings waste time.')
  })

  it('serves a map’s essays, and check --no-cache parses them', () => {
    const map = join(root, 'maps/social-media.yaml')
    const first = argmap(['show', map, '--print'], {env: env()})
    expect(first.status).toBe(0)
    expect(entries()).toHaveLength(5)
    expect(argmap(['show', map, '--print'], {env: env()}).stdout).toBe(first.stdout)
    expect(argmap(['check', map, '--no-cache'], {env: env()}).status).toBe(0)
  })

  it('keeps within its bound, evicting the oldest entries', () => {
    const map = join(root, 'maps/social-media.yaml')
    // Room for about two of the five flagship essays.
    const bound = 60_000
    const run = argmap(['show', map, '--print'], {env: {...env(), ARGMAP_CACHE_MAX_BYTES: String(bound)}})
    expect(run.status).toBe(0)
    const kept = entries()
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(5)
    const total = kept.reduce((sum, name) => sum + statSync(join(cache, 'argmap', name)).size, 0)
    expect(total).toBeLessThanOrEqual(bound)
  })

  it('stays whole when many runs fill it at once', async () => {
    const runs = await Promise.all(
      Array.from(
        {length: 8},
        () =>
          new Promise<{status: number | null; stdout: string}>(resolve => {
            const child = spawn(
              process.execPath,
              [`${root}bin/argmap.js`, 'show', join(dir, 'essay.txt'), '--json'],
              {env: {...process.env, ...env()}}
            )
            let stdout = ''
            child.stdout.on('data', chunk => {
              stdout += chunk
            })
            child.on('close', status => resolve({status, stdout}))
          })
      )
    )
    for (const run of runs) {
      expect(run.status).toBe(0)
      expect(claims(run)).toEqual(['Meetings waste time.', 'Managers should cancel them.'])
    }
    // One whole entry, no temporary file left behind (beside the entries, only the compiled code's
    // folder, holding whole files), and the next run reads it.
    expect(readdirSync(join(cache, 'argmap')).filter(name => name !== 'code')).toEqual(entries())
    expect(readdirSync(join(cache, 'argmap', 'code')).every(name => name.endsWith('.v8'))).toBe(true)
    expect(entries()).toHaveLength(1)
    tamper()
    expect(claims(show())[0]).toBe('Read from the cache.')
  })
})
