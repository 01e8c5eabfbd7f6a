// The HTML reader: a page's decoded text → positioned mdast with hints, and what the page states about itself.

import type {Root} from 'mdast'
import type {FrontMatter} from '../markdown-blocks.js'
import {htmlToMdast} from './to-mdast.js'

/** Reads an HTML page into mdast and its metadata, as the Markdown reader does for Markdown. */
export type HtmlReader = (text: string) => {tree: Root; meta: FrontMatter}

/** Read a page: the article's title, author and date as the page publishes them. */
export const readHtml: HtmlReader = text => {
  const {tree, meta} = htmlToMdast(text)
  const known: FrontMatter = {}
  if (meta.title) known.title = meta.title
  if (meta.author) known.author = meta.author
  if (meta.date) known.date = meta.date
  return {tree, meta: known}
}
