// `npm run bench:html`: argmap's HTML reader beside Readability and Defuddle on Readability's own test pages
// (corpus/readability/, gathered by scripts/readability-gather.js), and commenters named on the corpus pages.

import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseHTML} from 'linkedom'
import {blocksOf, label, normal, sentencesOf} from './html-text.js'

const root = 'corpus/readability'
if (!existsSync(root)) {
  console.log('corpus/readability/ is absent: run node scripts/readability-gather.js first')
  process.exit(0)
}

const tools = ['argmap', 'readability', 'defuddle']
const runs = Object.fromEntries(
  tools.map(tool => {
    const lines = execFileSync('node', ['bench/html-tool.js', tool], {
      maxBuffer: 1024 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'ignore']
    })
      .toString()
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
    return [tool, {pages: lines.filter(line => !line.summary), summary: lines.find(line => line.summary)}]
  })
)

const expected = new Map()
for (const {id} of runs.argmap.pages) {
  const meta = JSON.parse(readFileSync(join(root, id, 'expected-metadata.json'), 'utf8'))
  const html = readFileSync(join(root, id, 'expected.html'), 'utf8')
  const blocks = blocksOf(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body)
  expected.set(id, {meta, sentences: sentencesOf(blocks), text: normal(blocks.join(' '))})
}

const agrees = (ours, theirs) => {
  const a = label(ours)
  const b = label(theirs)
  return a === b || (a !== '' && b !== '' && (a.includes(b) || b.includes(a)))
}

const recipe = JSON.parse(readFileSync('corpus/readability.json', 'utf8'))
const splitOf = new Map(recipe.pages.map(page => [page.id, page.split]))

const rowsOf = split =>
  tools.map(tool => {
    const {summary} = runs[tool]
    const pages = runs[tool].pages.filter(page => split === 'all' || splitOf.get(page.id) === split)
    let titles = 0
    let bylines = 0
    let bylinePages = 0
    let found = 0
    let wanted = 0
    let leaks = 0
    let kept = 0
    for (const page of pages) {
      const gold = expected.get(page.id)
      if (label(page.title) === label(gold.meta.title)) titles++
      if (gold.meta.byline) {
        bylinePages++
        if (agrees(page.byline, gold.meta.byline)) bylines++
      }
      const text = normal(page.blocks.join(' '))
      for (const sentence of gold.sentences) {
        wanted++
        if (text.includes(normal(sentence))) found++
      }
      for (const sentence of sentencesOf(page.blocks)) {
        kept++
        if (!gold.text.includes(normal(sentence))) leaks++
      }
    }
    const percent = (part, whole) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`
    return {
      tool,
      title: `${titles}/${pages.length} (${percent(titles, pages.length)})`,
      byline: `${bylines}/${bylinePages} (${percent(bylines, bylinePages)})`,
      recall: percent(found, wanted),
      leaks: `${leaks} (${percent(leaks, kept)} of kept)`,
      speed: `${(summary.pages / summary.seconds).toFixed(1)}`,
      memory: `${Math.round(summary.maxRssMB)} MB`
    }
  })

const header = [
  'split',
  'extractor',
  'titles',
  'bylines',
  'recall',
  'leaked sentences',
  'pages/s',
  'peak RSS'
]
const table = [
  header,
  ...['tune', 'holdout', 'all'].flatMap(split =>
    rowsOf(split).map(row => [
      `${split} (${runs.argmap.pages.filter(page => split === 'all' || splitOf.get(page.id) === split).length})`,
      row.tool,
      row.title,
      row.byline,
      row.recall,
      row.leaks,
      row.speed,
      row.memory
    ])
  )
]
const widths = header.map((_, column) => Math.max(...table.map(row => row[column].length)))
console.log(`Readability's test pages: ${runs.argmap.pages.length} (node ${process.version})\n`)
for (const row of table)
  console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`)

// A 20 MB page (scripts, styles, SVG, base64 images, 15,000 comments), in a process of its own.
const large = JSON.parse(execFileSync('node', ['bench/html-large.js', String(20 * 2 ** 20)]).toString())
console.log(
  `\n20 MB page: ${large.megabytes.toFixed(1)} MB in ${large.seconds.toFixed(1)} s ` +
    `(${(large.megabytes / large.seconds).toFixed(2)} MB/s), ${large.claims} claims, ` +
    `${large.commenters} commenters, peak RSS ${Math.round(large.maxRssMB)} MB`
)
