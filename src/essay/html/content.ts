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
/** Landmarks of furniture: a page's footer, navigation and asides hold no article. */
const unlikelyTags = new Set(['footer', 'nav', 'aside'])
const scored = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'])

/** The text statistics of every visible element, counted in one pass from the leaves up. */
export function measure(tree: Root): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>()
  const order = [...elementsOf(tree)]
  for (let index = order.length - 1; index >= 0; index--) {
    const element = order[index]!
    const own: TextStats = {text: 0, links: 0, commas: 0, stops: 0}
    if (!invisibleTags.has(element.tagName) && !isHidden(element)) {
      for (const child of element.children) {
        if (child.type === 'text') {
          const value = child.value.replace(/\s+/gu, ' ')
          own.text += value.length
          own.commas += countCommas(value)
          own.stops += countStops(value)
        } else if (child.type === 'element') {
          const inner = stats.get(child)!
          own.text += inner.text
          own.links += inner.links
          own.commas += inner.commas
          own.stops += inner.stops
        }
      }
      if (element.tagName === 'a') own.links = own.text
    }
    stats.set(element, own)
  }
  return stats
}

/** Text below which a first pick is taken for a miss and the page is scored again, less strictly (Readability's 500). */
const enoughText = 500

/** How strictly a pass scores: whether furniture class words skip an element, and whether class words weigh. */
interface Pass {
  skipUnlikely: boolean
  weighClasses: boolean
}

const passes: Pass[] = [
  {skipUnlikely: true, weighClasses: true},
  {skipUnlikely: false, weighClasses: true},
  {skipUnlikely: false, weighClasses: false}
]

/**
 * The elements that hold the article: the best-scored candidate and those of its siblings
 * that score near it (Readability's `grabArticle`). Comment items never vote. When a pass
 * finds under 500 characters (a comment form or a caption taken for the article), the page is
 * scored again without skipping furniture class words, then without weighing class words,
 * and the pass that found the most text wins. Empty when the page has no paragraph to score.
 */
export function findContent(
  tree: Root,
  stats: Map<Element, TextStats>,
  parents: Map<Element, Element>,
  comments: Set<Element>
): Set<Element> {
  let longest: {content: Set<Element>; length: number} | undefined
  for (const pass of passes) {
    const content = grabContent(tree, stats, parents, comments, pass)
    let length = 0
    for (const element of content) length += stats.get(element)!.text
    if (length >= enoughText) return content
    if (!longest || length > longest.length) longest = {content, length}
  }
  return longest!.content
}

