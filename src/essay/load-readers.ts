// Loads the readers some essays' formats need, on demand: remark and the HTML parser cost startup time plain text need not pay.

import type {HtmlReader} from './html/read-html.js'
import {loadMarkdownReader} from './load-markdown.js'
import type {MarkdownReader} from './markdown-blocks.js'
import type {EssayFormat} from './types.js'

/** The readers of the formats that need one loaded. */
export interface Readers {
  markdown?: MarkdownReader
  html?: HtmlReader
}

/** Load the reader of each format in the list (plain text needs none). */
export async function loadReaders(formats: Iterable<EssayFormat>): Promise<Readers> {
  const wanted = new Set(formats)
  const readers: Readers = {}
  if (wanted.has('markdown')) readers.markdown = await loadMarkdownReader()
  if (wanted.has('html')) readers.html = (await import('./html/read-html.js')).readHtml
  return readers
}
