// Reads what a page publishes about its article: JSON-LD, Open Graph and meta tags, microformats, microdata, <title>.

import type {Element, Root} from 'hast'
import {attr, classesOf, elementsOf, textOf} from './hast.js'

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

/** The page's metadata, most specific source first: JSON-LD, microformats, microdata, meta tags, `<title>`. */
export function readMetadata(tree: Root): HtmlMeta {
  const metaTags = new Map<string, string>()
  let titleTag = ''
  const jsonLd: unknown[] = []
  let entry: Element | undefined
  let microdata: Element | undefined
  const h1s: Element[] = []
  const relAuthors: Element[] = []
  const times: Element[] = []
  for (const element of elementsOf(tree)) {
    const tag = element.tagName
    if (tag === 'meta') {
      const key = (
        attr(element, 'property') ||
        attr(element, 'name') ||
        attr(element, 'itemProp')
      ).toLowerCase()
      const content = attr(element, 'content').trim()
      if (key && content && !metaTags.has(key)) metaTags.set(key, content)
    } else if (tag === 'title' && !titleTag) titleTag = textOf(element)
    else if (tag === 'script' && /ld\+json/iu.test(attr(element, 'type')))
      jsonLd.push(parseJson(textOf(element)))
    else if (tag === 'h1') h1s.push(element)
    else if (tag === 'time') times.push(element)
    if (!entry && classesOf(element).includes('h-entry')) entry = element
    if (!microdata && articleTypes.test(schemaType(attr(element, 'itemType')))) microdata = element
    if (/\bauthor\b/iu.test(attr(element, 'rel')) && tag === 'a') relAuthors.push(element)
  }

  const ld = fromJsonLd(jsonLd)
  const mf = entry ? fromMicroformats(entry) : {}
  const md = microdata ? fromMicrodata(microdata) : {}
  const siteName = ld.siteName ?? metaTags.get('og:site_name') ?? metaTags.get('application-name')
  const metaTitle =
    metaTags.get('og:title') ??
    metaTags.get('twitter:title') ??
    metaTags.get('dc:title') ??
    metaTags.get('title')
  const metaAuthor = [
    'author',
    'dc:creator',
    'dcterms.creator',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'twitter:creator'
  ]
    .map(key => metaTags.get(key))
    .find(value => value && !/^(?:https?:|@)/iu.test(value))
  const metaDate = [
    'article:published_time',
    'date',
    'dc.date',
    'dcterms.date',
    'parsely-pub-date',
    'pubdate'
  ]
    .map(key => metaTags.get(key))
    .find(Boolean)

  const title =
    ld.title ??
    mf.title ??
    md.title ??
    metaTitle ??
    (titleTag ? withoutSiteName(titleTag, siteName, h1s) : undefined) ??
    (h1s.length === 1 ? textOf(h1s[0]!) : undefined)
  const author = ld.author ?? mf.author ?? md.author ?? metaAuthor ?? relAuthorName(relAuthors)
  const date = ld.date ?? mf.date ?? md.date ?? metaDate ?? timeOf(times[0])
  const meta: HtmlMeta = {}
  if (title) meta.title = clean(title)
  if (author) meta.author = clean(author)
  if (date) meta.date = clean(date)
  if (siteName) meta.siteName = clean(siteName)
  return meta
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
function fromJsonLd(blocks: unknown[]): Found {
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
      const title = stringOf(record.headline) ?? stringOf(record.name)
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

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** A person or organisation's name: a string, `{name}`, or a list of them joined with "and". */
function personOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(personOf).filter((name): name is string => Boolean(name))
    return names.length > 0 ? names.join(' and ') : undefined
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

function relAuthorName(links: Element[]): string | undefined {
  for (const link of links) {
    const text = textOf(link)
    if (text && text.split(/\s+/u).length <= 5) return text
  }
  return undefined
}

/**
 * `<title>` without the site's name: "Post title | Site" → "Post title". The part kept is the
 * one that is not the site name, or the longest part; a title that matches an `<h1>` stays whole.
 */
export function withoutSiteName(title: string, siteName: string | undefined, h1s: Element[]): string {
  const whole = clean(title)
  if (h1s.some(h1 => textOf(h1) === whole)) return whole
  const parts = whole.split(/\s+[|\-–—\\/>»·:]\s+/u)
  if (parts.length < 2) return whole
  const site = siteName?.toLowerCase()
  const kept = parts.filter(part => part.toLowerCase() !== site)
  if (kept.length === 1) return kept[0]!
  const first = parts[0]!
  // Most sites put their name last; a short last part is the name.
  if (first.split(/\s+/u).length >= 3) return first
  return kept.reduce((longest, part) => (part.length > longest.length ? part : longest), '')
}
