// Walks an HTML page into positioned mdast, each block carrying as `data.hint` what its markup says of it.

import type {Element, ElementContent, Root as HastRoot, Text as HastText} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {
  Blockquote,
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent
} from 'mdast'
import type {BlockHint} from '../hints.js'
import type {DropReason} from '../types.js'
import {chromeReason, isStream, isTeaser, type Region, type TextStats} from './chrome-by-structure.js'
import {type CommentMarkup, findComments, isHeaderPart} from './comments.js'
import {type Parts, clutterReason, countParts} from './clutter.js'
import {classWeight, findContent, measure} from './content.js'
import {attr, blockTags, elementsOf, invisibleTags, isHidden, namesOf, parentsOf, textOf} from './hast.js'
import {type HtmlMeta, readMetadata} from './metadata.js'

/** Nesting beyond which an element's text is read flat, so hostile pages cannot exhaust the stack. */
const maxDepth = 400

/** A comment being walked: what its markup says, and whether its first body block is out. */
interface OpenComment {
  markup: CommentMarkup
  started: boolean
}

/** What holds at a point of the walk. */
interface Context {
  region: Region
  chrome: DropReason | null
  comment: OpenComment | null
  /** Which part of the open comment the walk is in. */
  part: 'header' | 'body' | 'other'
  mark: 'title' | 'byline' | null
  heading: Heading['depth'] | 0
}

type Container = Root | Blockquote | List | ListItem

/** Read an HTML page into mdast whose every text node points into the page's source, and its metadata. */
export function htmlToMdast(source: string): {tree: Root; meta: HtmlMeta} {
  const hast = parseHtml(source)
  const comments = findComments(hast)
  const stats = measure(hast)
  const parents = parentsOf(hast)
  const content = findContent(hast, stats, parents, new Set(comments.keys()))
  const meta = readMetadata(hast, element => insideAny(element, content, parents))
  // A thread is judged by its comments' own markup, not by the counts of what holds it.
  const threads = holdersOf(new Set(comments.keys()), parents)
  const clutter = (element: Element) =>
    threads.has(element)
      ? null
      : clutterReason(
          element,
          stats.get(element)!,
          parts.get(element)!,
          classWeight(element),
          withinOf(element, parts, parents)
        )
  const parts = countParts(hast, stats)
  const walker = new Walker(meta, comments, stats, content, holdersOf(content, parents), clutter, parents)
  walker.walk(hast)
  return {tree: walker.root, meta}
}

/** Container tags a hostile page may nest thousands deep; blanking them keeps every other offset. */
const containerTags =
  /<\/?(?:div|span|section|article|aside|main|header|footer|nav|font|b|i|u|em|strong|small|big|center|table|tbody|tr|td|th|ul|ol|li|dl|dd|dt|blockquote|a|q|sub|sup)\b[^>]*>/giu

/**
 * The page as hast. A page nested deeper than the converter's recursion can follow (only
 * hostile pages are) is read again with its container tags blanked out: its text and
 * paragraphs stay, at the same offsets, without the nesting.
 */
function parseHtml(source: string): HastRoot {
  try {
    return fromHtml(source)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return fromHtml(source.replace(containerTags, tag => ' '.repeat(tag.length)))
  }
}

class Walker {
  readonly root: Root = {type: 'root', children: []}
  private containers: Container[] = [this.root]
  private inline: PhrasingContent[] = []
  private titled = false
  /** Whether a list is a stream of teasers, once per list. */
  private readonly streams = new Map<Element, boolean>()
  private readonly inStream = (list: Element): boolean => {
    const known = this.streams.get(list)
    if (known !== undefined) return known
    const stream = isStream(list, this.stats)
    this.streams.set(list, stream)
    return stream
  }
  private afterComments = false
  private readonly titleKey: string

  constructor(
    meta: HtmlMeta,
    private readonly comments: Map<Element, CommentMarkup>,
    private readonly stats: Map<Element, TextStats>,
    private readonly content: Set<Element>,
    /** The article's ancestors: a wrapper round the article (a page-wide form, a class word) is never furniture. */
    private readonly holders: Set<Element>,
    /** Why an element inside the article is clutter by its counts, or null. */
    private readonly clutter: (element: Element) => DropReason | null,
    private readonly parents: Map<Element, Element>
  ) {
    this.titleKey = fold(meta.title ?? '')
  }

  walk(hast: HastRoot) {
    const context: Context = {
      region: this.content.size === 0 ? 'article' : 'page',
      chrome: null,
      comment: null,
      part: 'other',
      mark: null,
      heading: 0
    }
    for (const child of hast.children) if (child.type === 'element') this.element(child, context, 0)
    this.flush(context)
    const root = this.root
    if (root.children.length > 0) root.position = spanOf(root.children)
  }

