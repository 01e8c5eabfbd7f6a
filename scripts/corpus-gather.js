// Re-creates corpus/pages from corpus/recipe.json, checking every file's sha256: `corpus-gather.js [id...]`.
//
// The pages come from public repositories' snapshots that the search tool's `fetch` brings to
// /work/.mirror/<owner>+<name>/ (a bare git directory there or in its `repo/` folder). First
// `node scripts/corpus-gather.js --repos` lists the repositories to fetch (call `fetch` with
// `github:<owner>/<name>` for each); then `node scripts/corpus-gather.js` reads each page with
// `git show <commit>:<path>`, writes <id>.html and its text (scripts/corpus-text.js) as <id>.txt,
// and fails on a sha256 that differs from the recipe. `--mirror DIR` reads snapshots from DIR.

import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {pageText} from './corpus-text.js'

const corpus = new URL('../corpus/', import.meta.url)
const sha256 = bytes => createHash('sha256').update(bytes).digest('hex')

/** The git directory of a fetched snapshot of `owner/name`, or null. */
function gitDir(mirror, repo) {
  const base = join(mirror, repo.replace('/', '+'))
  return [join(base, 'repo'), base].find(dir => existsSync(join(dir, 'HEAD'))) ?? null
}

/** One page's files, checked against the recipe; returns a problem in words, or null. */
function gather(page, mirror) {
  const {repo, commit, path} = page.source
  const dir = gitDir(mirror, repo)
  if (!dir) return `no snapshot of ${repo} in ${mirror} (fetch github:${repo})`
  let html
  try {
    html = execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${path}`], {
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore']
    })
  } catch {
    return `${repo} has no ${path} at ${commit.slice(0, 12)} (the snapshot may be older or newer)`
  }
  if (sha256(html) !== page.sha256.html) return `${path}: sha256 of the HTML differs from the recipe`
  const text = Buffer.from(pageText(html))
  if (sha256(text) !== page.sha256.txt) return `${page.id}.txt: sha256 of the text differs from the recipe`
  writeFileSync(new URL(`pages/${page.id}.html`, corpus), html)
  writeFileSync(new URL(`pages/${page.id}.txt`, corpus), text)
  return null
}

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {repos: {type: 'boolean'}, mirror: {type: 'string', default: '/work/.mirror'}}
})
const {pages} = JSON.parse(readFileSync(new URL('recipe.json', corpus), 'utf8'))
if (values.repos) {
  for (const repo of new Set(pages.map(page => page.source.repo))) console.log(repo)
  process.exit(0)
}
mkdirSync(new URL('pages/', corpus), {recursive: true})
const chosen = positionals.length > 0 ? pages.filter(page => positionals.includes(page.id)) : pages
let failed = 0
for (const page of chosen) {
  const problem = gather(page, values.mirror)
  if (problem) {
    failed++
    console.error(`${page.id}: ${problem}`)
  }
}
console.log(`${chosen.length - failed} of ${chosen.length} pages gathered into corpus/pages`)
process.exit(failed > 0 ? 1 : 0)
