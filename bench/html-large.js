// A page of about SIZE bytes as a WordPress-like HTML page, for the benchmark of large pages: seed sentences in
// paragraphs and headings, with scripts, styles, inline SVG and base64 images between them, and a nested
// comment thread. Parsed in this process; prints one JSON line (seconds, claims, peak memory).
// Usage: node bench/html-large.js <bytes>

import {loadReaders, parseEssay} from '../dist/index.js'
import {random, seedSentences} from './corpus.js'

const size = Number(process.argv[2] ?? 20 * 2 ** 20)
const next = random(7)
const sentences = seedSentences()
const pick = () => sentences[Math.floor(next() * sentences.length)]
const escapeHtml = text => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
const parts = [
  '<!doctype html><html><head><meta charset="utf-8"><title>A long essay | Bench</title>',
  '<style>body{font:16px serif}.share{display:flex}</style></head><body>',
  '<header class="site-header"><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>',
  '<article class="post"><h1>A long essay</h1><p class="byline">By <a rel="author" href="/">Jane Doe</a></p><div class="entry-content">'
]
let length = parts.join('').length
let comments = 0
while (length < size * 0.6) {
  const roll = next()
  let part
  if (roll < 0.05) part = `<h2>${escapeHtml(pick())}</h2>`
  else if (roll < 0.07) part = `<script>var data = ${JSON.stringify(pick())};</script>`
  else if (roll < 0.09)
    part = `<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><text>${escapeHtml(pick())}</text></svg>`
  else if (roll < 0.1) part = `<img alt="" src="data:image/png;base64,${'iVBORw0KGgo'.repeat(400)}">`
  else part = `<p>${escapeHtml([pick(), pick(), pick()].join(' '))}</p>`
  parts.push(part)
  length += part.length
}
parts.push('</div></article><section id="comments"><ol class="comment-list">')
while (length < size) {
  const depth = next() < 0.3 ? 1 : 0
  const part = `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Reader ${++comments}</b> says:</footer><div class="comment-content"><p>${escapeHtml(pick())} ${escapeHtml(pick())}</p></div></article>${depth ? `<ol class="children"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jane Doe</b> says:</footer><div class="comment-content"><p>${escapeHtml(pick())}</p></div></article></li></ol>` : ''}</li>`
  parts.push(part)
  length += part.length
}
parts.push('</ol></section><footer class="site-footer"><p>© Bench</p></footer></body></html>')
const page = parts.join('\n')

const readers = await loadReaders(['html'])
const started = performance.now()
const essay = parseEssay(page, {file: 'large.html', ...readers})
const seconds = (performance.now() - started) / 1000
console.log(
  JSON.stringify({
    megabytes: page.length / 2 ** 20,
    seconds,
    claims: essay.claims.length,
    commenters: new Set(essay.claims.filter(claim => claim.role === 'comment').map(claim => claim.speaker))
      .size,
    maxRssMB: process.resourceUsage().maxRSS / 1024
  })
)
