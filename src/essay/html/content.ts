// Finds the article's content the way Readability scores candidates: paragraphs vote for their ancestors.

import type {Element, Root} from 'hast'
import {attr, blockTags, elementsOf, invisibleTags, isHidden, namesOf} from './hast.js'
import type {TextStats} from './chrome-by-structure.js'

const positive = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/u
const negative =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/u
const unlikely =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/u
const maybe = /and|article|body|column|content|main|mathjax|shadow/u
const unlikelyRoles = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog'
])
const scored = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The text statistics of every visible element, counted in one pass from the leaves up. */
export function measure(tree: Root): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>()
  const order = [...elementsOf(tree)]
  for (let index = order.length - 1; index >= 0; index--) {
    const element = order[index]!
    const own: TextStats = {text: 0, links: 0, commas: 0}
    if (!invisibleTags.has(element.tagName) && !isHidden(element)) {
      for (const child of element.children) {
        if (child.type === 'text') {
          const value = child.value.replace(/\s+/gu, ' ')
          own.text += value.length
          own.commas += value.split(/[,،﹐︐︑⹁⸴⸲，]/u).length - 1
        } else if (child.type === 'element') {
          const inner = stats.get(child)!
          own.text += inner.text
          own.links += inner.links
          own.commas += inner.commas
        }
      }
      if (element.tagName === 'a') own.links = own.text
    }
    stats.set(element, own)
  }
  return stats
}

/**
 * The elements that hold the article: the best-scored candidate and those of its siblings
 * that score near it (Readability's `grabArticle`, without its retries). Comment items and
 * furniture never vote. Empty when the page has no paragraph to score.
 */
export function findContent(
  tree: Root,
  stats: Map<Element, TextStats>,
  parents: Map<Element, Element>,
  comments: Set<Element>
): Set<Element> {
  const scores = new Map<Element, number>()
  const skipped = new Set<Element>()
  const initial = (element: Element) => {
    if (!scores.has(element)) scores.set(element, baseScore(element) + classWeight(element))
  }
  for (const element of elementsOf(tree)) {
    const parent = parents.get(element)
    if (parent && skipped.has(parent)) {
      skipped.add(element)
      continue
    }
    if (
      comments.has(element) ||
      isUnlikely(element) ||
      invisibleTags.has(element.tagName) ||
      isHidden(element)
    ) {
      skipped.add(element)
      continue
    }
    if (!scored.has(element.tagName) && !(element.tagName === 'div' && !hasBlockChild(element))) continue
    const own = stats.get(element)!
    if (own.text < 25) continue
    const score = 1 + own.commas + Math.min(Math.floor(own.text / 100), 3)
    let ancestor = parent
    for (let level = 0; ancestor && level < 5; level++, ancestor = parents.get(ancestor)) {
      if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break
      initial(ancestor)
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(ancestor, scores.get(ancestor)! + score / divider)
    }
  }

  let top: Element | undefined
  let best = -Infinity
  for (const [element, score] of scores) {
    const own = stats.get(element)!
    const final = score * (1 - (own.text > 0 ? own.links / own.text : 0))
    scores.set(element, final)
    if (final > best) {
      best = final
      top = element
    }
  }
  if (!top) return new Set()
  // A lone child that holds the whole content: its parent is the article.
  let parent = parents.get(top)
  while (parent && parent.tagName !== 'body' && elementChildren(parent).length === 1) {
    top = parent
    parent = parents.get(top)
  }

  const content = new Set<Element>([top])
  if (!parent) return content
  const threshold = Math.max(10, best * 0.2)
  const topNames = attr(top, 'className')
  for (const sibling of elementChildren(parent)) {
    if (sibling === top || comments.has(sibling)) continue
    let bonus = 0
    if (topNames && attr(sibling, 'className') === topNames) bonus += best * 0.2
    if ((scores.get(sibling) ?? -Infinity) + bonus >= threshold) content.add(sibling)
    else if (sibling.tagName === 'p') {
      const own = stats.get(sibling)!
      const density = own.text > 0 ? own.links / own.text : 0
      if (own.text > 80 && density < 0.25) content.add(sibling)
    }
  }
  return content
}

function isUnlikely(element: Element): boolean {
  if (unlikelyRoles.has(attr(element, 'role'))) return true
  const names = namesOf(element)
  if (!names || element.tagName === 'body' || element.tagName === 'a') return false
  return unlikely.test(names) && !maybe.test(names)
}

function baseScore(element: Element): number {
  switch (element.tagName) {
    case 'div':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

function classWeight(element: Element): number {
  let weight = 0
  for (const name of [attr(element, 'className').toLowerCase(), attr(element, 'id').toLowerCase()]) {
    if (!name) continue
    if (negative.test(name)) weight -= 25
    if (positive.test(name)) weight += 25
  }
  if (/(?:^| )articleBody(?: |$)/u.test(attr(element, 'itemProp'))) weight += 50
  return weight
}

function hasBlockChild(element: Element): boolean {
  return element.children.some(child => child.type === 'element' && blockTags.has(child.tagName))
}

function elementChildren(element: Element): Element[] {
  return element.children.filter((child): child is Element => child.type === 'element')
}
