import {cpSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {insertLink, removeLinks} from '../../src/map/edit-map.js'
import {parseMap} from '../../src/map/parse-map.js'
import {replaceText} from '../../src/util/write-text.js'
import {argmap} from '../helpers/cli.js'
import {root} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

/** A copy of the flagship map, its lock file and the seeds, in a project of its own. */
function flagshipCopy() {
  const dir = tempDir('edit')
  writeFileSync(join(dir, 'package.json'), '{}')
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), {recursive: true})
  mkdirSync(join(dir, 'maps'))
  for (const name of ['social-media.yaml', 'social-media.lock.json'])
    cpSync(join(root, 'maps', name), join(dir, 'maps', name))
  const map = join(dir, 'maps', 'social-media.yaml')
  return {
    dir,
    map,
    read: () => readFileSync(map, 'utf8'),
    lock: () => JSON.parse(readFileSync(join(dir, 'maps', 'social-media.lock.json'), 'utf8')).claims
  }
}

/** The lines of `after` that differ from `before`, as added (+) and removed (-) runs. */
function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return [...a.slice(start, endA).map(line => `-${line}`), ...b.slice(start, endB).map(line => `+${line}`)]
}

describe('argmap link and unlink', () => {
  it('adds a link: only its lines change, comments survive, and the linked texts are recorded', () => {
    const copy = flagshipCopy()
    const before = copy.read()
    const run = argmap([
      'link',
      copy.map,
      'deragon/old-business-models-grounded',
      'supports',
      'I teach management',
      '--note',
      'Both: old beliefs # and old roles'
    ])
    expect(run.stderr).toBe(
      'linked: deragon/old-business-models-grounded supports organizing/teach-management\n'
    )
    expect(run.status).toBe(0)
    expect(lineDiff(before, copy.read())).toEqual([
      '+  - from: deragon/old-business-models-grounded',
      '+    supports: organizing/teach-management',
      '+    note: "Both: old beliefs # and old roles"'
    ])
    expect(copy.read()).toContain(
      '# --- Börjesson against Godin: why is social media hard for organizations? ---'
    )
    expect(copy.lock()['organizing/teach-management']).toBe('I teach management.')
    expect(argmap(['check', copy.map]).status).toBe(0)
  })

  it('accepts a unique ID prefix and writes the short form without a note; unlink restores the bytes', () => {
    const copy = flagshipCopy()
    const before = copy.read()
    expect(argmap(['link', copy.map, 'deragon/true-ask', 'rebuts', 'borjesson/social-media-tr']).status).toBe(
      0
    )
    expect(lineDiff(before, copy.read())).toEqual([
      '+  - deragon/true-ask-people rebuts borjesson/social-media-treated'
    ])
    const unlink = argmap(['unlink', copy.map, 'deragon/true-ask-people', 'borjesson/social-media-treated'])
    expect(unlink.status).toBe(0)
    expect(copy.read()).toBe(before)
  })

  it('removes an existing link with only its lines', () => {
    const copy = flagshipCopy()
    const before = copy.read()
    expect(
      argmap(['unlink', copy.map, 'deragon/notice-list-fails', 'deragon/social-gurus-suggest']).status
    ).toBe(0)
    expect(lineDiff(before, copy.read())).toEqual([
      '-  - from: deragon/notice-list-fails',
      '-    rebuts: deragon/social-gurus-suggest',
      "-    note: Deragon answers the gurus' list of mistakes; it leaves out the wrong beliefs."
    ])
  })

  it.each([
    [
      'an ambiguous fragment',
      ['link', '@map', 'social media', 'rebuts', 'borjesson/post-seths-blog'],
      /“social media” is in the text of \d+ claims[\s\S]*say which one:\n {8}borjesson\//u
    ],
    [
      'an unknown claim',
      ['link', '@map', 'zeppelins', 'rebuts', 'borjesson/post-seths-blog'],
      /no claim ID starts with, and no claim’s text contains, “zeppelins”/u
    ],
    [
      'a self-link',
      ['link', '@map', 'borjesson/completely-wrong', 'rebuts', 'borjesson/completely-wrong'],
      /cannot rebut itself/u
    ],
    [
      'a duplicate',
      ['link', '@map', 'borjesson/completely-wrong', 'rebuts', 'borjesson/post-seths-blog'],
      /already rebuts/u
    ],
    [
      'a support-and-rebut pair',
      ['link', '@map', 'borjesson/completely-wrong', 'supports', 'borjesson/post-seths-blog'],
      /already rebuts .*cannot both support and rebut/u
    ],
    [
      'a missing link',
      ['unlink', '@map', 'borjesson/completely-wrong', 'deragon/see-social-media'],
      /no link from borjesson\/completely-wrong to deragon\/see-social-media/u
    ]
  ])('refuses %s and leaves the map byte-for-byte unchanged', (_, args, message) => {
    const copy = flagshipCopy()
    const before = copy.read()
    const lockBefore = JSON.stringify(copy.lock())
    const run = argmap(args.map(arg => (arg === '@map' ? copy.map : arg)))
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(copy.read()).toBe(before)
    expect(JSON.stringify(copy.lock())).toBe(lockBefore)
  })

  it('refuses to edit a broken map', () => {
    const copy = flagshipCopy()
    writeFileSync(copy.map, copy.read().replace('borjesson/completely-wrong', 'borjesson/completely-wrongg'))
    const before = copy.read()
    const run = argmap([
      'link',
      copy.map,
      'deragon/true-ask-people',
      'rebuts',
      'borjesson/social-media-treated'
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('not changed, fix the errors above first')
    expect(copy.read()).toBe(before)
  })

  it('refuses to overwrite a file changed on disk since it was read', async () => {
    const copy = flagshipCopy()
    const read = copy.read()
    writeFileSync(copy.map, `${read}# edited by someone else\n`)
    await expect(
      replaceText(copy.map, read, insertLink(read, {from: 'a/b', to: 'c/d', relation: 'rebuts'}))
    ).rejects.toThrow(/changed on disk/u)
    expect(copy.read()).toBe(`${read}# edited by someone else\n`)
  })
})

describe('argmap init', () => {
  it('writes a map with keyed essays, the schema line and a menu of claim IDs, and never overwrites', () => {
    const copy = flagshipCopy()
    const map = join(copy.dir, 'maps', 'new.yaml')
    const run = argmap([
      'init',
      map,
      join(copy.dir, 'seeds/000_72f9c9affa5958ed.txt'),
      join(copy.dir, 'seeds/002_8b5a276f637f064e.txt')
    ])
    expect(run.status).toBe(0)
    const text = readFileSync(map, 'utf8')
    const schema = /^# yaml-language-server: \$schema=(.+)$/u.exec(text.split('\n')[0]!)![1]!
    expect(existsSync(join(copy.dir, 'maps', schema))).toBe(true)
    expect(schema).toMatch(/schema\/argmap\.schema\.json$/u)
    expect(text.split('\n').slice(1, 6)).toEqual([
      'title: "Debate: Seth Godin is wrong (again)"',
      '',
      'essays:',
      '  borjesson: ../seeds/000_72f9c9affa5958ed.txt',
      '  # Seth Godin is wrong (again) — P A Martin Börjesson: 11 claims. Copy IDs from here:'
    ])
    expect(text).toMatch(
      /^ {2}# {3}borjesson\/organizations-machines-built {2,}Organizations are in fact machines/mu
    )
    expect(text).toMatch(/^ {2}dimaio: \.\.\/seeds\/002_8b5a276f637f064e\.txt$/mu)
    const check = argmap(['check', map])
    expect(check.stderr).toContain('0 errors, 2 warnings')

    const again = argmap(['init', map, join(copy.dir, 'seeds/000_72f9c9affa5958ed.txt')])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('already exists; nothing was written')
    expect(readFileSync(map, 'utf8')).toBe(text)
  })
})

describe('argmap init keys', () => {
  it('numbers essays whose authors share a surname', () => {
    const copy = flagshipCopy()
    const map = join(copy.dir, 'maps', 'twice.yaml')
    const essay = join(copy.dir, 'seeds/000_72f9c9affa5958ed.txt')
    // Another essay by the same author (here: a second copy of one).
    const other = join(copy.dir, 'seeds/reply.txt')
    cpSync(essay, other)
    expect(argmap(['init', map, essay, other]).status).toBe(0)
    const text = readFileSync(map, 'utf8')
    expect(text).toMatch(/^ {2}borjesson: \.\.\/seeds\/000_72f9c9affa5958ed\.txt$/mu)
    expect(text).toMatch(/^ {2}borjesson-2: \.\.\/seeds\/reply\.txt$/mu)
    expect(text).toContain('#   borjesson-2/organizations-machines-built')
  })
})

describe('editing as a property', () => {
  const id = fc
    .tuple(fc.constantFrom('alpha', 'beta', 'gamma'), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/u))
    .map(([key, slug]) => `${key}/${slug}`)
  const comment = fc.stringMatching(/^[^\n\r]{0,30}$/u).map(text => `# ${text}`)
  const link = fc.oneof(
    fc
      .tuple(id, fc.constantFrom('supports', 'rebuts'), id)
      .map(([from, relation, to]) => [`  - ${from} ${relation} ${to}`]),
    fc
      .tuple(id, fc.constantFrom('supports', 'rebuts'), id, fc.stringMatching(/^[A-Za-z][A-Za-z ,.]{0,30}$/u))
      .map(([from, relation, to, note]) => [
        `  - from: ${from}`,
        `    ${relation}: ${to}`,
        `    note: ${note.trim() || 'x'}`
      ])
  )
  const map = fc
    .tuple(
      fc.array(comment, {maxLength: 3}),
      fc.array(
        fc.oneof(
          link,
          comment.map(text => [`  ${text}`])
        ),
        {maxLength: 6}
      ),
      fc.array(comment, {maxLength: 2}),
      fc.boolean()
    )
    .map(([head, items, tail, crlf]) => {
      const hasLink = items.some(item => item[0]!.startsWith('  - '))
      const lines = [
        ...head,
        'essays:',
        '  alpha: a.txt  # the first',
        '  beta: b.txt',
        hasLink ? 'links:' : 'links: []',
        ...(hasLink ? items.flat() : []),
        ...tail
      ]
      return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n')
    })

  it('link then unlink restores the original bytes', () => {
    fc.assert(
      fc.property(
        map,
        id,
        id,
        fc.constantFrom('supports', 'rebuts'),
        fc.option(
          fc.string({maxLength: 40}).filter(note => /\S/u.test(note)),
          {nil: undefined}
        ),
        (text, from, to, relation, note) => {
          const linked = insertLink(text, {from, to, relation: relation as 'supports', note})
          const parsed = parseMap(linked)
          expect(parsed.map).toBeDefined()
          const added = parsed.map!.links.at(-1)!
          expect([added.from, added.relation, added.to, added.note]).toEqual([from, relation, to, note])
          expect(removeLinks(linked, [Number(added.path[1])])).toBe(text)
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('maps saved by other editors', () => {
  it('keeps a byte-order mark and CRLF line endings through link and unlink', async () => {
    const {scratchProject} = await import('../helpers/project.js')
    const project = scratchProject()
    const original = `\uFEFF${readFileSync(project.map, 'utf8').replace(/\n/g, '\r\n')}`
    writeFileSync(project.map, original)
    expect(
      argmap(['link', project.map, 'alpha/fish-easiest', 'rebuts', 'beta/cats-ignore-owners']).status
    ).toBe(0)
    const linked = readFileSync(project.map, 'utf8')
    expect(linked.startsWith('\uFEFF')).toBe(true)
    expect(linked).toContain('\r\n  - alpha/fish-easiest rebuts beta/cats-ignore-owners\r\n')
    expect(argmap(['unlink', project.map, 'alpha/fish-easiest', 'beta/cats-ignore-owners']).status).toBe(0)
    expect(readFileSync(project.map, 'utf8')).toBe(original)
  })
})
