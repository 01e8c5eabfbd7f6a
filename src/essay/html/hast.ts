// Small readers of hast elements: tag, attributes, class and id words, visible text.

import type {Element, ElementContent, Nodes, Parents, Root} from 'hast'

/** An element's tag when the node is one, else ''. */
export function tagOf(node: Nodes): string {
  return node.type === 'element' ? node.tagName : ''
}

/** An attribute as a string ('' when absent); class lists are joined by spaces. */
export function attr(element: Element, name: string): string {
  const value = element.properties[name]
  if (value === undefined || value === null || value === false) return ''
  return Array.isArray(value) ? value.join(' ') : String(value)
}

/** The class names and id of an element, lower-cased, as one string to match vocabularies on. */
export function namesOf(element: Element): string {
  return `${attr(element, 'className')} ${attr(element, 'id')}`.toLowerCase().trim()
}

/** The class names of an element as a set of exact tokens. */
export function classesOf(element: Element): string[] {
  return attr(element, 'className').split(/\s+/u).filter(Boolean)
}

/** Elements whose text never reaches a reader. */
export const invisibleTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'input',
  'select',
  'textarea',
  'link',
  'meta',
  'title',
  'base'
])

/** Class names that only ever mean "not shown" (the common CSS frameworks' utility classes). */
const hiddenClasses = new Set(['hidden', 'hide', 'd-none', 'is-hidden', 'u-hidden'])

/** Whether the element is hidden by its markup: `hidden`, `aria-hidden`, a hiding utility class, or an inline `display:none`. */
export function isHidden(element: Element): boolean {
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return true
  if (attr(element, 'ariaHidden') === 'true') return true
  if (classesOf(element).some(name => hiddenClasses.has(name))) return true
  if (element.tagName === 'input' && attr(element, 'type') === 'hidden') return true
  const style = attr(element, 'style')
  return style !== '' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(style)
}

/** The visible text of a node, spaces folded (iterative: deep pages do not overflow the stack). */
export function textOf(node: Nodes): string {
  let out = ''
  const stack: Array<Nodes | ' '> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current === ' ') out += ' '
    else if (current.type === 'text') out += current.value
    else if (current.type === 'element' || current.type === 'root') {
      if (current.type === 'element') {
        if (invisibleTags.has(current.tagName) || isHidden(current)) continue
        if (current.tagName === 'br' || blockTags.has(current.tagName)) stack.push(' ')
      }
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
  return out.replace(/\s+/gu, ' ').trim()
}

/** Elements that start a new block of text. */
export const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'legend',
  'option',
  'button'
])

/** Every element under a node, depth first, in document order (iterative: deep pages do not overflow the stack). */
export function* elementsOf(root: Parents): Generator<Element> {
  const stack: ElementContent[] = [...(root.children as ElementContent[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    yield node
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
}

/** Parent links for every element of a tree, built once. */
export function parentsOf(root: Root): Map<Element, Element> {
  const parents = new Map<Element, Element>()
  for (const element of elementsOf(root))
    for (const child of element.children) if (child.type === 'element') parents.set(child, element)
  return parents
}
