// Writes corpus/PAGES.md from corpus/recipe.json: every page the reader is measured on, by URL.

import {readFileSync, writeFileSync} from 'node:fs'

const corpus = new URL('../corpus/', import.meta.url)
const {pages} = JSON.parse(readFileSync(new URL('recipe.json', corpus), 'utf8'))

const cell = value => String(value ?? '').replace(/\|/gu, '\\|')
const count = (key, value) => pages.filter(page => page[key] === value).length
const distinct = key => new Set(pages.map(page => page[key])).size

const lines = [
  '# Corpus pages',
  '',
  'Generated from `recipe.json` by `node scripts/corpus-pages-md.js`; do not edit by hand.',
  '',
  `${pages.length} pages from ${distinct('site')} sites on ${distinct('platform')} platforms; ` +
    `${count('split', 'tune')} tune, ${count('split', 'holdout')} holdout.`,
  '',
  '| id | split | site | platform | kind | URL |',
  '| --- | --- | --- | --- | --- | --- |',
  ...pages
    .map(page => [page.id, page.split, page.site, page.platform, page.kind, page.url].map(cell).join(' | '))
    .map(row => `| ${row} |`)
]

writeFileSync(new URL('PAGES.md', corpus), `${lines.join('\n')}\n`)