  private element(element: Element, outer: Context, depth: number) {
    if (invisibleTags.has(element.tagName) || isHidden(element)) return
    if (depth > maxDepth) return this.flat(element)
    const context = this.enter(element, outer)
    const tag = element.tagName
    if (tag === 'br') return this.lineBreak(element, context)
    const breaks = context !== outer || blockTags.has(tag)
    if (breaks) this.flush(outer)
    if (tag === 'ul' || tag === 'ol') {
      const start = Number.parseInt(attr(element, 'start'), 10)
      const list: List = {
        type: 'list',
        ordered: tag === 'ol',
        start: tag === 'ol' ? (Number.isFinite(start) ? start : 1) : null,
        spread: false,
        children: []
      }
      this.open(list, () => this.children(element, context, depth))
    } else if (tag === 'li' && this.current().type === 'list') {
      this.open({type: 'listItem', spread: false, children: []}, () => this.children(element, context, depth))
    } else if (tag === 'blockquote') {
      this.open({type: 'blockquote', children: []}, () => this.children(element, context, depth))
    } else this.children(element, context, depth)
    if (breaks) this.flush(context)
  }

  private children(element: Element, context: Context, depth: number) {
    for (const child of element.children) {
      if (child.type === 'text') this.text(child)
      else if (child.type === 'element') this.element(child, context, depth + 1)
    }
  }

  /** The context inside an element: its region, furniture, comment part and marks. */
  private enter(element: Element, outer: Context): Context {
    const tag = element.tagName
    let context = outer
    const change = (patch: Partial<Context>) => {
      context = context === outer ? {...outer, ...patch} : Object.assign(context, patch)
    }
    if (this.content.has(element)) change({region: 'article'})
    const heading = /^h([1-6])$/u.exec(tag)
    if (heading) change({heading: Number(heading[1]) as Heading['depth']})

    const markup = this.comments.get(element)
    // A comment's markup outranks the furniture round it (a thread inside an <aside>); a comment
    // must name its speaker or mark its words there, as a "recent comments" widget's links do not.
    if (markup && (!context.chrome || (markup.speaker && markup.body))) {
      change({
        comment: {markup, started: false},
        part: markup.part ?? (markup.body ? 'other' : 'body'),
        mark: null,
        chrome: null
      })
      return context
    }
    if (context.comment) {
      if (tag === 'form' || tag === 'button' || tag === 'nav') change({chrome: 'site chrome'})
      else if (element === context.comment.markup.body) change({part: 'body'})
      else if (context.part !== 'body' || !context.comment.markup.body) {
        if (isHeaderPart(element)) change({part: 'header'})
      }
      return context
    }

    const mark = this.markOf(element, context)
    if (mark === 'title') change({mark, chrome: null})
    else if (!context.chrome) {
      if (mark) change({mark})
      else if (!this.holders.has(element)) {
        const teaser =
          context.region === 'article' &&
          !this.content.has(element) &&
          isTeaser(element, this.stats, this.inStream, this.parents.get(element))
        const reason = teaser
          ? 'related links'
          : (chromeReason(element, context.region, this.stats.get(element)!) ??
            (context.region === 'article' && !this.content.has(element) ? this.clutter(element) : null))
        if (reason) change({chrome: reason})
      }
    }
    return context
  }

  /** A headline or a byline, by its markup. */
  private markOf(element: Element, context: Context): Context['mark'] {
    const tag = element.tagName
    const headline = /^h[1-3]$/u.test(tag) || /entry-title|p-name|headline/u.test(namesOf(element))
    if (!this.titled && headline && this.titleKey && fold(textOf(element)) === this.titleKey) {
      this.titled = true
      return 'title'
    }
    if (context.mark || furnitureTags.has(tag)) return null
    const length = this.stats.get(element)!.text
    if (length === 0 || length >= 150) return null
    if (isByline(element)) return 'byline'
    // A short line that holds a byline's parts ("By <a rel=author>…</a>, <time>…</time>").
    const inner = [...elementsOf(element)]
    const holdsHeading = inner.some(each => /^h[1-6]$/u.test(each.tagName))
    return blockTags.has(tag) && !holdsHeading && inner.some(isByline) ? 'byline' : null
  }

  private text(node: HastText) {
    const start = node.position?.start
    const end = node.position?.end
    if (start?.offset === undefined || end?.offset === undefined) return
    this.inline.push({type: 'text', value: node.value, position: {start, end}})
  }

  /** A `<br>` is a line break; two in a row end the paragraph. */
  private lineBreak(element: Element, context: Context) {
    const previous = this.inline.findLast(
      node => node.type === 'break' || /\S/u.test((node as {value: string}).value)
    )
    if (previous?.type === 'break') {
      this.inline.splice(this.inline.indexOf(previous))
      return this.flush(context)
    }
    if (element.position && this.inline.length > 0)
      this.inline.push({type: 'break', position: element.position})
  }

