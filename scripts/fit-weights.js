// Fits the block classifier (src/essay/weights.json) on the corpus's tune pages: `node scripts/fit-weights.js [--corpus DIR]`.
//
// Each block of each tune page gets the label of the gold span that covers most of it (body,
// heading, title, byline, date, a chrome kind, a comment's header or body); blocks no gold span
// touches, and long blocks (which the reader takes for prose without scoring), are left out. A multinomial logistic regression with an L2 penalty is fitted by
// gradient descent, classes weighted by the inverse square root of their frequency. Holdout
// pages are never read.

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const argument = process.argv.indexOf('--corpus')
const corpus = argument > 0 ? process.argv[argument + 1] : join(root, 'corpus')

/** The reader's own block and feature code, bundled on the fly so the fit sees what the CLI sees. */
async function loadReader() {
  const bundle = await build({
    stdin: {
      contents: `export {plainToMdast} from './src/essay/plain-blocks.ts'
        export {flattenBlocks} from './src/essay/blocks.ts'
        export {blockFeatures, featureNames, longBlock} from './src/essay/block-features.ts'
        export {labels} from './src/essay/block-model.ts'
        export {blankControls} from './src/util/sanitize.ts'`,
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning'
  })
  const code = bundle.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

/** Gold chrome kinds (CORPUS.md) as the classifier's labels. */
const chromeLabel = {
  navigation: 'navigation',
  'site-header': 'site header',
  'tag-line': 'tag line',
  byline: 'byline',
  'date-stamp': 'date',
  bio: 'bio',
  'related-links': 'related',
  footer: 'footer'
}

/** The gold spans of a page, each with the label it gives the blocks it covers. */
function goldSpans(gold) {
  const spans = []
  const add = (span, label) => span && spans.push({start: span[0], end: span[1], label})
  add(gold.title, 'title')
  add(gold.author, 'byline')
  add(gold.date, 'date')
  for (const span of gold.body ?? []) add(span, 'body')
  for (const span of gold.headings ?? []) add(span, 'heading')
  for (const entry of gold.chrome ?? []) add(entry.span, chromeLabel[entry.kind] ?? 'chrome')
  for (const comment of gold.comments ?? []) {
    for (const span of comment.body ?? []) add(span, 'comment body')
    const first = comment.body?.[0]?.[0] ?? comment.span[1]
    add([comment.span[0], first], 'comment header')
  }
  return spans
}

/** The label covering most of `[start, end)`, or null. Spans are few per page: a scan is enough. */
function labelOf(spans, start, end) {
  let best = null
  let most = 0
  for (const span of spans) {
    const overlap = Math.min(end, span.end) - Math.max(start, span.start)
    // A title or byline inside a longer span (a heading) outranks it: the shorter, the more specific.
    if (
      overlap > most ||
      (overlap === most && overlap > 0 && best && span.end - span.start < best.end - best.start)
    ) {
      most = overlap
      best = span
    }
  }
  return most > 0 ? best.label : null
}

function fitRegression(rows, featureCount, labels, {epochs = 600, rate = 0.5, penalty = 0.002} = {}) {
  const weights = labels.map(() => new Float64Array(featureCount))
  const frequency = labels.map((_, label) => rows.filter(row => row.label === label).length)
  const classWeight = frequency.map(count => (count > 0 ? 1 / Math.sqrt(count) : 0))
  const norm = rows.reduce((sum, row) => sum + classWeight[row.label], 0)
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = labels.map(() => new Float64Array(featureCount))
    for (const row of rows) {
      const scores = weights.map(w => w.reduce((sum, value, i) => sum + value * row.x[i], 0))
      const max = Math.max(...scores)
      const exp = scores.map(score => Math.exp(score - max))
      const total = exp.reduce((a, b) => a + b, 0)
      const scale = classWeight[row.label] / norm
      for (let label = 0; label < labels.length; label++) {
        const error = exp[label] / total - (label === row.label ? 1 : 0)
        for (let i = 0; i < featureCount; i++) gradient[label][i] += scale * error * row.x[i]
      }
    }
    for (let label = 0; label < labels.length; label++)
      for (let i = 0; i < featureCount; i++)
        weights[label][i] -= rate * (gradient[label][i] + penalty * weights[label][i])
  }
  return weights
}

const reader = await loadReader()
const recipe = JSON.parse(readFileSync(join(corpus, 'recipe.json'), 'utf8'))
const rows = []
const pages = []
for (const page of recipe.pages) {
  if (page.split !== 'tune') continue
  const goldFile = join(corpus, 'gold', `${page.id}.json`)
  const textFile = join(corpus, 'pages', `${page.id}.txt`)
  if (!existsSync(goldFile) || !existsSync(textFile)) continue
  const text = reader.blankControls(readFileSync(textFile, 'utf8').replace(/^\uFEFF/u, ''))
  const spans = goldSpans(JSON.parse(readFileSync(goldFile, 'utf8')))
  const blocks = reader.flattenBlocks(reader.plainToMdast(text), text)
  const features = reader.blockFeatures(blocks).vectors
  blocks.forEach((block, index) => {
    if (block.visible.text.trim().length > reader.longBlock) return
    const label = labelOf(spans, block.start, block.end)
    if (label) rows.push({x: features[index], label: reader.labels.indexOf(label)})
  })
  pages.push(page.id)
}
if (rows.length === 0) {
  console.error(`no tune pages with gold under ${corpus}: nothing to fit`)
  process.exit(1)
}
const weights = fitRegression(rows, reader.featureNames.length, reader.labels)
const out = {
  fitted: 'node scripts/fit-weights.js (multinomial logistic regression on the tune pages)',
  pages,
  blocks: rows.length,
  labels: Object.fromEntries(
    reader.labels.map((label, index) => [
      label,
      Object.fromEntries(
        reader.featureNames.map((name, i) => [name, Math.round(weights[index][i] * 1000) / 1000])
      )
    ])
  )
}
writeFileSync(join(root, 'src/essay/weights.json'), `${JSON.stringify(out, null, 2)}\n`)
const correct = rows.filter(row => {
  const scores = weights.map(w => w.reduce((sum, value, i) => sum + value * row.x[i], 0))
  return scores.indexOf(Math.max(...scores)) === row.label
}).length
console.log(
  `fitted on ${pages.length} tune pages, ${rows.length} blocks; ${((100 * correct) / rows.length).toFixed(1)}% of them labelled right`
)
