import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {fileTempDir} from '../helpers/temp.js'

const scratch = fileTempDir('show')
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

describe('argmap show <essay> (print mode when piped)', () => {
  it('prints the title, speakers, IDs and claims', () => {
    const run = argmap(['show', 'seeds/002_8b5a276f637f064e.txt'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('Is Social Media a Corporate or a Personal Tool?')
    expect(lines[1]).toContain('Andrea Di Maio · January 09, 2012')
    expect(run.stdout).toContain('§ Comments')
    expect(run.stdout).toMatch(/^ {2}Pearl Zhu$/m)
    expect(run.stdout).toMatch(/^ {4}dimaio\/andrea-wrote-tenet \[quote ← Andrea Di Maio\] 51:5$/m)
    expect(run.stdout).not.toContain('\u001B[')
  })

  it('wraps to --width and never prints a line longer', () => {
    const run = argmap(['show', 'seeds/000_72f9c9affa5958ed.txt', '--width', '40'])
    expect(run.status).toBe(0)
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(40)
  })

  it('colours only when asked to, and honours NO_COLOR', () => {
    expect(argmap(['show', 'seeds/003_d3c959c4b23a4e9b.txt'], {env: {FORCE_COLOR: '1'}}).stdout).toContain(
      '\u001B['
    )
    expect(
      argmap(['show', 'seeds/003_d3c959c4b23a4e9b.txt'], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout
    ).not.toContain('\u001B[')
  })

  it('lists dropped text with reasons on --show-dropped', () => {
    const run = argmap(['show', 'seeds/001_d86fc2dd343f6138.txt', '--show-dropped'])
    expect(run.stdout).toMatch(/Dropped \(\d+\)/)
    expect(run.stdout).toMatch(/67 spam: It’s a shame you don’t have a donate button/)
  })

  it('prints the parsed essay as JSON on --json', () => {
    const run = argmap(['show', 'seeds/000_72f9c9affa5958ed.txt', '--json'])
    expect(run.status).toBe(0)
    const essay = JSON.parse(run.stdout)
    expect(essay).toMatchObject({
      title: 'Seth Godin is wrong (again)',
      author: 'P A Martin Börjesson',
      date: null
    })
    expect(Object.keys(essay.claims[0]).sort()).toEqual(
      [
        'attributedTo',
        'column',
        'end',
        'id',
        'kind',
        'line',
        'post',
        'role',
        'section',
        'speaker',
        'start',
        'text'
      ].sort()
    )
    expect(Object.keys(essay.dropped[0]).sort()).toEqual(['line', 'reason', 'text'])
  })

  it('strips terminal escape sequences from essay text', () => {
    const path = file(
      'evil.txt',
      'Evil Title\u001B]0;pwned\u0007\n\nThis sentence hides \u001B[2J\u001B[31mred text\u001B[0m in it. A second sentence moves\u001B[10A the cursor.\n'
    )
    const run = argmap(['show', path])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(/[\u001B\u0007]/)
    expect(run.stdout).toContain('This sentence hides red text in it.')
  })

  it('parses a file with a BOM and CRLF line endings like any other', () => {
    const plain = 'My Title\n\nFirst claim is here. Second claim is here.\n\nA third claim stands alone.\n'
    const windows = file('crlf.txt', `\uFEFF${plain.replace(/\n/g, '\r\n')}`)
    const unix = file('lf.txt', plain)
    const a = JSON.parse(argmap(['show', windows, '--json']).stdout)
    const b = JSON.parse(argmap(['show', unix, '--json']).stdout)
    expect(a.title).toBe('My Title')
    const summary = (claim: {id: string; text: string; line: number}) => [
      claim.id.split('/')[1],
      claim.text,
      claim.line
    ]
    expect(a.claims.map(summary)).toEqual(b.claims.map(summary))
    expect(a.claims).toHaveLength(3)
  })

  it('reads Markdown with front matter', () => {
    const path = file(
      'post.md',
      '---\ntitle: Front Title\nauthor: Ada Lovelace\ndate: 2012-01-09\n---\n\n# Front Title\n\nEngines **weave** patterns. Do they think?\n\n## A Section\n\n- A listed point stands.\n'
    )
    const essay = JSON.parse(argmap(['show', path, '--json']).stdout)
    expect(essay).toMatchObject({
      title: 'Front Title',
      author: 'Ada Lovelace',
      date: '2012-01-09',
      key: 'lovelace',
      format: 'markdown'
    })
    expect(
      essay.claims.map((claim: {kind: string; role: string; section: string | null}) => [
        claim.kind,
        claim.role,
        claim.section
      ])
    ).toEqual([
      ['claim', 'body', null],
      ['question', 'body', null],
      ['claim', 'list', 'A Section']
    ])
  })

  it.each([
    ['a missing file', () => join(scratch, 'nope.txt'), /nope\.txt: no such file/],
    [
      'a directory',
      () => {
        mkdirSync(join(scratch, 'dir'), {recursive: true})
        return join(scratch, 'dir')
      },
      /dir: is a folder, not a regular file/
    ],
    [
      'a binary file',
      () => file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      /bin\.txt: is a binary file/
    ],
    [
      'invalid UTF-8',
      () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      /latin1\.txt: is not valid UTF-8/
    ],
    ['an empty file', () => file('empty.txt', '  \n\n'), /empty\.txt: is empty/]
  ])('refuses %s with a one-line error naming it, exit 1', (_, make, message) => {
    const run = argmap(['show', make()])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const [first, hint] = run.stderr.trimEnd().split('\n')
    expect(first).toMatch(message)
    expect(first).toMatch(/^argmap: /)
    expect(hint).toMatch(/^ {2}hint: /)
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/)
  })

  it('exits 2 on usage errors', () => {
    expect(argmap(['show']).status).toBe(2)
    expect(argmap(['show', 'x.txt', '--width', 'wide']).status).toBe(2)
    expect(argmap(['frobnicate']).status).toBe(2)
    expect(argmap(['--help']).status).toBe(0)
  })
})
