// Hostile content through the built CLI: controls in machine output, YAML aliases, deep essays,
// old Mac line endings, and a watched map that disappears.

import {spawn} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {scratchProject} from '../helpers/project.js'
import {root} from '../helpers/seeds.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})
function project() {
  const scratch = scratchProject()
  made.push(scratch.dir)
  return scratch
}

// eslint-disable-next-line no-control-regex
const raw = /[\u001B\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u

describe('machine output carries no raw controls', () => {
  it('strips C1 controls, bidi overrides and escape sequences from JSON, AIF, GraphML and every export', () => {
    const scratch = project()
    const good = readFileSync(scratch.map, 'utf8')
    writeFileSync(
      scratch.map,
      good
        .replace('title: Pets', 'title: "Pets \\u009B31m red \\u202E evil \\u2066 isolate"')
        .replace(
          'note: Care is a cost loyalty does not pay back.',
          'note: "Care \\e]52;c;QUJD\\a costs \\u009D8;;http://x\\u009C loyalty \\u202Bbidi"'
        )
    )
    const outputs: Record<string, {status: number | null; stdout: string}> = {
      'show --json': argmap(['show', '--json', scratch.map]),
      'check --json': argmap(['check', '--json', scratch.map]),
      ...Object.fromEntries(
        ['json', 'aif', 'graphml', 'md', 'argdown', 'dot'].map(format => [
          format,
          argmap(['export', scratch.map, '--to', format])
        ])
      )
    }
    for (const [name, run] of Object.entries(outputs)) {
      expect([name, run.status]).toEqual([name, 0])
      expect([name, raw.test(run.stdout)]).toEqual([name, false])
      expect([name, run.stdout.includes(']52;')]).toEqual([name, false])
    }
    expect(outputs['show --json']!.stdout).toMatch(/"note": "Care {2}costs {2}loyalty bidi"/u)
    expect(outputs.graphml!.stdout).toMatch(/<data key="note">Care {2}costs {2}loyalty bidi<\/data>/u)
  })
})

describe('YAML aliases are refused everywhere in a map', () => {
  it('refuses an alias inside links:, with its line', () => {
    const scratch = project()
    writeFileSync(
      scratch.map,
      'essays:\n  alpha: ../essays/alpha.txt\nlinks:\n  - &one alpha/dogs-need-care rebuts alpha/cats-better-dogs\n  - *one\n'
    )
    const run = argmap(['check', scratch.map])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/map\.yaml:4:5: error: YAML anchors are not allowed in a map/u)
    writeFileSync(scratch.map, 'essays:\n  alpha: ../essays/alpha.txt\nlinks:\n  - *one\n')
    expect(argmap(['check', scratch.map]).status).toBe(1)
  })
})

describe('hostile essays end in one clear line', () => {
  it('refuses 10,000 nested block quotes and lists with the file and line', () => {
    const scratch = project()
    const deep = join(scratch.dir, 'deep.md')
    writeFileSync(deep, `# Deep\n\n${'>'.repeat(10_000)} text\n`)
    const run = argmap(['show', deep])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(
      `argmap: ${deep}: line 3: block quotes and lists nest more than 50 deep\n  hint: argmap reads up to 50 levels of nesting; an essay's structure rarely needs more than a few\n`
    )
    writeFileSync(deep, `# Deep\n\n${'- '.repeat(10_000)}item\n`)
    expect(argmap(['show', deep]).status).toBe(1)
  })

  it('reads an old Mac file with lone CRs line by line', () => {
    const scratch = project()
    const mac = join(scratch.dir, 'mac.txt')
    writeFileSync(mac, 'My Title\rBy Jo Smith\r\rFirst claim is here.\r\rSecond claim is here.\r')
    const run = argmap(['show', '--json', mac])
    expect(run.status).toBe(0)
    const essay = JSON.parse(run.stdout)
    expect([essay.title, essay.author]).toEqual(['My Title', 'Jo Smith'])
    expect(essay.claims.map((claim: {line: number}) => claim.line)).toEqual([4, 6])
  })
})

describe('show --watch on a map that is deleted', () => {
  it('says so once, then waits for it to come back', async () => {
    const scratch = project()
    const good = readFileSync(scratch.map, 'utf8')
    const child = spawn(process.execPath, [`${root}bin/argmap.js`, 'show', scratch.map, '--watch'], {
      env: {...process.env, NO_COLOR: '1'}
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const waitFor = async (pattern: RegExp) => {
      for (let tries = 0; tries < 400 && !pattern.test(output); tries++)
        await new Promise(resolve => setTimeout(resolve, 50))
      expect(output).toMatch(pattern)
    }
    try {
      await waitFor(/^Pets$/mu)
      rmSync(scratch.map)
      await waitFor(/no such file/u)
      await new Promise(resolve => setTimeout(resolve, 2500))
      expect(output.match(/no such file/gu)).toHaveLength(1)
      expect(output).toMatch(/waiting for the map to change or come back; Ctrl-C stops/u)
      writeFileSync(scratch.map, good.replace('title: Pets', 'title: Pets are back'))
      await waitFor(/^Pets are back$/mu)
    } finally {
      child.kill('SIGINT')
    }
  }, 60_000)
})
