// `npm run bench:pages`: scores the essay reader on the real pages of corpus/ against their gold (CORPUS.md).
//
// Each corpus/pages/<id>.txt is read the way `argmap show` reads it (readEssay), and its claims are
// compared with corpus/gold/<id>.json: chrome blocks leaked into claims, body paragraphs dropped,
// gold sentences that are exactly one claim, comments whose claims carry the right speaker,
// titles and authors. Flags: --split tune|holdout|all (default tune), --page ID, --json.
// Holdout pages show only in totals unless asked for with --split holdout or --page.

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {readEssay} from '../dist/index.js'

const corpus = new URL('../corpus/', import.meta.url)
const fold = text => text.replace(/\s+/gu, '').toLowerCase()
const isSpace = char => /\s/u.test(char)

/** [start, end) with the whitespace at both ends cut off. */
function trimmed(text, [start, end]) {
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  return [start, end]
}

/** For each character of the text, the index of the claim covering it, or -1. */
function claimAt(text, claims) {
  const owner = new Int32Array(text.length).fill(-1)
  for (const [index, claim] of claims.entries()) owner.fill(index, claim.start, claim.end)
  return owner
}

/** Non-space characters of a span: how many, and how many lie in claims. */
function coverage(text, owner, [start, end]) {
  let chars = 0
  let covered = 0
  for (let at = start; at < end; at++) {
    if (isSpace(text[at])) continue
    chars++
    if (owner[at] >= 0) covered++
  }
  return {chars, covered}
}

/** The indexes of the claims that touch any of the spans. */
function claimsIn(owner, spans) {
  const found = new Set()
  for (const [start, end] of spans)
    for (let at = start; at < end; at++) if (owner[at] >= 0) found.add(owner[at])
  return [...found]
}

/** One page's figures: [right, total] pairs, and titles/authors as true, false or null (not stated). */
export function scorePage(text, essay, gold) {
  const owner = claimAt(text, essay.claims)
  const slice = span => text.slice(span[0], span[1])
  const postAuthor = gold.author ? slice(gold.author) : (essay.author ?? 'Author')
  const exact = new Set(essay.claims.map(claim => trimmed(text, [claim.start, claim.end]).join(':')))

  const speakerRight = comment => {
    const claims = claimsIn(owner, comment.body.length > 0 ? comment.body : [comment.span])
    if (claims.length === 0) return false
    const right = speaker => {
      if (comment.byAuthor)
        return [postAuthor, comment.speaker].some(name => name && fold(name) === fold(speaker))
      if (comment.speaker === null) return fold(speaker) !== fold(postAuthor)
      return fold(speaker) === fold(comment.speaker)
    }
    return claims.every(index => right(essay.claims[index].speaker))
  }
  const count = (list, test) => [list.filter(test).length, list.length]
  const title = essay.title ?? essay.posts[0]?.title ?? ''

  return {
    chromeLeaked: count(gold.chrome, block => coverage(text, owner, block.span).covered > 0),
    bodyDropped: count(gold.body, span => {
      const {chars, covered} = coverage(text, owner, span)
      return covered < 0.9 * chars
    }),
    sentencesExact: count(gold.sentences, span => exact.has(trimmed(text, span).join(':'))),
    commentsRight: count(gold.comments, speakerRight),
    title: gold.title ? fold(title) === fold(slice(gold.title)) : null,
    author: gold.author ? fold(essay.author ?? '') === fold(slice(gold.author)) : null
  }
}

const figures = ['chromeLeaked', 'bodyDropped', 'sentencesExact', 'commentsRight']

/** Sums of the pages' figures, titles and authors counted as [right, stated]. */
function total(rows) {
  const sum = key => rows.reduce(([a, b], row) => [a + row[key][0], b + row[key][1]], [0, 0])
  const flags = key => {
    const stated = rows.filter(row => row[key] !== null)
    return [stated.filter(row => row[key]).length, stated.length]
  }
  return {
    pages: rows.length,
    ...Object.fromEntries(figures.map(key => [key, sum(key)])),
    title: flags('title'),
    author: flags('author')
  }
}

const percent = ([a, b]) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`)
const ratio = ([a, b]) => `${a}/${b}`
const mark = flag => (flag === null ? '–' : flag ? 'yes' : 'no')

function printTable(rows, totals, skipped) {
  const line = cells => console.log(cells.map((cell, i) => String(cell).padEnd(i === 0 ? 14 : 13)).join(''))
  line(['page', 'split', 'chrome leak', 'body drop', 'sent exact', 'comments', 'title', 'author'])
  for (const row of rows)
    line([row.id, row.split, ...figures.map(key => ratio(row[key])), mark(row.title), mark(row.author)])
  console.log()
  for (const [split, t] of Object.entries(totals)) {
    line([`${split} (${t.pages})`, '', ...figures.map(key => ratio(t[key])), ratio(t.title), ratio(t.author)])
    line(['', '', ...figures.map(key => percent(t[key])), percent(t.title), percent(t.author)])
  }
  if (skipped > 0)
    console.log(`\n${skipped} page(s) of the recipe are absent from corpus/pages and were skipped.`)
}

async function main() {
  const {values} = parseArgs({
    options: {split: {type: 'string', default: 'tune'}, page: {type: 'string'}, json: {type: 'boolean'}}
  })
  if (!['tune', 'holdout', 'all'].includes(values.split)) {
    console.error(`bench:pages: --split must be tune, holdout or all, not "${values.split}"`)
    process.exit(2)
  }
  const recipe = JSON.parse(readFileSync(new URL('recipe.json', corpus), 'utf8')).pages
  const chosen = recipe.filter(page =>
    values.page ? page.id === values.page : values.split === 'all' || page.split === values.split
  )
  if (values.page && chosen.length === 0) {
    console.error(`bench:pages: no page "${values.page}" in corpus/recipe.json`)
    process.exit(2)
  }
  const golds = new Set(readdirSync(new URL('gold/', corpus)))
  const present = chosen.filter(
    page => existsSync(new URL(`pages/${page.id}.txt`, corpus)) && golds.has(`${page.id}.json`)
  )
  const rows = []
  for (const page of present) {
    const file = fileURLToPath(new URL(`pages/${page.id}.txt`, corpus))
    const {essay, text} = await readEssay(file)
    const gold = JSON.parse(readFileSync(new URL(`gold/${page.id}.json`, corpus), 'utf8'))
    rows.push({id: page.id, split: page.split, ...scorePage(text, essay, gold)})
  }
  const splits = [...new Set(rows.map(row => row.split))].sort().reverse()
  const totals = Object.fromEntries(
    splits.map(split => [split, total(rows.filter(row => row.split === split))])
  )
  if (splits.length > 1) totals.all = total(rows)
  const shown = rows.filter(row => row.split === 'tune' || values.split === 'holdout' || values.page)
  if (values.json)
    console.log(JSON.stringify({pages: shown, totals, skipped: chosen.length - present.length}, null, 2))
  else printTable(shown, totals, chosen.length - present.length)
}

await main()
