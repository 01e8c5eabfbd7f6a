// Loads the Markdown reader on demand: remark and its parsers cost startup time plain text need not pay.

import type {MarkdownReader} from './markdown-blocks.js'

/** The Markdown reader, imported the first time it is needed. */
export async function loadMarkdownReader(): Promise<MarkdownReader> {
  return (await import('./markdown-blocks.js')).markdownToMdast
}