  /** Too deep to walk: the element's text nodes in order, as one run. */
  private flat(element: Element) {
    const stack: ElementContent[] = [element]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === 'text') this.text(node)
      else if (node.type === 'element' && !invisibleTags.has(node.tagName))
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }

  private current(): Container {
    return this.containers.at(-1)!
  }

  private open(node: Blockquote | List | ListItem, fill: () => void) {
    this.containers.push(node)
    fill()
    this.containers.pop()
    if (node.children.length === 0) return
    node.position = spanOf(node.children)
    this.append(node)
  }

  private append(node: RootContent) {
    const container = this.current()
    if (container.type === 'list') {
      if (node.type === 'listItem') container.children.push(node)
      else
        container.children.push({
          type: 'listItem',
          spread: false,
          children: [node as BlockContent],
          position: node.position
        })
    } else (container.children as RootContent[]).push(node)
  }

  /** End the run of inline text as a paragraph or heading with the hint its context gives. */
  private flush(context: Context) {
    const nodes = this.inline
    this.inline = []
    while (nodes.length > 0 && isBlank(nodes[0]!)) nodes.shift()
    while (nodes.length > 0 && isBlank(nodes.at(-1)!)) nodes.pop()
    if (nodes.length === 0) return
    const position = spanOf(nodes)
    const block: Paragraph | Heading = context.heading
      ? {type: 'heading', depth: context.heading, children: nodes, position}
      : {type: 'paragraph', children: nodes, position}
    const hint = this.hint(context)
    if (hint) block.data = {hint} as Paragraph['data']
    this.append(block)
  }

  private hint(context: Context): BlockHint | undefined {
    const comment = context.comment
    if (comment) {
      this.afterComments = true
      const {speaker, depth} = comment.markup
      if (context.chrome) return {kind: 'chrome', reason: context.chrome}
      if (context.part === 'body') {
        if (comment.started) return undefined
        comment.started = true
        return {kind: 'comment-start', speaker, depth}
      }
      if (context.part === 'header' && !comment.started) return {kind: 'comment-header', speaker, depth}
      return {kind: 'chrome', reason: 'comment header'}
    }
    if (context.chrome) return {kind: 'chrome', reason: context.chrome}
    if (context.mark)
      return context.mark === 'byline' ? {kind: 'chrome', reason: 'byline'} : {kind: context.mark}
    if (context.region === 'page')
      return {kind: 'chrome', reason: context.heading ? 'site header' : 'site chrome'}
    if (this.afterComments) {
      this.afterComments = false
      return {kind: 'body'}
    }
    return this.content.size > 0 ? {kind: 'article'} : undefined
  }
}

/** Whether the element is one of the elements or inside one. */
function insideAny(element: Element, elements: Set<Element>, parents: Map<Element, Element>): boolean {
  for (let each: Element | undefined = element; each; each = parents.get(each))
    if (elements.has(each)) return true
  return false
}

/** Whether an element stands in a figure, and whether in code or a data table, whose parts are never clutter. */
function withinOf(
  element: Element,
  parts: Map<Element, Parts>,
  parents: Map<Element, Element>
): {figure: boolean; keep: boolean} {
  const within = {figure: false, keep: false}
  for (let parent = parents.get(element); parent; parent = parents.get(parent)) {
    if (parent.tagName === 'figure') within.figure = true
    if (
      parent.tagName === 'code' ||
      parent.tagName === 'pre' ||
      (parent.tagName === 'table' && parts.get(parent)!.dataTable)
    )
      within.keep = true
  }
  return within
}

/** Every ancestor of some elements (the article's content, the comments). */
function holdersOf(content: Set<Element>, parents: Map<Element, Element>): Set<Element> {
  const holders = new Set<Element>()
  for (const element of content)
    for (let parent = parents.get(element); parent && !holders.has(parent); parent = parents.get(parent))
      holders.add(parent)
  return holders
}

/** Elements that are furniture whatever they hold: a form's "Name" field is not a byline. */
const furnitureTags = new Set(['form', 'nav', 'aside', 'button', 'fieldset', 'select', 'footer'])

/** Markup of a byline or date line: `<time>`, `rel="author"`, `itemprop="author"`, byline classes. */
function isByline(element: Element): boolean {
  return (
    element.tagName === 'time' ||
    /(?:^| )author(?: |$)/u.test(attr(element, 'rel')) ||
    /(?:^| )(?:author|datePublished|dateModified)(?: |$)/u.test(attr(element, 'itemProp')) ||
    /byline|dateline|writtenby|p-author|dt-published|(?:^|[\s_-])(?:author|posted-?on|entry-?meta|post-?meta|entry-?date|post-?date|published)(?:$|[\s_-])/u.test(
      namesOf(element)
    )
  )
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && !/\S/u.test(node.value))
}

function spanOf(nodes: Array<{position?: Root['position']}>): NonNullable<Root['position']> {
  return {start: nodes[0]!.position!.start, end: nodes.at(-1)!.position!.end}
}

function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase()
}
