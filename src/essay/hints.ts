// What a reader that sees markup (HTML) can tell about a block before the text is read.

import type {DropReason} from './types.js'

/**
 * Evidence a reader attaches to an mdast node as `data.hint`, copied to the node's blocks.
 * Plain text and Markdown carry none; the block classifier weighs a hint as strong evidence.
 */
export type BlockHint =
  /** Page furniture by its markup (`nav`, a page footer, a form, a share bar). */
  | {kind: 'chrome'; reason: DropReason}
  /** The article's headline. */
  | {kind: 'title'}
  /** The header of a comment (name, date, permalink); `speaker` as the markup names it. */
  | {kind: 'comment-header'; speaker: string | null; depth: number}
  /** The first block of a comment's body; later blocks of the same comment carry no hint. */
  | {kind: 'comment-start'; speaker: string | null; depth: number}
  /** Text outside any comment after a thread: the article (or page) resumes. */
  | {kind: 'body'}
  /** Inside the article's content as the page's markup holds it: only a shape rule, not the model alone, makes it chrome. */
  | {kind: 'article'}

/** The hint an mdast node carries, if any. */
export function hintOf(node: {data?: unknown}): BlockHint | undefined {
  return (node.data as {hint?: BlockHint} | undefined)?.hint
}
