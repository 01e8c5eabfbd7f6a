// Tells page furniture by its markup: landmarks, hidden parts, forms, and the class vocabulary of sidebars, share bars and banners.

import type {Element} from 'hast'
import type {DropReason} from '../types.js'
import {attr, elementsOf, isHidden, namesOf} from './hast.js'

/** Class and id words of furniture, with the reason each gives (after Readability's `unlikelyCandidates`). */
const vocabulary: Array<[RegExp, DropReason]> = [
  [
    /breadcrumb|(?:^|[\s_-])(?:menu|nav|navbar|navigation|pagination|pager|skip-link|toc)(?:$|[\s_-])/u,
    'navigation'
  ],
  [/(?:^|[\s_-])(?:author-?bio|about-?(?:the-)?author|author-?box|author-?info)(?:$|[\s_-])/u, 'author bio'],
  [
    /(?:^|[\s_-])(?:tags|tag-?links|tagcloud|categories|cat-links|post-?tags|entry-?tags)(?:$|[\s_-])/u,
    'tag line'
  ],
  [/(?:^|[\s_-])(?:byline|dateline|post-?meta|entry-?meta|posted-?on|meta-?data)(?:$|[\s_-])/u, 'byline'],
  [
    /(?:^|\s)(?:masthead|site-?header|site-?title|site-?branding|top-?bar|header|page-?header|global-?header)(?:$|\s)/u,
    'site header'
  ],
  [
    /-ad-|(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|banner|share\w*|sharedaddy|social\w*|sidebar|widget\w*|related\w*|recommend\w*|newsletter|subscribe\w*|signup|cookie\w*|consent|gdpr|popup|modal|outbrain|taboola|footer|colophon|copyright|jp-relatedposts|yarpp\w*|print|rss|feed|skyscraper|shoutbox|login|signin|paywall|cover-wrap|ai2html|legends?|supplemental|agegate)(?:$|[\s_-])/u,
    'site chrome'
  ]
]

/** Roles of a widget's controls: a player's settings, a dropdown, a tab strip. */
const controlRoles = new Set([
  'button',
  'checkbox',
  'combobox',
  'listbox',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'tablist',
  'toolbar'
])

/** A control by its markup: a control's role, or a short label made focusable (`tabindex`) that is no link or heading. */
function isControl(element: Element, role: string, stats: TextStats): boolean {
  if (controlRoles.has(role)) return true
  const tabIndex = Number.parseInt(attr(element, 'tabIndex'), 10)
  return (
    tabIndex >= 0 && stats.text < 80 && !/^(?:a|h[1-6]|main|article|section|body|p)$/u.test(element.tagName)
  )
}

/** Class names that mark an article's content, which no furniture word overrides. */
const contentName =
  /^(?:article|content|entry|post|main|story|hentry|h-entry|e-content|(?:entry|post|article|story|main|page)[-_](?:content|body|text))$/u

/** Where the element stands: inside the article's content, or around it. */
export type Region = 'article' | 'page'

/**
 * Why an element is furniture, or null. Landmarks, forms and hidden parts are furniture
 * anywhere; a class or id word alone marks furniture around the article, but inside it the
 * element must also look like furniture (mostly links, short, or labels that end no sentence,
 * as a player's settings menu), so the article's own text is never dropped on a class name alone.
 */
export function chromeReason(element: Element, region: Region, stats: TextStats): DropReason | null {
  if (isHidden(element)) return 'site chrome'
  const tag = element.tagName
  const role = attr(element, 'role').toLowerCase()
  if (tag === 'nav' || role === 'navigation' || role === 'menu' || role === 'menubar') return 'navigation'
  if (tag === 'form' || tag === 'button' || role === 'search' || role === 'dialog' || role === 'alertdialog')
    return 'site chrome'
  if (tag === 'aside' || role === 'complementary') return 'site chrome'
  if (isControl(element, role, stats)) return 'site chrome'
  if (role === 'contentinfo') return 'site chrome'
  if (role === 'banner') return 'site header'
  if (region === 'page' && tag === 'header') return 'site header'
  if (tag === 'footer') return 'site chrome'
  const names = namesOf(element)
  if (!names || names.split(/\s+/u).some(name => contentName.test(name))) return null
  for (const [pattern, reason] of vocabulary) {
    if (!pattern.test(names)) continue
    if (region === 'page') return reason
    const density = stats.text > 0 ? stats.links / stats.text : 1
    return density > 0.33 || stats.text < 160 || isLabels(stats) ? reason : null
  }
  return null
}

/** Text of labels, not prose: under one sentence end per 400 characters (a player's settings, a chart's legend). */
function isLabels(stats: TextStats): boolean {
  return stats.stops * 400 < stats.text
}

/**
 * A teaser of another page set in the article (a "more stories" list): a short list item or
 * nested `<article>` whose first heading is all link text, the headline of the page it links to.
 * In a list of three or more such items (a stream), an item may run longer: its excerpt is longer.
 */
export function isTeaser(
  element: Element,
  stats: Map<Element, TextStats>,
  inStream: (list: Element) => boolean,
  parent: Element | undefined
): boolean {
  if (element.tagName !== 'li' && element.tagName !== 'article') return false
  const own = stats.get(element)!
  if (own.text === 0 || own.text >= 1200 || !ledByLink(element, stats)) return false
  return own.text < 400 || (parent !== undefined && inStream(parent))
}

/** Whether an element's first heading is all link text. */
function ledByLink(element: Element, stats: Map<Element, TextStats>): boolean {
  for (const inner of elementsOf(element)) {
    if (!/^h[1-6]$/u.test(inner.tagName)) continue
    const heading = stats.get(inner)!
    return heading.text > 0 && heading.links >= heading.text * 0.9
  }
  return false
}

/** A list whose items, three or more and most of them, are each led by a linked headline. */
export function isStream(list: Element, stats: Map<Element, TextStats>): boolean {
  const items = list.children.filter((child): child is Element => child.type === 'element')
  const led = items.filter(item => ledByLink(item, stats)).length
  return led >= 3 && led * 2 > items.length
}

/** Characters of visible text in an element and of that, how many are link text. */
export interface TextStats {
  text: number
  links: number
  commas: number
  /** Sentence ends (a stop followed by a space or the end): none in a long text means labels, not prose. */
  stops: number
}
