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

/** A node still to visit, with what its ancestors make of it. */
interface Pending {
  node: RootContent
  /** List nesting around the node. */
  depth: number
  /** How many blockquotes the node stands in. */
  quoted: number
  /** Set for a direct child of a list item: whether it comes first, and the item's number. */
  item?: {first: boolean; ordinal: number | null}
}

/**
 * The blocks of a tree in document order. Iterative, with an explicit stack: a hostile page
 * can nest quotes and lists thousands deep, beyond what recursion survives.
 */
export function flattenBlocks(tree: Root, source: string): Block[] {
  const blocks: Block[] = []
  const stack: Pending[] = []
  const push = (pending: Pending[]) => {
    for (let index = pending.length - 1; index >= 0; index--) stack.push(pending[index]!)
  }
  push(tree.children.map(node => ({node, depth: 0, quoted: 0})))
  while (stack.length > 0) {
    const {node, depth, quoted, item} = stack.pop()!
    if (node.type === 'list') push(listChildren(node, depth + 1, quoted))
    else if (node.type === 'blockquote')
      push(node.children.map(child => ({node: child, depth, quoted: quoted + 1})))
    else if (item && node.type === 'paragraph' && !quoted)
      blocks.push(block(node, 'item', depth, false, source, quoted, item))
    else if (
      node.type === 'heading' ||
      node.type === 'paragraph' ||
      node.type === 'code' ||
      node.type === 'html'
    ) {
      const type = node.type === 'paragraph' ? (quoted ? 'quote' : 'paragraph') : node.type
      blocks.push(block(node, type, depth, depth === 0 && !quoted, source, quoted))
    }
  }
  return blocks
}

/** The children of a list's items, each knowing its item's place. */
function listChildren(list: List, depth: number, quoted: number): Pending[] {
  return list.children.flatMap((item: ListItem, index) =>
    item.children.map((node, position) => ({
      node,
      depth,
      quoted,
      item: {first: position === 0, ordinal: list.ordered ? (list.start ?? 1) + index : null}
    }))
  )
}

/** A block made in one object (no copy to add its quote depth or item). */
function block(
  node: RootContent,
  type: Block['type'],
  depth: number,
  topLevel: boolean,
  source: string,
  quoteDepth: number,
  item?: Pending['item']
): Block {
  const position = node.position!
  const found: Block = {
    type,
    visible: visibleText(node, source),
    start: position.start.offset!,
    end: position.end.offset!,
    line: position.start.line,
    depth,
    quoteDepth,
    itemStart: item?.first ?? false,
    ordinal: item?.ordinal ?? null,
    topLevel
  }
  const hint = hintOf(node)
  if (hint) found.hint = hint
  if (node.type === 'heading') {
    found.explicit = !(node.data as {guessed?: boolean} | undefined)?.guessed
  }
  return found
}
