// Flattens an mdast tree into the sequence of text blocks the essay reader walks.

import type {List, ListItem, Root, RootContent} from 'mdast'
import {type BlockHint, hintOf} from './hints.js'
import {type VisibleText, visibleText} from './visible-text.js'

/** One block of source text: a heading, a paragraph, or a paragraph of a list item. */
export interface Block {
  type: 'heading' | 'paragraph' | 'item' | 'quote' | 'code' | 'html'
  /** What a reader sees of the block (no markup), mapped to offsets in the file. */
  visible: VisibleText
  /** Offsets of the block's text in the file. */
  start: number
  end: number
  line: number
  /** List nesting: 0 outside lists, 1 in a top-level list, and so on. */
  depth: number
  /** Blockquote nesting: 0 outside quotes (Markdown threads nest replies in `>`). */
  quoteDepth: number
  /** True for the first paragraph of a list item. */
  itemStart: boolean
  /** The item's number in an ordered list. */
  ordinal: number | null
  /** Whether the block sits at the top level of the document. */
  topLevel: boolean
  /** True for a heading written as one in Markdown, false for one guessed from plain text. */
  explicit?: boolean
  /** What the markup says of the block (HTML only). */
  hint?: BlockHint
}

/** The blocks of a tree in document order. */
export function flattenBlocks(tree: Root, source: string): Block[] {
  const blocks: Block[] = []
  const visit = (nodes: RootContent[], depth: number, quoted: number) => {
    for (const node of nodes) {
      if (node.type === 'list') visitList(node, depth + 1, quoted)
      else if (node.type === 'blockquote') visit(node.children, depth, quoted + 1)
      else if (
        node.type === 'heading' ||
        node.type === 'paragraph' ||
        node.type === 'code' ||
        node.type === 'html'
      ) {
        const type = node.type === 'paragraph' ? (quoted ? 'quote' : 'paragraph') : node.type
        blocks.push({...block(node, type, depth, depth === 0 && !quoted, source), quoteDepth: quoted})
      }
    }
  }
  const visitList = (list: List, depth: number, quoted: number) => {
    list.children.forEach((item: ListItem, index) => {
      item.children.forEach((child, position) => {
        if (child.type === 'paragraph' && !quoted) {
          blocks.push({
            ...block(child, 'item', depth, false, source),
            quoteDepth: quoted,
            itemStart: position === 0,
            ordinal: list.ordered ? (list.start ?? 1) + index : null
          })
        } else visit([child], depth, quoted)
      })
    })
  }
  visit(tree.children, 0, 0)
  return blocks
}

function block(
  node: RootContent,
  type: Block['type'],
  depth: number,
  topLevel: boolean,
  source: string
): Block {
  const position = node.position!
  const found: Block = {
    type,
    visible: visibleText(node, source),
    start: position.start.offset!,
    end: position.end.offset!,
    line: position.start.line,
    depth,
    quoteDepth: 0,
    itemStart: false,
    ordinal: null,
    topLevel
  }
  const hint = hintOf(node)
  if (hint) found.hint = hint
  if (node.type === 'heading') {
    found.explicit = !(node.data as {guessed?: boolean} | undefined)?.guessed
  }
  return found
}
