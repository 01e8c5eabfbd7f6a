// Finds a page's comment thread by the markup of the common platforms: each comment, its speaker, depth, header and body.

import type {Element, Root} from 'hast'
import {attr, classesOf, elementsOf, namesOf, textOf} from './hast.js'

/** One comment as its markup shows it. */
export interface CommentMarkup {
  /** The commenter's name as the markup gives it; null when the markup names no one. */
  speaker: string | null
  /** 0 for a top-level comment, 1 for a reply to it, and so on. */
  depth: number
  /** The element holding the comment's words, when the markup marks one; else the whole item minus its header parts. */
  body: Element | null
  /** Set when the element holds only one part of the comment (Blogger's `dt` header and `dd` body). */
  part?: 'header' | 'body'
}

/**
 * Class names that mark one comment (WordPress, Blogger, TypePad and Movable Type `comment`,
 * Substack `comment`, microformats `h-cite`/`p-comment`/`u-comment`, Discourse `topic-post`
 * and `crawler-post`, Blogger's old `comment-block`).
 */
const itemClasses = new Set([
  'comment',
  'h-cite',
  'p-comment',
  'u-comment',
  'topic-post',
  'crawler-post',
  'comment-item',
  'commentlist-item',
  'comment-thread-item',
  'dsq-comment',
  'response-item',
  'single-comment'
])

/**
 * A class name and, for a plugin's namespaced name ("epoch-comment-content"), the name under
 * its prefix ("comment-content"); a prefix that is a verb or a state ("add-comment",
 * "no-comment") names a link or a notice, not a part of a comment.
 */
function namesUnderPrefix(element: Element): string[] {
  return classesOf(element).flatMap(name => {
    const lower = name.toLowerCase()
    const prefix = /^([a-z0-9]+)[-_](?=[a-z])/u.exec(lower)
    if (
      !prefix ||
      /^(?:add|leave|post|write|reply|show|hide|load|view|toggle|no|has|new|open|close)$/u.test(prefix[1]!)
    )
      return [lower]
    return [lower, lower.slice(prefix[0].length)]
  })
}

/** Class names of the element that holds a comment's words. */
const bodyClasses = [
  'comment-content',
  'comment-text',
  'comment-body-text',
  'e-content',
  'p-content',
  'post-message',
  'cooked',
  'comment-entry',
  'comment-message',
  'dsq-comment-message',
  'comment-body',
  'reply-content'
]

/** Class names of elements that hold the commenter's name, most specific first. */
const nameClasses = [
  'p-name',
  'fn',
  'commenter-name',
  'comment-author-name',
  'comment-author',
  'user',
  'username',
  'user-name',
  'author-name',
  'author',
  'commenter',
  'name'
]

/** Every comment item of the page with what its markup says. */
export function findComments(tree: Root): Map<Element, CommentMarkup> {
  const found = new Map<Element, CommentMarkup>()
  const visit = (element: Element, depth: number, inDisqus: boolean) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue
      const disqus = inDisqus || /disqus|dsq-/u.test(namesOf(child))
      if (isItem(child, disqus)) {
        found.set(child, describe(child, depth))
        visit(child, depth + 1, disqus)
      } else if (child.tagName !== 'form') visit(child, depth, disqus)
    }
  }
  for (const child of tree.children) if (child.type === 'element') visit(child, 0, false)
  pairDefinitionComments(tree, found)
  return found
}

/** Class names that mark a comment on an `<article>`, a composition of its own (Kinja's `article.reply`). */
const articleItemClasses = new Set(['reply', 'response'])

function isItem(element: Element, inDisqus: boolean): boolean {
  const classes = namesUnderPrefix(element)
  if (classes.some(name => itemClasses.has(name))) return hasWords(element)
  if (element.tagName === 'article' && classes.some(name => articleItemClasses.has(name))) return true
  if (inDisqus && element.tagName === 'li' && classes.includes('post')) return true
  return /(?:^|\/)Comment$/u.test(attr(element, 'itemType')) && hasWords(element)
}

/** A comment item holds more than a header: inline `<span class="comment">` markers are not items. */
function hasWords(element: Element): boolean {
  return !['span', 'a', 'em', 'strong', 'b', 'i', 'small', 'code'].includes(element.tagName)
}

function describe(item: Element, depth: number): CommentMarkup {
  return {speaker: speakerOf(item), depth, body: bodyOf(item)}
}

