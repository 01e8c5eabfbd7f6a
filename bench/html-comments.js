// Commenters named right on the corpus's HTML pages: each gold comment (corpus/gold/<id>.json, spans in
// <id>.txt) is looked for among the claims argmap reads from <id>.html, matched by the comment's words.
// A comment counts as right when every claim made of its words carries the gold speaker; a comment none
// of whose words became a claim counts as wrong. Flags: --split tune|holdout|all (default tune).

import {existsSync, readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {loadReaders, parseEssay} from '../dist/index.js'

const {values} = parseArgs({options: {split: {type: 'string', default: 'tune'}}})
const recipe = JSON.parse(readFileSync('corpus/recipe.json', 'utf8'))
const readers = await loadReaders(['html'])
const fold = text => text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase()
const bare = text => fold(text).replace(/[^\p{L}\p{N}]+/gu, '')

const rows = []
for (const page of recipe.pages) {
  if (values.split !== 'all' && page.split !== values.split) continue
  const html = `corpus/pages/${page.id}.html`
  const gold = `corpus/gold/${page.id}.json`
  if (!existsSync(html) || !existsSync(gold) || !existsSync(`corpus/pages/${page.id}.txt`)) continue
  const annotation = JSON.parse(readFileSync(gold, 'utf8'))
  if (!annotation.comments?.length) continue
  const text = readFileSync(`corpus/pages/${page.id}.txt`, 'utf8').replace(/^\uFEFF/u, '')
  const essay = parseEssay(readFileSync(html, 'utf8'), {file: `${page.id}.html`, ...readers})
  const author = annotation.author ? fold(text.slice(...annotation.author)) : null
  let right = 0
  const wrong = []
  for (const comment of annotation.comments) {
    const words = bare(comment.body.map(span => text.slice(...span)).join(' '))
    // The claims made of the comment's words: those of 20 letters or more when there are any ("Thanks!"
    // could be anyone's), and the comment claims among them when there are any (a comment may quote the post).
    const matched = essay.claims.filter(claim => bare(claim.text) && words.includes(bare(claim.text)))
    const long = matched.filter(claim => bare(claim.text).length >= 20)
    const candidates = long.length > 0 ? long : matched
    const inComments = candidates.filter(claim => claim.role === 'comment')
    const claims = inComments.length > 0 ? inComments : candidates
    const wanted = comment.byAuthor ? author : comment.speaker ? fold(comment.speaker) : null
    const ok =
      claims.length > 0 &&
      claims.every(claim =>
        wanted ? fold(claim.speaker) === wanted : fold(claim.speaker) !== author && claim.role === 'comment'
      )
    if (ok) right++
    else
      wrong.push(
        `${comment.speaker ?? '(unnamed)'} → ${[...new Set(claims.map(claim => claim.speaker))].join(', ') || 'no claim'}`
      )
  }
  rows.push({id: page.id, platform: page.platform, comments: annotation.comments.length, right, wrong})
}

const total = rows.reduce((sum, row) => sum + row.comments, 0)
const right = rows.reduce((sum, row) => sum + row.right, 0)
console.log(
  `Commenters named right on the corpus's HTML pages (split ${values.split}): ${rows.length} pages with comments\n`
)
for (const row of rows)
  console.log(
    `${row.id} ${row.platform.padEnd(14)} ${row.right}/${row.comments}${row.wrong.length ? `   wrong: ${row.wrong.slice(0, 4).join('; ')}` : ''}`
  )
console.log(
  `\ntotal ${right}/${total} (${((100 * right) / Math.max(total, 1)).toFixed(1)}%), on ${new Set(rows.map(row => row.platform)).size} platforms`
)
