import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {golden} from '../helpers/golden.js'
import {root} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

describe('argmap export', () => {
  it.each(['md', 'html', 'json', 'argdown', 'aif', 'dot', 'svg', 'graphml'])(
    'exports the flagship map as %s, as in its golden file',
    format => {
      const run = argmap(['export', 'maps/social-media.yaml', '--to', format])
      expect(run.status).toBe(0)
      golden(`social-media.${format}`, run.stdout)
    }
  )

  it('writes -o atomically, with links relative to the output file, and refuses to overwrite', () => {
    const dir = tempDir('export')
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

  it('exports what is valid of a map with errors, reports them and exits 1', () => {
    const dir = tempDir('export')
    const out = join(dir, 'out.md')
    const run = argmap(['export', 'test/fixtures/maps/partly-broken.yaml', '-o', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('unknown claim “alpha/cats-better-dogz”')
    expect(run.stderr).toContain('3 errors; the links and claims they touch are left out')
    expect(run.stderr).toContain('(md, 2 links)')
    expect(readFileSync(out, 'utf8')).toContain('beta/dogs-loyal-companions')
  })

  it('counts what it wrote in words: one link, not "1 links"', () => {
    const out = join(tempDir('export'), 'one.md')
    const run = argmap(['export', 'test/fixtures/maps/unused.yaml', '-o', out])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('(md, 1 link)\n')
  })

  it('exports nothing from a map whose YAML cannot be read, and leaves the target untouched', () => {
    const dir = tempDir('export')
    const out = join(dir, 'out.md')
    writeFileSync(out, 'precious')
    const run = argmap(['export', 'test/fixtures/maps/syntax.yaml', '-o', out, '--force'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('YAML syntax')
    expect(readFileSync(out, 'utf8')).toBe('precious')
  })

  it('refuses an unknown format as a usage error', () => {
    const run = argmap(['export', 'maps/social-media.yaml', '--to', 'pdf'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      "argument 'pdf' is invalid. Allowed choices are md, html, json, argdown, aif, dot, svg, graphml."
    )
  })
})

describe('the format of -o', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'argmap-format-'))

  it.each([
    ['debate.svg', /^<\?xml[\s\S]*<svg /u],
    ['debate.html', /^<!doctype html>/u],
    ['debate.json', /^\{\n {2}"version": 1,/u],
    ['debate.argdown', /^===\ntitle: /u],
    ['debate.gv', /^digraph argmap \{/u],
    ['Debate.MD', /^# Social media and the organization\n/u]
  ])('comes from the extension without --to: %s', (name, start) => {
    const folder = dir()
    try {
      const run = argmap(['export', 'maps/social-media.yaml', '-o', join(folder, name)])
      expect(run.status).toBe(0)
      expect(readFileSync(join(folder, name), 'utf8')).toMatch(start)
    } finally {
      rmSync(folder, {recursive: true})
    }
  })

  it('is a usage error when the extension names no format and --to is missing, with the choices', () => {
    const folder = dir()
    try {
      const run = argmap(['export', 'maps/social-media.yaml', '-o', join(folder, 'debate.txt')])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('“.txt” names no export format; nothing was written')
      expect(run.stderr).toContain('pass --to md|html|json|argdown|aif|dot|svg|graphml')
      expect(existsSync(join(folder, 'debate.txt'))).toBe(false)
      // Naming the format makes any extension fine.
      expect(
        argmap(['export', 'maps/social-media.yaml', '-o', join(folder, 'debate.txt'), '--to', 'md']).status
      ).toBe(0)
    } finally {
      rmSync(folder, {recursive: true})
    }
  })

  it('refuses a --to that contradicts the extension, writing nothing, and accepts one that fits', () => {
    const folder = dir()
    try {
      const run = argmap(['export', 'maps/social-media.yaml', '--to', 'md', '-o', join(folder, 'debate.svg')])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(
        "--to md contradicts the file's extension “.svg”, which is svg; nothing was written"
      )
      expect(run.stderr).toContain(
        `hint: drop --to to write svg, or name the file ${join(folder, 'debate.md')}`
      )
      expect(existsSync(join(folder, 'debate.svg'))).toBe(false)
      // AIF is JSON: a .json file fits it.
      expect(
        argmap(['export', 'maps/social-media.yaml', '--to', 'aif', '-o', join(folder, 'aif.json')]).status
      ).toBe(0)
      expect(JSON.parse(readFileSync(join(folder, 'aif.json'), 'utf8')).nodes.length).toBeGreaterThan(0)
    } finally {
      rmSync(folder, {recursive: true})
    }
  })

  it('lists every format with its extensions in --help', () => {
    const run = argmap(['export', '--help'])
    expect(run.status).toBe(0)
    for (const line of [
      /^ {2}md +\.md \.markdown +Markdown/mu,
      /^ {2}html +\.html \.htm +a self-contained web page/mu,
      /^ {2}svg +\.svg +SVG/mu
    ])
      expect(run.stdout).toMatch(line)
  })
})

describe('a report-ready export of the flagship map', () => {
  it('heads each thesis with what it claims, and lists the sources', () => {
    const run = argmap(['export', 'maps/social-media.yaml'])
    expect(run.stdout).toContain(
      '## Thesis 3: “New business models are emerging and reflecting a new belief.” (Jay Deragon)'
    )
    expect(run.stdout).toContain(
      '## Thesis 1: “In the post Seth’s Blog: The reason social media is so difficult for most organizations…” (Seth Godin)'
    )
    const sources = run.stdout.slice(run.stdout.indexOf('## Sources'))
    expect(sources).toContain(
      '| Is Social Media a Corporate or a Personal Tool? | Andrea Di Maio       | January 09, 2012 | [`seeds/002_8b5a276f637f064e.txt`](seeds/002_8b5a276f637f064e.txt) |'
    )
    expect(sources.match(/^\| .*\[`seeds\//gmu)).toHaveLength(5)
  })

  it('keeps every link note in the Argdown export, which Argdown still parses', async () => {
    const {ArgdownApplication, ModelPlugin, ParserPlugin} = await import('@argdown/core')
    const source = argmap(['export', 'maps/social-media.yaml', '--to', 'argdown']).stdout
    const map = argmap(['export', 'maps/social-media.yaml', '--to', 'json']).stdout
    const notes = (JSON.parse(map).links as Array<{note: string | null}>).flatMap(link =>
      link.note ? [link.note] : []
    )
    expect(notes.length).toBeGreaterThan(20)
    for (const note of notes) expect(source).toContain(`// Note: ${note}`)
    const app = new ArgdownApplication()
    app.addPlugin(new ParserPlugin(), 'parse-input')
    app.addPlugin(new ModelPlugin(), 'build-model')
    const model = app.run({input: source, process: ['parse-input', 'build-model']})
    expect(model.parserErrors ?? []).toEqual([])
    expect(model.relations).toHaveLength(33)
  })

  it('draws the SVG taller than wide, so it reads on a page', () => {
    const svg = argmap(['export', 'maps/social-media.yaml', '--to', 'svg']).stdout
    const [, width, height] = svg.match(/<svg width="([\d.]+)pt" height="([\d.]+)pt"/u)!.map(Number)
    expect(height! / width!).toBeGreaterThan(1)
    expect(width).toBeLessThan(2400)
  })
})

describe('a debate nested thousands of levels deep', () => {
  it('exports in every format, saying where branches continue', {timeout: 240_000}, () => {
    const dir = tempDir('deep')
    try {
      writeFileSync(join(dir, 'package.json'), '{}')
      const count = 12_000
      writeFileSync(
        join(dir, 'map.yaml'),
        [
          'essays: {}',
          'claims:',
          ...Array.from(
            {length: count + 1},
            (_, index) => `  deep/c${index}: {text: Claim ${index} <b>stands</b>., author: Ann}`
          ),
          'links:',
          ...Array.from({length: count}, (_, index) => `  - deep/c${index + 1} rebuts deep/c${index}`),
          ''
        ].join('\n')
      )
      for (const format of ['md', 'html', 'json', 'argdown', 'aif', 'dot', 'svg', 'graphml']) {
        const out = join(dir, `out.${format}`)
        const run = argmap(['export', join(dir, 'map.yaml'), '--to', format, '-o', out])
        expect(run.status, `${format}: ${run.stderr}`).toBe(0)
        const text = readFileSync(out, 'utf8')
        if (format !== 'svg') expect(text, format).toContain(format === 'aif' ? 'Claim 12000' : 'deep/c12000')
        if (['md', 'html', 'json', 'argdown', 'dot'].includes(format))
          expect(text, format).toMatch(/continue/u)
        if (format === 'svg') expect(text).toContain('the first 2,000 of')
      }
    } finally {
      rmSync(dir, {recursive: true})
    }
  })
})

describe('export --group essay', () => {
  it('puts each essay’s debates under its title, author, date and file, in the map’s order', () => {
    const run = argmap(['export', 'maps/social-media.yaml', '--group', 'essay'])
    expect(run.status).toBe(0)
    const headings = run.stdout.split('\n').filter(line => /^#{2,3} /u.test(line))
    const essays = headings.filter(line => line.startsWith('## ')).map(line => line.replace(/^## /u, ''))
    expect(essays.slice(0, 5)).toEqual([
      '“Seth Godin is wrong (again)” by P A Martin Börjesson',
      '“Social Media vs Institutions” by George Benckenstein',
      '“Is Social Media a Corporate or a Personal Tool?” by Andrea Di Maio',
      '“The Social Ravine Widens” by Jay Deragon',
      '“Tag: organizing”'
    ])
    expect(run.stdout).toContain(
      '## “Is Social Media a Corporate or a Personal Tool?” by Andrea Di Maio\n\n*January 09, 2012 · seeds/002_8b5a276f637f064e.txt*\n\n### Thesis 4: '
    )
    // Every thesis sits under the essay that states it, and each debate is there once.
    const flat = argmap(['export', 'maps/social-media.yaml', '--to', 'json']).stdout
    const theses = (JSON.parse(flat).trees as Array<{thesis: string}>).map(tree => tree.thesis.split('/')[0])
    const keys = ['borjesson', 'benckenstein', 'dimaio', 'deragon', 'organizing']
    let essay = -1
    const seen: string[] = []
    for (const line of headings) {
      if (line.startsWith('## ') && essay < keys.length - 1 && essays.indexOf(line.slice(3)) === essay + 1)
        essay++
      const thesis = /^### Thesis (\d+):/u.exec(line)
      if (thesis) {
        expect(theses[Number(thesis[1]) - 1]).toBe(keys[essay])
        seen.push(thesis[1]!)
      }
    }
    expect(seen.sort((a, b) => Number(a) - Number(b))).toEqual(theses.map((_, index) => String(index + 1)))
  })

  it('groups the HTML page the same way', () => {
    const run = argmap(['export', 'maps/social-media.yaml', '--to', 'html', '--group', 'essay'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /<section class="essay"><h2>“Seth Godin is wrong \(again\)” by P A Martin Börjesson<\/h2><p class="source">seeds\/000_72f9c9affa5958ed.txt<\/p><section class="thesis" id="thesis-1"><h3>Thesis 1: /u
    )
  })

  it('is a usage error for a format without sections', () => {
    const run = argmap(['export', 'maps/social-media.yaml', '--to', 'json', '--group', 'essay'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--group essay needs a format with sections; json has none')
    expect(run.stderr).toContain('hint: use --to md or html')
  })
})
