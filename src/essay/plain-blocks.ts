// Reads plain-text page dumps into the same mdast tree remark-parse builds for Markdown.

import type {Heading, List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import {lineIndex} from '../util/positions.js'
import {isWhiteSpace} from '../util/white-space.js'
import {looksLikeHeading} from './heading-shape.js'
import {monthPattern} from './people.js'

/**
 * A list marker at the start of a line: bullets, `1.`, `1)` and `# 1`; not the day of a date
 * written day first ("16. March, 2023 at 16:59").
 */
const listMarker = new RegExp(
  String.raw`^(?:[•·▪◦*+–-]|\d{1,3}[.)](?![ \t]+${monthPattern},?\s+\d{4}\b)|#\s?\d{1,3})[ \t\u00A0]+(?=\S)`,
  'iu'
)
/** A line that ends a sentence: the next line starts a new paragraph. */
const endsSentence = /[.!?:;…"”’)\]]\s*$/u

interface Line {
  start: number
  end: number
  /** Nothing but white space. */
  blank: boolean
  indent: number
  text: string
}

interface OpenItem {
  node: ListItem
  /** Column of the marker: a line indented deeper belongs to the item. */
  markerIndent: number
}

/** Parse plain text into an mdast root with positioned headings, paragraphs and lists. */
export function plainToMdast(text: string): Root {
  const index = lineIndex(text)
  const span = (start: number, end: number) => ({start: index.place(start), end: index.place(end)})
  const root: Root = {type: 'root', children: []}
  const items: OpenItem[] = []
  let paragraph: Paragraph | undefined
  let container: unknown
  let paragraphLines = 0
  /** Where the open paragraph's last line ends: its span and text are set once, when it closes. */
  let paragraphEnd = 0
  let previous: Line | undefined
  /** Where the last non-blank line ends: an item open until now ends there too. */
  let lastEnd = 0
  // An item spans every line read while it is open, so its end is known when it closes: setting
  // it then, not on every line for every open item, keeps deep nesting linear.
  const closeItem = (open: OpenItem) => {
    open.node.position = span(
      open.node.position!.start.offset!,
      Math.max(lastEnd, open.node.position!.end.offset!)
    )
  }

  // A paragraph of several lines gets its span and text when it closes, not again at every line.
  const closeParagraph = () => {
    if (!paragraph || paragraphLines === 1) return
    const start = paragraph.position!.start.offset!
    paragraph.position = span(start, paragraphEnd)
    paragraph.children = [{type: 'text', value: text.slice(start, paragraphEnd)}]
  }

  const startParagraph = (start: number, end: number, children: Array<Paragraph | RootContent>) => {
    closeParagraph()
    closeHeading(root, paragraph, paragraphLines)
    paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value: text.slice(start, end)}],
      position: span(start, end)
    }
    children.push(paragraph)
    container = children
    paragraphLines = 1
    paragraphEnd = end
  }

  for (const line of splitLines(text)) {
    if (line.blank) {
      previous = undefined
      continue
    }
    while (items.length > 0 && line.indent <= items.at(-1)!.markerIndent) closeItem(items.pop()!)
    const marker = listMarker.exec(line.text.slice(line.indent))
    const children = items.length > 0 ? items.at(-1)!.node.children : root.children
    if (marker) {
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [],
        position: span(line.start + line.indent, line.end)
      }
      listFor(children, marker[0]).children.push(item)
      items.push({node: item, markerIndent: line.indent})
      startParagraph(line.start + line.indent + marker[0].length, line.end, item.children)
    } else if (
      paragraph &&
      previous &&
      container === children &&
      !endsSentence.test(previous.text) &&
      !standsAlone(previous.text)
    ) {
      paragraphEnd = line.end
      paragraphLines++
    } else {
      startParagraph(line.start + line.indent, line.end, children)
    }
    lastEnd = line.end
    previous = line
  }
  while (items.length > 0) closeItem(items.pop()!)
  closeParagraph()
  closeHeading(root, paragraph, paragraphLines)
  fitLists(root, span)
  return root
}

/** A short line that reads as a heading ("Leave a Reply") stands alone even without a blank line after it. */
function standsAlone(line: string): boolean {
  return line.trim().length < 40 && looksLikeHeading(line)
}

/** A space, a tab or a no-break space: what indents a line. */
const isIndent = (code: number) => code === 32 || code === 9 || code === 160

/**
 * The lines with their offsets, indentation (spaces, tabs and no-break spaces, one column each) and
 * text, one at a time: a line is let go once read. Offsets come from character codes, so a line
 * costs one substring.
 */
function* splitLines(text: string): Generator<Line> {
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    let indentEnd = start
    while (indentEnd < contentEnd && isIndent(text.charCodeAt(indentEnd))) indentEnd++
    let trimmedEnd = contentEnd
    while (trimmedEnd > start && isWhiteSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--
    yield {
      start,
      end: Math.max(trimmedEnd, indentEnd),
      blank: trimmedEnd === start,
      indent: indentEnd - start,
      text: text.slice(start, contentEnd)
    }
    if (end === text.length) break
    start = end + 1
  }
}

/** The list to add an item to: the last child if it is a list of the same kind, else a new one. */
function listFor(siblings: Array<Paragraph | RootContent>, marker: string): List {
  const number = /\d+/u.exec(marker)
  const last = siblings.at(-1)
  if (last && last.type === 'list' && last.ordered === (number !== null)) return last
  const list: List = number
    ? {type: 'list', ordered: true, start: Number(number[0]), spread: false, children: []}
    : {type: 'list', ordered: false, spread: false, children: []}
  siblings.push(list)
  return list
}

/** A lone short top-level line that reads as a heading becomes one. */
function closeHeading(root: Root, paragraph: Paragraph | undefined, lineCount: number): void {
  if (!paragraph || lineCount !== 1 || root.children.at(-1) !== paragraph) return
  const value = (paragraph.children[0] as {value: string}).value
  if (!looksLikeHeading(value)) return
  // Marked as guessed: plain text has no heading syntax, so chrome rules may still take it.
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: paragraph.children,
    position: paragraph.position,
    data: {guessed: true}
  }
  root.children[root.children.length - 1] = heading
}

/** Give lists the span of their items, as remark does; iterative, since lists may nest thousands deep. */
function fitLists(root: Root, span: (start: number, end: number) => List['position']): void {
  const lists = root.children.filter(child => child.type === 'list')
  for (let list = lists.pop(); list; list = lists.pop()) {
    for (const item of list.children)
      for (const child of item.children) if (child.type === 'list') lists.push(child)
    list.position = span(
      list.children[0]!.position!.start.offset!,
      list.children.at(-1)!.position!.end.offset!
    )
  }
}