/** One pass of scoring: paragraphs vote for their ancestors, and the best candidate gathers its siblings. */
function grabContent(
  tree: Root,
  stats: Map<Element, TextStats>,
  parents: Map<Element, Element>,
  comments: Set<Element>,
  pass: Pass
): Set<Element> {
  const scores = new Map<Element, number>()
  const skipped = new Set<Element>()
  const vote = (first: Element | undefined, text: number, commas: number) => {
    if (text < 25) return
    const score = 1 + commas + Math.min(Math.floor(text / 100), 3)
    let ancestor = first
    for (let level = 0; ancestor && level < 5; level++, ancestor = parents.get(ancestor)) {
      if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break
      if (!scores.has(ancestor))
        scores.set(ancestor, baseScore(ancestor) + (pass.weighClasses ? classWeight(ancestor) : 0))
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(ancestor, scores.get(ancestor)! + score / divider)
    }
  }
  for (const element of elementsOf(tree)) {
    const parent = parents.get(element)
    if (parent && skipped.has(parent)) {
      skipped.add(element)
      continue
    }
    if (
      comments.has(element) ||
      (pass.skipUnlikely && isUnlikely(element)) ||
      invisibleTags.has(element.tagName) ||
      isHidden(element)
    ) {
      skipped.add(element)
      continue
    }
    if (scored.has(element.tagName) || (element.tagName === 'div' && !hasBlockChild(element))) {
      const own = stats.get(element)!
      vote(parent, own.text, own.commas)
    } else if (element.tagName === 'div')
      // A div mixing text and blocks: each run of its own text is a paragraph of the div.
      for (const run of phrasingRuns(element, stats)) vote(element, run.text, run.commas)
  }

  const ranked: Array<[Element, number]> = []
  for (const [element, score] of scores) {
    const own = stats.get(element)!
    const final = score * (1 - (own.text > 0 ? own.links / own.text : 0))
    scores.set(element, final)
    ranked.push([element, final])
  }
  if (ranked.length === 0) return new Set()
  ranked.sort((a, b) => b[1] - a[1])
  let [top, best] = ranked[0]!
  top = commonHolder(top, best, ranked.slice(1, 5), parents) ?? climb(top, scores, parents)
  // A lone child that holds the whole content: its parent is the article.
  let parent = parents.get(top)
  while (parent && parent.tagName !== 'body' && elementChildren(parent).length === 1) {
    top = parent
    parent = parents.get(top)
  }
  best = scores.get(top) ?? best

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

/**
 * The nearest ancestor of the top candidate that also holds three of the runners-up scoring
 * within a quarter of it: the article is split into parts (list items, table cells, sections)
 * that each score alone.
 */
function commonHolder(
  top: Element,
  best: number,
  runnersUp: Array<[Element, number]>,
  parents: Map<Element, Element>
): Element | undefined {
  const close = runnersUp.filter(([, score]) => best > 0 && score / best >= 0.75).map(([element]) => element)
  if (close.length < 3) return undefined
  const lines = close.map(element => ancestorsOf(element, parents))
  for (let parent = parents.get(top); parent && parent.tagName !== 'body'; parent = parents.get(parent))
    if (lines.filter(line => line.has(parent!)).length >= 3) return parent
  return undefined
}

/** Up from the top candidate while the scores stay above a third of its own: the first ancestor scoring higher holds more of the article. */
function climb(top: Element, scores: Map<Element, number>, parents: Map<Element, Element>): Element {
  let last = scores.get(top)!
  const floor = last / 3
  for (let parent = parents.get(top); parent && parent.tagName !== 'body'; parent = parents.get(parent)) {
    const score = scores.get(parent)
    if (score === undefined) continue
    if (score < floor) break
    if (score > last) return parent
    last = score
  }
  return top
}

function ancestorsOf(element: Element, parents: Map<Element, Element>): Set<Element> {
  const line = new Set<Element>()
  for (let parent = parents.get(element); parent; parent = parents.get(parent)) line.add(parent)
  return line
}

/** The runs of an element's own text between its block children, each with its length and commas. */
function phrasingRuns(
  element: Element,
  stats: Map<Element, TextStats>
): Array<{text: number; commas: number}> {
  const runs: Array<{text: number; commas: number}> = []
  let run = {text: 0, commas: 0}
  for (const child of element.children) {
    if (child.type === 'element' && blockTags.has(child.tagName)) {
      if (run.text > 0) runs.push(run)
      run = {text: 0, commas: 0}
    } else if (child.type === 'text') {
      const value = child.value.replace(/\s+/gu, ' ')
      run.text += value.trim() ? value.length : 0
      run.commas += countCommas(value)
    } else if (child.type === 'element') {
      const inner = stats.get(child)!
      run.text += inner.text
      run.commas += inner.commas
    }
  }
  if (run.text > 0) runs.push(run)
  return runs
}

function isUnlikely(element: Element): boolean {
  if (unlikelyRoles.has(attr(element, 'role')) || unlikelyTags.has(element.tagName)) return true
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

/** Readability's class weight: ±25 for each of the class and id that holds a content or a furniture word. */
export function classWeight(element: Element): number {
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

/** A full stop, question or exclamation mark that ends a sentence: followed by a space or the text's end. */
const stop = /[.!?…。！？](?=["'”’)\]]*(?:\s|$))/gu

function countStops(text: string): number {
  return text.match(stop)?.length ?? 0
}

function countCommas(text: string): number {
  return text.split(/[,،﹐︐︑⹁⸴⸲，]/u).length - 1
}
