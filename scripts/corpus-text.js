// Turns a saved HTML page into the plain text a reader gets by saving it as text (`corpus-text.js page.html`).
//
// Why html-to-text: it is a maintained npm converter (htmlparser2 underneath, so broken
// markup parses the way browsers tolerate it) whose selectors let us state the whole
// convention in one table below, and it is deterministic: same bytes in, same bytes out.
// A rehype walk would need our own block/inline rules, list and table handling, which is
// what this package already does. Convention (CORPUS.md): blocks separated by blank lines,
// no wrapping, links as their text, images and scripts dropped, list items on their own lines.

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {compile} from 'html-to-text'

const blocks = [
  'address, article, aside, center, dd, details, div, dl, dt, fieldset, figcaption, figure',
  'footer, form, header, legend, main, nav, section, summary, table, tbody, thead, tfoot, tr, td, th'
]
  .join(', ')
  .split(', ')

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

const convert = compile({
  wordwrap: false,
  selectors: [
    {selector: 'a', options: {ignoreHref: true}},
    {selector: 'img', format: 'skip'},
    ...['script', 'style', 'noscript', 'select', 'svg', 'template', 'head'].map(selector => ({
      selector,
      format: 'skip'
    })),
    ...blocks.map(selector => ({
      selector,
      format: 'block',
      options: {leadingLineBreaks: 2, trailingLineBreaks: 2}
    })),
    ...headings.map(selector => ({selector, options: {uppercase: false, leadingLineBreaks: 2}})),
    {selector: 'table', format: 'block'},
    {selector: 'ul', options: {itemPrefix: '  • '}}
  ]
})

/** The charset a page declares (BOM, then `<meta charset>` / `http-equiv`), UTF-8 otherwise. */
export function charsetOf(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1]?.toLowerCase()
  if (!declared) return 'utf-8'
  try {
    return new TextDecoder(declared).encoding
  } catch {
    return 'utf-8'
  }
}

/** The page's plain text: trailing spaces trimmed, at most one blank line in a row, one final newline. */
export function pageText(bytes) {
  const html = new TextDecoder(charsetOf(bytes)).decode(bytes)
  const text = convert(html)
    .replace(/[ \t]+$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
  return `${text}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: node scripts/corpus-text.js page.html > page.txt')
    process.exit(2)
  }
  process.stdout.write(pageText(readFileSync(file)))
}
