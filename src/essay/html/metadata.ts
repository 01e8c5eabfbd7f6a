// Reads what a page publishes about its article: JSON-LD, Open Graph and meta tags, microformats, microdata, <title>.

import type {Element, Root} from 'hast'
import {attr, classesOf, elementsOf, invisibleTags, isHidden, namesOf, textOf} from './hast.js'

/** What the page states about its article; each field only when the page states it. */
export interface HtmlMeta {
  title?: string
  author?: string
  date?: string
  /** The site's name (og:site_name, JSON-LD publisher), used to clean the `<title>`. */
  siteName?: string
}

const articleTypes =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|WebPage|ItemPage)$/u

/**
 * The page's metadata, most specific source first: JSON-LD, meta tags, microformats, microdata,
 * `<title>` for the title; JSON-LD, microformats, microdata, meta tags, then the visible byline
 * (the article's own before one elsewhere on the page) for the author.
 */
export function readMetadata(tree: Root, inArticle: (element: Element) => boolean = () => false): HtmlMeta {
  const metaTags = new Map<string, string[]>()
  let titleTag = ''
  const jsonLd: unknown[] = []
  let entry: Element | undefined
  let microdata: Element | undefined
  const headings: Element[] = []
  const bylines: Element[] = []
  const times: Element[] = []
  for (const element of elementsOf(tree)) {
    const tag = element.tagName
    if (tag === 'meta') {
      const content = attr(element, 'content').trim()
      const keys = `${attr(element, 'property')} ${attr(element, 'name')} ${attr(element, 'itemProp')}`
      for (const key of keys.toLowerCase().replace(/\./gu, ':').split(/\s+/u))
        if (key && content) metaTags.set(key, [...(metaTags.get(key) ?? []), content])
    } else if (tag === 'title' && !titleTag) titleTag = rawText(element)
    else if (tag === 'script' && /ld\+json/iu.test(attr(element, 'type')))
      jsonLd.push(parseJson(rawText(element)))
    else if (tag === 'h1' || tag === 'h2') headings.push(element)
    else if (tag === 'time') times.push(element)
    if (!entry && classesOf(element).includes('h-entry')) entry = element
    if (!microdata && articleTypes.test(schemaType(attr(element, 'itemType')))) microdata = element
    if (isBylineMarkup(element)) bylines.push(element)
  }

  const firstOf = (key: string) => metaTags.get(key)?.[0]
  const siteName =
    fromJsonLd(jsonLd, titleTag).siteName ?? firstOf('og:site_name') ?? firstOf('application-name')
  const ld = fromJsonLd(jsonLd, titleTag, siteName)
  const mf = entry ? fromMicroformats(entry) : {}
  const md = microdata ? fromMicrodata(microdata) : {}
  // Readability's order of the title and author tags; every author a tag lists, as one line.
  const metaTitle = ['dc:title', 'dcterms:title', 'og:title', 'title', 'twitter:title', 'parsely-title']
    .map(firstOf)
    .find(Boolean)
  const metaAuthor = [
    'dc:creator',
    'dcterms:creator',
    'author',
    'parsely-author',
    'article:author',
    'sailthru:author'
  ]
    .map(key => [...new Set(metaTags.get(key)?.filter(value => !/^(?:https?:|@)/iu.test(value)))])
    .find(values => values.length > 0)
    ?.join(', ')
  const metaDate = [
    'article:published_time',
    'date',
    'dc:date',
    'dcterms:date',
    'parsely-pub-date',
    'pubdate'
  ]
    .map(firstOf)
    .find(Boolean)

  const title =
    ld.title ??
    metaTitle ??
    mf.title ??
    md.title ??
    (titleTag ? withoutSiteName(titleTag, siteName, headings) : undefined) ??
    headings.map(textOf).find(Boolean)
  const byline = bylines.find(inArticle) ?? bylines[0]
  const author = ld.author ?? mf.author ?? md.author ?? metaAuthor ?? (byline && bylineName(byline))
  const date = ld.date ?? mf.date ?? md.date ?? metaDate ?? timeOf(times[0])
  const meta: HtmlMeta = {}
  if (title) meta.title = clean(title)
  if (author) meta.author = clean(author)
  if (date) meta.date = clean(date)
  if (siteName) meta.siteName = clean(siteName)
  return meta
}

