// One extractor over Readability's test pages, in a process of its own so its peak memory is its own.
// Usage: node bench/html-tool.js argmap|readability|defuddle  → JSON lines on stdout, a summary last.

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {blocksOf} from './html-text.js'

const tool = process.argv[2]
const root = 'corpus/readability'
const pages = readdirSync(root).filter(id => {
  try {
    return readFileSync(join(root, id, 'source.html')).length > 0
  } catch {
    return false
  }
})

const {parseHTML} = await import('linkedom')
const fragmentText = html =>
  blocksOf(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body)

const extract = await extractor(tool)
const started = performance.now()
for (const id of pages) {
  const source = readFileSync(join(root, id, 'source.html'), 'utf8')
  let result
  try {
    result = await extract(source)
  } catch (error) {
    result = {title: null, byline: null, blocks: [], comments: [], error: String(error?.message ?? error)}
  }
  process.stdout.write(`${JSON.stringify({id, ...result})}\n`)
}
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `${JSON.stringify({summary: true, pages: pages.length, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024})}\n`
)

async function extractor(name) {
  if (name === 'argmap') {
    const {parseEssay, loadReaders} = await import('../dist/index.js')
    const readers = await loadReaders(['html'])
    return source => {
      const essay = parseEssay(source, {file: 'page.html', ...readers})
      return {
        title: essay.title,
        byline: essay.author,
        // The article's text as argmap shows it: its claims under their section titles, in page order.
        blocks: [
          ...essay.posts.flatMap(post =>
            post.sections.map(section => ({text: section.title, line: section.line}))
          ),
          ...essay.claims.filter(claim => claim.role !== 'comment')
        ]
          .sort((a, b) => a.line - b.line)
          .map(block => block.text),
        comments: essay.claims.filter(claim => claim.role === 'comment').map(claim => claim.text)
      }
    }
  }
  if (name === 'readability') {
    const {Readability} = await import('@mozilla/readability')
    return source => {
      const {document} = parseHTML(source)
      const article = new Readability(document).parse()
      return {
        title: article?.title ?? null,
        byline: article?.byline ?? null,
        blocks: article ? fragmentText(article.content) : [],
        comments: []
      }
    }
  }
  if (name === 'defuddle') {
    const {Defuddle} = await import('defuddle/node')
    return async source => {
      const {document} = parseHTML(source)
      const result = await Defuddle(document, 'https://example.com/', {})
      return {
        title: result.title || null,
        byline: result.author || null,
        blocks: fragmentText(result.content ?? ''),
        comments: []
      }
    }
  }
  throw new Error(`unknown tool ${name}`)
}
