import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {type CheckedMap, loadMap} from '../../src/map/load-map.js'
import {root} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

const fixture = (name: string) => `${root}test/fixtures/maps/${name}.yaml`

/** A map that was read (and so can be fixed). */
async function checked(file: string): Promise<CheckedMap> {
  const loaded = await loadMap(file)
  if (!loaded.read) throw new Error(`${file} could not be read`)
  return loaded
}

/** Each problem as `line:column severity rule: message`, with its hint. */
async function diagnose(file: string, options = {}) {
  const loaded = await loadMap(file, options)
  return loaded.problems.map(problem => ({
    at: `${problem.start?.line}:${problem.start?.column}`,
    severity: problem.severity,
    rule: problem.rule,
    message: problem.message,
    hint: problem.hint
  }))
}

describe('argmap check diagnostics', () => {
  it('passes a good map with no problem', async () => {
    expect(await diagnose(fixture('good'))).toEqual([])
  })

  it('reports YAML syntax errors where they are', async () => {
    expect(await diagnose(fixture('syntax'))).toEqual([
      expect.objectContaining({
        at: '5:12',
        rule: 'yaml-syntax',
        message: 'YAML syntax: bad indentation of a mapping entry'
      })
    ])
  })

  it('reports duplicate keys', async () => {
    expect(await diagnose(fixture('duplicate-key'))).toEqual([
      expect.objectContaining({at: '3:3', rule: 'duplicate-key', hint: 'merge the two entries or rename one'})
    ])
  })

  it('reports wrong types and unknown fields with the nearest known one, all at once', async () => {
    expect(await diagnose(fixture('types'))).toEqual([
      expect.objectContaining({at: '5:13', rule: 'wrong-type', message: 'expected text, found a list'}),
      expect.objectContaining({
        at: '6:5',
        rule: 'wrong-type',
        message: 'expected text or a mapping, found a number'
      }),
      expect.objectContaining({
        at: '7:1',
        rule: 'unknown-field',
        message: 'unknown field “titel”',
        hint: 'did you mean “title”?'
      })
    ])
  })

  it('reports unknown claims and essays with the closest IDs, pointing inside short-form links', async () => {
    expect(await diagnose(fixture('unknown-ids'))).toEqual([
      expect.objectContaining({
        at: '5:5',
        rule: 'unknown-claim',
        message: 'unknown claim “alpha/cats-better-dog”',
        hint: 'did you mean “alpha/cats-better-dogs”?'
      }),
      expect.objectContaining({
        at: '6:11',
        rule: 'unknown-essay',
        message: 'no essay “alpa” in this map',
        hint: 'did you mean “alpha”?'
      })
    ])
  })

  it('reports essay files that are missing or not text', async () => {
    expect(await diagnose(fixture('essay-files'))).toEqual([
      expect.objectContaining({
        at: '3:12',
        rule: 'essay-unreadable',
        message: 'essay “../essays/nowhere.txt”: no such file'
      }),
      expect.objectContaining({
        at: '4:11',
        rule: 'essay-unreadable',
        message: 'essay “../essays/binary.txt”: is a binary file, not text'
      })
    ])
  })

  it('reports self-links, duplicates, support-and-rebut pairs and malformed relations', async () => {
    expect(await diagnose(fixture('bad-links'))).toEqual([
      expect.objectContaining({
        at: '5:5',
        rule: 'self-link',
        message: '“alpha/fish-easiest” supports itself'
      }),
      expect.objectContaining({at: '7:5', rule: 'duplicate-link', message: 'this link repeats link 2'}),
      expect.objectContaining({
        at: '9:5',
        rule: 'support-and-rebut',
        message: '“beta/dogs-loyal-companions” cannot both support and rebut “alpha/cats-better-dogs”'
      }),
      expect.objectContaining({at: '10:5', rule: 'missing-relation'}),
      expect.objectContaining({at: '13:13', rule: 'two-relations'})
    ])
  })

  it('warns, without failing, about an unused essay and an unlinked claim', async () => {
    const problems = await diagnose(fixture('unused'))
    expect(problems).toEqual([
      expect.objectContaining({
        at: '3:3',
        severity: 'warning',
        rule: 'unused-essay',
        message: 'no link uses essay “gamma”'
      }),
      expect.objectContaining({
        at: '5:3',
        severity: 'warning',
        rule: 'unused-claim',
        message: 'claim “folk/lonely” is defined but never linked'
      })
    ])
  })

  it('refuses YAML aliases', async () => {
    expect(await diagnose(fixture('alias'))).toEqual([expect.objectContaining({rule: 'alias', at: '3:8'})])
  })
})

describe('untrusted maps', () => {
  const scratch = () => tempDir('untrusted')

  it('does not read essays outside the map’s project unless allowed', async () => {
    const dir = scratch()
    mkdirSync(join(dir, 'project'))
    writeFileSync(join(dir, 'project', 'package.json'), '{}')
    writeFileSync(join(dir, 'secret.txt'), 'Secret Title\n\nThe password is swordfish.\n')
    const map = join(dir, 'project', 'map.yaml')
    writeFileSync(map, 'essays:\n  s: ../secret.txt\nlinks: []\n')
    const refused = await diagnose(map)
    expect(refused).toEqual([
      expect.objectContaining({
        at: '2:6',
        rule: 'outside-project',
        hint: expect.stringContaining('--allow-outside')
      })
    ])
    expect(JSON.stringify(refused)).not.toContain('swordfish')
    expect((await diagnose(map, {allowOutside: true})).map(problem => problem.rule)).toEqual(['unused-essay'])
  })

  it.each([
    [
      'an alias bomb',
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nessays: {}\nlinks: []\n',
      'alias'
    ],
    ['deep nesting', `essays: ${'['.repeat(100_000)}\n`, 'too-deep'],
    ['a huge file', `essays: {}\nlinks: []\n#${'x'.repeat(65 * 2 ** 20)}\n`, null]
  ])('ends %s with a clear error, quickly', async (_, text, rule) => {
    const dir = scratch()
    const map = join(dir, 'map.yaml')
    writeFileSync(map, text)
    // A hang would fail this test by its timeout; how fast it ends is measured by npm run bench, not here.
    if (rule === null) {
      await expect(loadMap(map)).rejects.toThrow(/larger than 64 MB/)
    } else {
      const problems = await diagnose(map)
      expect(problems.map(problem => problem.rule)).toContain(rule)
    }
  })
})

