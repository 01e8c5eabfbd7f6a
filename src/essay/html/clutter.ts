// Tells clutter inside the article by its counts (links, list items, images, text in headings and lists), as Readability's conditional cleaning does.

import type {Element, Root} from 'hast'
import type {DropReason} from '../types.js'
import type {TextStats} from './chrome-by-structure.js'
import {attr, blockTags, elementsOf, textOf} from './hast.js'

/** What a container holds, counted over all its descendants. */
export interface Parts {
  paragraphs: number
  images: number
  items: number
  /** Characters of text in headings, in lists, and in text-bearing elements (paragraphs, cells, spans). */
  headingText: number
  listText: number
  textishText: number
  /** A table of data (headers, a caption) is inside: its rows are the article's, however short. */
  dataTable: boolean
}

const headingTag = /^h[1-6]$/u
const listTag = /^(?:ul|ol)$/u
const containerTag = /^(?:div|ul|ol)$/u
const textishTags = new Set([
  'span',
  'li',
  'td',
  'blockquote',
  'dl',
  'div',
  'img',
  'ol',
  'p',
  'pre',
  'table',
  'ul'
])

/** The parts of every element, counted in one pass from the leaves up. */
export function countParts(tree: Root, stats: Map<Element, TextStats>): Map<Element, Parts> {
  const parts = new Map<Element, Parts>()
  const order = [...elementsOf(tree)]
  for (let index = order.length - 1; index >= 0; index--) {
    const element = order[index]!
    const own: Parts = {
      paragraphs: 0,
      images: 0,
      items: 0,
      headingText: 0,
      listText: 0,
      textishText: 0,
      dataTable: element.tagName === 'table' && isDataTable(element)
    }
    // A container's own runs of text are paragraphs (Readability wraps them in <p> before cleaning).
    const div = containerTag.test(element.tagName)
    for (const child of element.children) {
      if (child.type === 'text' && div) own.textishText += child.value.trim().length
      if (child.type !== 'element') continue
      const inner = parts.get(child)!
      const tag = child.tagName
      const text = stats.get(child)!.text
      own.paragraphs += inner.paragraphs + (tag === 'p' ? 1 : 0)
      own.images += inner.images + (tag === 'img' ? 1 : 0)
      own.items += inner.items + (tag === 'li' ? 1 : 0)
      own.headingText += headingTag.test(tag) ? text : inner.headingText
      own.listText += listTag.test(tag) ? text : inner.listText
      own.textishText += textishTags.has(tag) || (div && !blockTags.has(tag)) ? text : inner.textishText
      own.dataTable ||= inner.dataTable
    }
    parts.set(element, own)
  }
  return parts
}

/** A table that holds data rather than lays out a page: it has header cells, a caption or a summary. */
function isDataTable(table: Element): boolean {
  if (attr(table, 'role') === 'presentation') return false
  if (attr(table, 'summary')) return true
  for (const inner of elementsOf(table))
    if (/^(?:th|thead|tfoot|caption|colgroup)$/u.test(inner.tagName)) return true
  return false
}

/** A block whose whole text is an advertising or loading label. */
const labelOnly =
  /^(?:ad(?:vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|广告|Реклама|Anuncio|(?:loading|正在加载|Загрузка|chargement|cargando)(?:…|\.\.\.)?)$/iu

/**
 * Why a container inside the article (a `div`, `ul` or `ol`) is clutter, or null: the checks of
 * Readability's conditional cleaning on its counts, never on a class word alone. A block with ten
 * commas or more is prose and stays; so do data tables and what holds them, and code.
 */
export function clutterReason(
  element: Element,
  stats: TextStats,
  parts: Parts,
  weight: number,
  within: {figure: boolean; keep: boolean}
): DropReason | null {
  const tag = element.tagName
  const length = stats.text
  if (length > 0 && length < 20 && labelOnly.test(textOf(element).trim())) return 'site chrome'
  // A div of text alone is a paragraph (Readability turns it into one before cleaning).
  if (tag === 'div' ? !element.children.some(isBlock) : tag !== 'ul' && tag !== 'ol') return null
  if (within.keep || parts.dataTable || stats.commas >= 10 || length === 0) return null
  const isList = tag !== 'div' || parts.listText / length > 0.9
  const density = stats.links / length
  const {paragraphs, images} = parts
  if (!isList && weight < 25 && density > 0.2) return 'related links'
  if (weight >= 25 && density > 0.5) return 'related links'
  if (
    !isList &&
    !within.figure &&
    parts.headingText / length < 0.9 &&
    length < 25 &&
    images !== 1 &&
    density > 0
  )
    return 'related links'
  if (!within.figure && images > 1 && paragraphs / images < 0.5) return 'embedded media'
  if (!isList && parts.items - 100 > paragraphs) return 'site chrome'
  if (images === 0 && parts.textishText === 0 && parts.headingText === 0) return 'site chrome'
  return null
}

function isBlock(node: Element['children'][number]): boolean {
  return node.type === 'element' && blockTags.has(node.tagName)
}
