// The HTML reader: a page's decoded text → positioned mdast with hints, and what the page states about itself.

import type {Root} from 'mdast'
import type {FrontMatter} from '../markdown-blocks.js'
import {readSnapshot, type Snapshot} from './snapshot.js'
import {htmlToMdast} from './to-mdast.js'

/** Reads an HTML page into mdast and its metadata, as the Markdown reader does for Markdown. */
export type HtmlReader = (text: string) => {tree: Root; meta: PageMeta}

/** What a page states about itself, and where it was fetched from when `argmap fetch` saved it. */
export interface PageMeta extends FrontMatter {
  source?: Snapshot
}

/** Read a page: the article's title, author and date as the page publishes them. */
export const readHtml: HtmlReader = text => {
  const {tree, meta} = htmlToMdast(text)
  const known: PageMeta = {}
  if (meta.title) known.title = meta.title
  if (meta.author) known.author = meta.author
  if (meta.date) known.date = meta.date
  const source = readSnapshot(text)
  if (source) known.source = source
  return {tree, meta: known}
}
