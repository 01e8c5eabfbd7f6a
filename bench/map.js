// Map checking at scale: generated maps of 10k and 100k links over generated essays,
// beside the floor of reading the same data as JSON; and the cold start of each command.

import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {loadMap, parseEssay, analyseMap} from '../dist/index.js'
import {page, random} from './corpus.js'
import {coldStart, median} from './essay.js'

/** A project with `essays` generated essays and a map of `links` links between their claims. */
export function generate(links, essays) {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-bench-'))
  mkdirSync(join(dir, 'essays'))
  writeFileSync(join(dir, 'package.json'), '{}')
  const next = random(links)
  const keys = []
  const ids = []
  for (let index = 0; index < essays; index++) {
    const key = `essay${index}`
    const text = page(60_000, {seed: index + 1000})
    writeFileSync(join(dir, 'essays', `${key}.txt`), text)
    keys.push(key)
    ids.push(parseEssay(text, {file: `${key}.txt`, key}).claims.map(claim => claim.id))
  }
  const lines = [
    '# generated for npm run bench',
    'title: Generated debate',
    'essays:',
    ...keys.map(key => `  ${key}: essays/${key}.txt`),
    'links:'
  ]
  const seen = new Set()
  const json = []
  while (json.length < links) {
    const a = ids[Math.floor(next() * essays)]
    const b = ids[Math.floor(next() * essays)]
    const from = a[Math.floor(next() * a.length)]
    const to = b[Math.floor(next() * b.length)]
    if (from === to || seen.has(`${from} ${to}`) || seen.has(`${to} ${from}`)) continue
    seen.add(`${from} ${to}`)
    const relation = next() < 0.5 ? 'supports' : 'rebuts'
    lines.push(
      `  - from: ${from}`,
      `    ${relation}: ${to}`,
      `    note: Generated link number ${json.length + 1}, with a note of ordinary length.`
    )
    json.push({
      from,
      [relation]: to,
      note: `Generated link number ${json.length + 1}, with a note of ordinary length.`
    })
  }
  const map = join(dir, 'map.yaml')
  writeFileSync(map, `${lines.join('\n')}\n`)
  writeFileSync(
    join(dir, 'map.json'),
    JSON.stringify({essays: Object.fromEntries(keys.map(key => [key, `essays/${key}.txt`])), links: json})
  )
  return {dir, map}
}

export async function benchMaps(report) {
  for (const [links, essays] of [
    [10_000, 20],
    [100_000, 100]
  ]) {
    const {dir, map} = generate(links, essays)
    const size = readFileSync(map).length / 2 ** 20
    const jsonText = readFileSync(join(dir, 'map.json'), 'utf8')
    const floor = median(3, () => JSON.parse(jsonText))
    let problems = 0
    const started = performance.now()
    const loaded = await loadMap(map)
    const check = performance.now() - started
    problems = loaded.problems.length
    const analysed = median(1, () => analyseMap(loaded.map, loaded.claims))
    report(
      `check ${links / 1000}k links (${size.toFixed(1)} MB, ${essays} essays)`,
      `${check.toFixed(0)} ms (${problems} problems); JSON.parse of the same links: ${floor.toFixed(0)} ms; graph+trees: ${analysed.toFixed(0)} ms`
    )
    if (links === 10_000) {
      const cold = coldStart(['bin/argmap.js', 'check', map], 3)
      report('cold: argmap check 10k-link map', `${cold.toFixed(0)} ms`)
    }
  }
  const paths = [
    ['check maps/social-media.yaml', ['check', 'maps/social-media.yaml']],
    ['show maps/social-media.yaml --print', ['show', 'maps/social-media.yaml', '--print']],
    ['show maps/social-media.yaml --json', ['show', 'maps/social-media.yaml', '--json']],
    ['export maps/social-media.yaml (md)', ['export', 'maps/social-media.yaml']],
    ['export maps/social-media.yaml --to svg', ['export', 'maps/social-media.yaml', '--to', 'svg']]
  ]
  for (const [name, args] of paths)
    report(`cold: argmap ${name}`, `${coldStart(['bin/argmap.js', ...args]).toFixed(0)} ms`)
  // The interactive path needs a terminal; its extra cost is loading Ink, React and the views.
  report(
    'cold: loading the Ink views (dist/views.js)',
    `${coldStart(['-e', "await import('./dist/views.js')", '--input-type=module']).toFixed(0)} ms`
  )
}
