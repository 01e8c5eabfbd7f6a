import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {argmap} from '../helpers/cli.js'
import {golden} from '../helpers/golden.js'
import {root} from '../helpers/seeds.js'

describe('argmap export', () => {
  it.each(['md', 'json', 'argdown', 'aif', 'dot', 'svg', 'graphml'])(
    'exports the flagship map as %s, as in its golden file',
    format => {
      const run = argmap(['export', 'maps/social-media.yaml', '--to', format])
      expect(run.status).toBe(0)
      golden(`social-media.${format}`, run.stdout)
    }
  )

  it('writes -o atomically, with links relative to the output file, and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-export-'))
    const out = join(dir, 'out.md')
    const first = argmap(['export', 'maps/social-media.yaml', '-o', out])
    expect(first.status).toBe(0)
    expect(first.stderr).toMatch(/wrote .*out\.md \(md, 33 links\)/)
    const written = readFileSync(out, 'utf8')
    expect(written).toMatch(/^# Social media and the organization\n/)

    writeFileSync(out, 'precious')
    const refused = argmap(['export', 'maps/social-media.yaml', '-o', out])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('already exists; nothing was written')
    expect(refused.stderr).toContain('hint: pass --force')
    expect(readFileSync(out, 'utf8')).toBe('precious')

    expect(argmap(['export', 'maps/social-media.yaml', '-o', out, '--force']).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(written)
  })

  it('links claims to their sources relative to the output file', () => {
    const dir = mkdtempSync(join(root, '.export-test-'))
    try {
      expect(argmap(['export', 'maps/social-media.yaml', '-o', join(dir, 'debate.md')]).status).toBe(0)
      expect(readFileSync(join(dir, 'debate.md'), 'utf8')).toContain(
        '[`borjesson/post-seths-blog`](../seeds/000_72f9c9affa5958ed.txt#L3)'
      )
    } finally {
      rmSync(dir, {recursive: true})
    }
  })

  it('exports nothing from a broken map and leaves the target untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-export-'))
    const out = join(dir, 'out.md')
    writeFileSync(out, 'precious')
    const run = argmap(['export', 'test/fixtures/maps/bad-links.yaml', '-o', out, '--force'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('supports itself')
    expect(readFileSync(out, 'utf8')).toBe('precious')
  })

  it('refuses an unknown format as a usage error', () => {
    const run = argmap(['export', 'maps/social-media.yaml', '--to', 'pdf'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      "argument 'pdf' is invalid. Allowed choices are md, json, argdown, aif, dot, svg, graphml."
    )
  })
})

describe('a debate nested thousands of levels deep', () => {
  it('exports flat formats, and refuses nested ones with a clear error, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-deep-'))
    writeFileSync(join(dir, 'package.json'), '{}')
    const count = 12_000
    const sentences = Array.from(
      {length: count},
      (_, index) => `Claim number w${index.toString(36)} stands here.`
    )
    const text = `Deep Essay\n\nby Ann Deep on 01/02/2012\n\n${sentences.join('\n\n')}\n`
    writeFileSync(join(dir, 'deep.txt'), text)
    const ids = parseEssay(text, {file: 'deep.txt'}).claims.map(claim => claim.id)
    expect(ids).toHaveLength(count)
    writeFileSync(
      join(dir, 'map.yaml'),
      `essays:\n  deep: deep.txt\nlinks:\n${ids
        .slice(1)
        .map((id, index) => `  - ${id} rebuts ${ids[index]}`)
        .join('\n')}\n`
    )
    expect(argmap(['export', join(dir, 'map.yaml'), '--to', 'graphml']).status).toBe(0)
    const out = join(dir, 'out.md')
    const run = argmap(['export', join(dir, 'map.yaml'), '-o', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('a debate nests too deeply to export as md; nothing was written')
    expect(run.stderr).toContain('hint: graphml and aif export the graph flat, at any depth')
    expect(existsSync(out)).toBe(false)
  })
})
