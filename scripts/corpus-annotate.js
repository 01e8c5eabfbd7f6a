// Resolves draft annotations (quoted snippets) into gold positions: `corpus-annotate.js [id...]`.
//
// Reads corpus/drafts/<id>.json and corpus/pages/<id>.txt, writes corpus/gold/<id>.json with
// UTF-16 [start, end) positions only (CORPUS.md). A snippet is a string that occurs exactly
// once, `{"text", "nth"}` (occurrence nth, from 0), or `{"from", "to"}` for a run of text
// (any span may be written so); `to` is searched from the start of `from`, its `nth`
// counting from there. Fails loudly with the file, key and snippet when one does not resolve.

import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const corpus = new URL('../corpus/', import.meta.url)

/** The decoded text of a page, as the scorer reads it (UTF-8, BOM removed). */
export function readPageText(id, dir = new URL('pages/', corpus)) {
  return readFileSync(new URL(`${id}.txt`, dir), 'utf8').replace(/^\uFEFF/u, '')
}

/** Index of the nth occurrence of `needle` at or after `from`, or -1. */
function occurrence(text, needle, nth, from) {
  let at = from - 1
  for (let seen = 0; seen <= nth; seen++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) return -1
  }
  return at
}

function count(text, needle) {
  let n = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++
  return n
}

/** One snippet → [start, end); `where` names it in errors. */
export function resolve(text, snippet, where, from = 0) {
  if (snippet === null || snippet === undefined) return null
  if (typeof snippet === 'object' && 'from' in snippet) {
    const [start] = resolve(text, snippet.from, `${where}.from`, from)
    const [, end] = resolve(text, snippet.to, `${where}.to`, start)
    return [start, end]
  }
  const needle = typeof snippet === 'string' ? snippet : snippet.text
  if (typeof needle !== 'string' || needle.trim() === '') throw new Error(`${where}: empty snippet`)
  const nth = typeof snippet === 'string' ? null : (snippet.nth ?? 0)
  const scope = text.slice(from)
  if (nth === null && from === 0 && count(scope, needle) > 1)
    throw new Error(`${where}: "${needle}" occurs ${count(scope, needle)} times; write {"text", "nth"}`)
  const start = occurrence(text, needle, nth ?? 0, from)
  if (start < 0) throw new Error(`${where}: "${needle}" not found${nth ? ` (nth ${nth})` : ''}`)
  return [start, start + needle.length]
}

/** A draft's snippets resolved into the gold record. */
export function annotate(id, draft, text) {
  const one = (snippet, where) => resolve(text, snippet, `${id}: ${where}`)
  const all = (list = [], key) => list.map((snippet, i) => one(snippet, `${key}[${i}]`))
  return {
    id,
    title: one(draft.title, 'title'),
    author: one(draft.author, 'author'),
    date: one(draft.date, 'date'),
    body: all(draft.body, 'body'),
    headings: all(draft.headings, 'headings'),
    sentences: all(draft.sentences, 'sentences'),
    chrome: (draft.chrome ?? []).map(({span, kind}, i) => {
      if (typeof kind !== 'string') throw new Error(`${id}: chrome[${i}] needs a kind`)
      return {span: one(span, `chrome[${i}].span`), kind}
    }),
    comments: (draft.comments ?? []).map((comment, i) => ({
      span: one(comment.span, `comments[${i}].span`),
      body: all(comment.body, `comments[${i}].body`),
      speaker: comment.speaker ?? null,
      speakerSpan: one(comment.speakerSpan, `comments[${i}].speakerSpan`),
      repliesTo: comment.repliesTo ?? null,
      byAuthor: comment.byAuthor === true
    }))
  }
}

/** The gold record in one line per span, so diffs stay readable. */
export function formatGold(gold) {
  const lines = Object.entries(gold).map(([key, value]) =>
    Array.isArray(value) && value.length > 0 && typeof value[0] !== 'number'
      ? `  ${JSON.stringify(key)}: [\n${value.map(item => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`
  )
  return `{\n${lines.join(',\n')}\n}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const drafts = new URL('drafts/', corpus)
  const ids = process.argv.slice(2)
  const todo =
    ids.length > 0 ? ids : readdirSync(drafts).flatMap(name => name.match(/^(\w+)\.json$/u)?.[1] ?? [])
  mkdirSync(new URL('gold/', corpus), {recursive: true})
  let failed = 0
  for (const id of todo) {
    const file = new URL(`${id}.json`, drafts)
    try {
      if (!existsSync(file)) throw new Error(`${fileURLToPath(file)}: no such draft`)
      const gold = annotate(id, JSON.parse(readFileSync(file, 'utf8')), readPageText(id))
      writeFileSync(new URL(`gold/${id}.json`, corpus), formatGold(gold))
      console.log(
        `${id}: ${gold.body.length} body, ${gold.chrome.length} chrome, ${gold.comments.length} comments`
      )
    } catch (error) {
      failed++
      console.error(`corpus/drafts/${id}.json: ${error.message}`)
    }
  }
  process.exit(failed > 0 ? 1 : 0)
}
