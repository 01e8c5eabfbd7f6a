// Gathers Readability's test pages (source.html, expected.html, expected-metadata.json) into the ignored
// corpus/readability/ from a snapshot of mozilla/readability, checking each file against corpus/readability.json.
// Usage: node scripts/readability-gather.js [git-dir] [--write-recipe]

import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const recipeFile = 'corpus/readability.json'
const files = ['source.html', 'expected.html', 'expected-metadata.json']
const args = process.argv.slice(2)
const writeRecipe = args.includes('--write-recipe')
const gitDir = args.find(arg => !arg.startsWith('--')) ?? '/work/.mirror/mozilla+readability/repo'
const git = (...rest) => execFileSync('git', ['--git-dir', gitDir, ...rest], {maxBuffer: 256 * 2 ** 20})
const sha256 = bytes => createHash('sha256').update(bytes).digest('hex')

const recipe = writeRecipe
  ? {
      version: 1,
      repo: 'mozilla/readability',
      commit: git('rev-parse', 'HEAD').toString().trim(),
      obtained: "the search tool's fetch of github:mozilla/readability, read with git show <commit>:<path>",
      pages: git('ls-tree', '--name-only', 'HEAD', 'test/test-pages/')
        .toString()
        .trim()
        .split('\n')
        .map(path => ({id: path.split('/').pop(), sha256: {}}))
    }
  : JSON.parse(readFileSync(recipeFile, 'utf8'))
if (writeRecipe) splitEveryThird(recipe)

let gathered = 0
const failures = []
for (const page of recipe.pages) {
  mkdirSync(join('corpus/readability', page.id), {recursive: true})
  for (const file of files) {
    let bytes
    try {
      bytes = git('show', `${recipe.commit}:test/test-pages/${page.id}/${file}`)
    } catch {
      failures.push(`${page.id}/${file}: not in the snapshot`)
      continue
    }
    if (writeRecipe) page.sha256[file] = sha256(bytes)
    else if (page.sha256[file] !== sha256(bytes)) {
      failures.push(`${page.id}/${file}: sha256 differs from the recipe`)
      continue
    }
    writeFileSync(join('corpus/readability', page.id, file), bytes)
  }
  gathered++
}
if (writeRecipe) writeFileSync(recipeFile, `${JSON.stringify(recipe, null, 1)}\n`)
console.log(
  `${gathered} pages in corpus/readability/${failures.length ? `; ${failures.length} problems:` : ''}`
)
for (const failure of failures) console.log(`  ${failure}`)
process.exitCode = failures.length ? 1 : 0

/** The fixed split: pages sorted by id in code-point order, every third one holdout, the rest tune. */
function splitEveryThird(recipe) {
  recipe.split =
    'pages sorted by id (code-point order), every third one (the 3rd, 6th, 9th…) is holdout, the rest tune'
  const order = recipe.pages.map(page => page.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  for (const page of recipe.pages) page.split = order.indexOf(page.id) % 3 === 2 ? 'holdout' : 'tune'
}