/** The text of an element whose text is not shown (`<title>`, `<script>`). */
function rawText(element: Element): string {
  return element.children.map(child => (child.type === 'text' ? child.value : '')).join('')
}

function clean(value: string): string {
  return value.replace(/\s+/gu, ' ').trim()
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, ''))
  } catch {
    return undefined
  }
}

/** `https://schema.org/BlogPosting` → `BlogPosting`. */
function schemaType(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? (first.split(/[/#]/u).pop() ?? '') : ''
}

interface Found {
  title?: string
  author?: string
  date?: string
  siteName?: string
}

/** The first article-like object in the page's JSON-LD blocks (searching `@graph` and arrays). */
function fromJsonLd(blocks: unknown[], titleTag: string, siteName?: string): Found {
  const queue = [...blocks]
  while (queue.length > 0) {
    const item = queue.shift()
    if (Array.isArray(item)) queue.push(...item)
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>
      if (Array.isArray(record['@graph'])) queue.push(...record['@graph'])
      const types = ([] as unknown[]).concat(record['@type'])
      if (!types.some(type => articleTypes.test(schemaType(type)) && schemaType(type) !== 'WebPage')) continue
      const found: Found = {}
      const title = pickTitle(stringOf(record.headline), stringOf(record.name), titleTag, siteName)
      if (title) found.title = title
      const author = personOf(record.author) ?? personOf(record.creator)
      if (author) found.author = author
      const date = stringOf(record.datePublished) ?? stringOf(record.dateCreated)
      if (date) found.date = date
      const site = personOf(record.publisher)
      if (site) found.siteName = site
      return found
    }
  }
  return {}
}

/**
 * JSON-LD's `headline` or `name`, whichever the `<title>` holds (Wikipedia's headline is a
 * description); a `name` that is the site's is no title.
 */
function pickTitle(
  headline: string | undefined,
  name: string | undefined,
  titleTag: string,
  siteName: string | undefined
): string | undefined {
  if (name && siteName && name.toLowerCase() === siteName.toLowerCase()) name = undefined
  if (headline && name && !titleTag.includes(headline) && titleTag.includes(name)) return name
  return headline ?? name
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** A person or organisation's name: a string, `{name}`, or a list of them joined with commas. */
function personOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(personOf).filter((name): name is string => Boolean(name))
    return names.length > 0 ? names.join(', ') : undefined
  }
  if (typeof value === 'string') return /^https?:/iu.test(value) ? undefined : stringOf(value)
  if (value && typeof value === 'object') return stringOf((value as Record<string, unknown>).name)
  return undefined
}

/** The first descendant with one of the classes, not inside a nested h-entry or h-cite. */
function byClass(root: Element, names: string[]): Element | undefined {
  for (const element of elementsOf(root)) {
    const classes = classesOf(element)
    if (classes.some(name => names.includes(name))) return element
  }
  return undefined
}

/** Microformats2: `p-name`, `p-author h-card` (its `p-name`), `dt-published`. */
function fromMicroformats(entry: Element): Found {
  const found: Found = {}
  const name = byClass(entry, ['p-name', 'entry-title'])
  if (name) found.title = textOf(name)
  const author = byClass(entry, ['p-author', 'author'])
  if (author) {
    const card = byClass(author, ['p-name', 'fn']) ?? author
    const text = textOf(card)
    if (text) found.author = text
  }
  const published = byClass(entry, ['dt-published', 'published'])
  if (published) found.date = timeOf(published) ?? textOf(published)
  return found
}

/** Schema.org microdata: `itemprop="headline"`, `itemprop="author"` (its `name`), `datePublished`. */
function fromMicrodata(item: Element): Found {
  const found: Found = {}
  for (const element of elementsOf(item)) {
    const props = attr(element, 'itemProp').split(/\s+/u)
    if (props.includes('headline') && !found.title) found.title = attr(element, 'content') || textOf(element)
    if (props.includes('author') && !found.author) {
      const named = [...elementsOf(element)].find(inner => attr(inner, 'itemProp') === 'name')
      found.author = (named && (attr(named, 'content') || textOf(named))) || textOf(element) || undefined
    }
    if (props.includes('datePublished') && !found.date)
      found.date = attr(element, 'content') || attr(element, 'dateTime') || textOf(element)
  }
  return found
}

function timeOf(element: Element | undefined): string | undefined {
  if (!element) return undefined
  return attr(element, 'dateTime') || textOf(element) || undefined
}

/**
 * A visible byline, as Readability finds one: `rel="author"`, `itemprop="author"`, or a class
 * or id of bylines (the word "author", not "authorization"; not a dateline, which names a
 * place), holding under 100 characters of text.
 */
function isBylineMarkup(element: Element): boolean {
  if (invisibleTags.has(element.tagName) || isHidden(element)) return false
  const marked =
    /(?:^| )author(?: |$)/u.test(attr(element, 'rel')) ||
    /author/u.test(attr(element, 'itemProp')) ||
    /byline|writtenby|p-author|(?:^|[\s_-])author(?:s|name)?(?:$|[\s_-])/iu.test(namesOf(element))
  const names = namesOf(element)
  if (!(marked || /footer|meta|info/iu.test(names)) || /comment/iu.test(names)) return false
  const text = textOf(element)
  if (!marked && !/^(?:posted|written)\s+by\s/iu.test(text)) return false
  return text.length > 0 && text.length < 100
}

/** The name a byline gives: its marked name (`itemprop="name"`, `rel="author"`, `fn`) when it marks one, else its text's. */
function bylineName(byline: Element): string | undefined {
  for (const element of elementsOf(byline)) {
    const marked =
      /(?:^| )name(?: |$)/u.test(attr(element, 'itemProp')) ||
      /(?:^| )author(?: |$)/u.test(attr(element, 'rel')) ||
      classesOf(element).some(name => name === 'fn' || name === 'p-name')
    const text = marked && textOf(element)
    if (text) return nameOf(text)
  }
  return nameOf(textOf(byline))
}

/** "By Jane Roe | March 3" → "Jane Roe". */
function nameOf(byline: string): string | undefined {
  const name = byline
    .replace(/^(?:(?:written|posted|published)\s+)?(?:by|par|von|por|door|di)\s*:?\s+/iu, '')
    .split(/\s+[|·•]\s+|\s+(?:on|at)\s+(?=\w+\s+\d|\d)/u)[0]!
    .trim()
  return name || undefined
}

/**
 * `<title>` without the site's name: "Post title | Site" → "Post title". The stated site name
 * goes wherever it stands; else the last part goes, or the first when that leaves too few
 * words (as Readability cuts titles); a title that matches an `<h1>` or `<h2>` stays whole.
 */
export function withoutSiteName(title: string, siteName: string | undefined, headings: Element[]): string {
  const whole = clean(title)
  if (headings.some(heading => textOf(heading) === whole)) return whole
  const separator = /\s+[|\-–—\\/>»·]\s+/gu
  const cuts = [...whole.matchAll(separator)]
  if (cuts.length === 0) return withoutPrefix(whole)
  const site = siteName?.toLowerCase()
  const first = cuts[0]!
  const last = cuts.at(-1)!
  if (site && whole.slice(last.index + last[0].length).toLowerCase() === site)
    return whole.slice(0, last.index)
  if (site && whole.slice(0, first.index).toLowerCase() === site)
    return whole.slice(first.index + first[0].length)
  const head = whole.slice(0, last.index)
  const kept = wordCount(head) >= 3 ? head : whole.slice(first.index + first[0].length)
  return wordCount(kept) > 4 ? kept : whole
}

/** "Site: Post title" → "Post title", unless what precedes the colon is itself long. */
function withoutPrefix(title: string): string {
  const colon = title.lastIndexOf(': ')
  if (colon === -1) return title
  const after = title.slice(colon + 2)
  if (wordCount(title.slice(0, title.indexOf(': '))) > 5) return title
  const kept = wordCount(after) >= 3 ? after : title.slice(title.indexOf(': ') + 2)
  return wordCount(kept) > 4 ? kept : title
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length
}