/** The element holding the words: the most specific body class inside the item, outside nested items and not holding the header. */
function bodyOf(item: Element): Element | null {
  const own = ownElements(item)
  for (const name of bodyClasses) {
    const body = own.find(element => namesUnderPrefix(element).includes(name))
    if (body && !own.some(inner => isHeaderPart(inner) && contains(body, inner))) return body
  }
  return own.find(element => /(?:^| )text(?: |$)/u.test(attr(element, 'itemProp'))) ?? null
}

/** The commenter's name: microdata, microformats, then the platforms' name classes, then "Posted by: X". */
export function speakerOf(item: Element): string | null {
  const own = ownElements(item)
  const author = own.find(element => /(?:^| )(?:author|creator)(?: |$)/u.test(attr(element, 'itemProp')))
  if (author) {
    const named = [...elementsOf(author)].find(element => attr(element, 'itemProp') === 'name')
    const name = cleanName(named ? attr(named, 'content') || textOf(named) : textOf(author))
    if (name) return name
  }
  const card = own.find(element => classesOf(element).includes('p-author'))
  if (card) {
    const named = [...elementsOf(card)].find(element =>
      classesOf(element).some(c => c === 'p-name' || c === 'fn')
    )
    const name = cleanName(textOf(named ?? card))
    if (name) return name
  }
  for (const name of nameClasses) {
    const element = own.find(each => namesUnderPrefix(each).includes(name))
    const text = element && cleanName(textOf(element))
    if (text) return text
  }
  for (const element of own) {
    const match = /^(?:posted|written|comment(?:ed)?)\s+by:?\s+(.+?)(?:\s+(?:\||on|at)\s|$)/iu.exec(
      textOf(element)
    )
    if (
      match &&
      (classesOf(element).some(c => /footer|meta|byline|header|info/u.test(c)) || element === own[0])
    )
      return cleanName(match[1]!)
  }
  return null
}

/** "Jane Roe says:" → "Jane Roe"; a name with a date run into it loses the date. */
function cleanName(text: string): string | null {
  const name = text
    .replace(/\s+/gu, ' ')
    .replace(/^(?:posted|written|comment(?:ed)?)\s+by:?\s*/iu, '')
    .replace(/\s*(?:says|said|wrote|writes)\s*(?:[:.…]+|$).*$/iu, '')
    .replace(/\s*[|•].*$|\s·.*$/u, '')
    .replace(/\s+on\s+\w+\s+\d.*$/iu, '')
    .replace(/^@/u, '')
    .replace(/[:,]$/u, '')
    .trim()
  return name && name.length <= 80 ? name : null
}

/** Header parts of a comment: author, date, permalink and reply lines. */
export function isHeaderPart(element: Element): boolean {
  if (element.tagName === 'header' || element.tagName === 'footer') return true
  return /comment-(?:author|meta|header|footer|info|byline|date|metadata|actions|reply)|vcard|post-byline|post-meta|crawler-post-meta|topic-meta-data|commenter|user-info|reply|names|(?:^| )(?:h-card|p-author)(?: |$)/u.test(
    namesOf(element)
  )
}

/** Elements inside an item that do not belong to a comment nested in it. */
function ownElements(item: Element): Element[] {
  const own: Element[] = []
  const stack = [...item.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    if (isItem(node, false)) continue
    own.push(node)
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return own
}

function contains(outer: Element, inner: Element): boolean {
  for (const element of elementsOf(outer)) if (element === inner) return true
  return false
}

/**
 * Blogger's classic template: `<dl id="comments-block">` with `<dt class="comment-author">`
 * naming the commenter and `<dd class="comment-body">` holding the words. Each `dt` starts a comment.
 */
function pairDefinitionComments(tree: Root, found: Map<Element, CommentMarkup>) {
  for (const list of elementsOf(tree)) {
    if (list.tagName !== 'dl') continue
    for (const child of list.children) {
      if (child.type !== 'element' || child.tagName !== 'dt' || found.has(child)) continue
      if (!classesOf(child).includes('comment-author')) continue
      const comment: CommentMarkup = {speaker: cleanName(textOf(child)), depth: 0, body: null, part: 'header'}
      found.set(child, comment)
      const index = list.children.indexOf(child)
      const next = list.children.slice(index + 1).find(node => node.type === 'element')
      if (next?.type === 'element' && next.tagName === 'dd') found.set(next, {...comment, part: 'body'})
    }
  }
}