describe('drift', () => {
  /** A copy of the good fixture and its essays in a scratch project. */
  function project() {
    const dir = tempDir('drift')
    mkdirSync(join(dir, 'essays'))
    mkdirSync(join(dir, 'maps'))
    writeFileSync(join(dir, 'package.json'), '{}')
    for (const name of ['alpha', 'beta'])
      copyFileSync(`${root}test/fixtures/essays/${name}.txt`, join(dir, 'essays', `${name}.txt`))
    copyFileSync(fixture('good'), join(dir, 'maps', 'map.yaml'))
    return {dir, map: join(dir, 'maps', 'map.yaml'), alpha: join(dir, 'essays', 'alpha.txt')}
  }

  it('records texts with --fix, then notices an edited claim', async () => {
    const {map, alpha} = project()
    const {applyFixes} = await import('../../src/map/fix-map.js')
    await applyFixes(await checked(map))
    const lock = JSON.parse(readFileSync(map.replace('.yaml', '.lock.json'), 'utf8'))
    expect(lock.claims['alpha/cats-better-dogs']).toBe('Cats are better than dogs.')
    expect(lock.claims['folk/pets-good']).toBeUndefined()

    writeFileSync(
      alpha,
      readFileSync(alpha, 'utf8').replace('Dogs need too much care.', 'Dogs need too much care, sadly.')
    )
    // Reported once, where the claim is first linked.
    expect(await diagnose(map)).toEqual([
      expect.objectContaining({
        at: '12:11',
        severity: 'warning',
        rule: 'drift',
        message: 'the text of “alpha/dogs-need-care” changed since it was linked',
        hint: expect.stringContaining('now: “Dogs need too much care, sadly.”')
      })
    ])
  })

  it('finds where a vanished claim went, and --fix re-points the link keeping comments and layout', async () => {
    const {map, alpha} = project()
    const {applyFixes} = await import('../../src/map/fix-map.js')
    await applyFixes(await checked(map))
    const before = readFileSync(map, 'utf8')
    writeFileSync(
      alpha,
      readFileSync(alpha, 'utf8').replace('Cats are better than dogs.', 'Cats are far better than most dogs.')
    )

    const problems = await diagnose(map)
    expect(problems).toEqual([
      expect.objectContaining({
        at: '11:39',
        rule: 'vanished',
        message: 'claim “alpha/cats-better-dogs” is no longer in its essay',
        hint: expect.stringContaining('the closest claim now is “alpha/cats-far-better”')
      }),
      expect.objectContaining({at: '17:5', rule: 'vanished'})
    ])

    await applyFixes(await checked(map))
    const after = readFileSync(map, 'utf8')
    expect(after).toBe(before.replaceAll('alpha/cats-better-dogs', 'alpha/cats-far-better'))
    expect(after).toContain('# A small valid map.')
    expect(await diagnose(map)).toEqual([])
  })
})

describe('every problem at once', () => {
  it('reports an unknown field on one link and unknown claims on others together', async () => {
    expect(
      (await diagnose(fixture('partly-broken'))).map(problem => `${problem.at} ${problem.rule}`)
    ).toEqual(['10:5 unknown-field', '13:5 unknown-claim', '14:5 unknown-claim'])
  })

  it('names each rule of a check in the problems it reports', async () => {
    const {rules} = await import('../../src/map/rules.js')
    const reported = new Set(
      (
        await Promise.all(['bad-links', 'unknown-ids', 'partly-broken'].map(name => diagnose(fixture(name))))
      ).flatMap(problems => problems.map(problem => problem.rule))
    )
    for (const rule of ['self-link', 'duplicate-link', 'support-and-rebut', 'unknown-claim'])
      expect([rule, rule in rules && reported.has(rule as never)]).toEqual([rule, true])
  })
})

describe('an unclosed quote', () => {
  it.each([
    [
      'double',
      'title: "Pets\nessays:\n  alpha: ../essays/alpha.txt\nlinks:\n  - alpha/a rebuts alpha/b\n',
      '1:8'
    ],
    [
      'single',
      "essays:\n  alpha: ../essays/alpha.txt\nlinks:\n  - 'alpha/a rebuts alpha/b\n  - alpha/c rebuts alpha/d\n",
      '4:5'
    ]
  ])('is reported where the %s quote opens, not at the end of the file', async (_, text, at) => {
    const dir = tempDir('quote')
    writeFileSync(join(dir, 'map.yaml'), text)
    expect(await diagnose(join(dir, 'map.yaml'))).toEqual([
      expect.objectContaining({at, rule: 'yaml-syntax', message: expect.stringContaining('never closed')})
    ])
  })
})
