// Gives a page's comments the speakers its markup names: the comment hints an HTML reader attaches outrank the text's guesses.

import type {Block} from './blocks.js'
import type {Structure} from './structure.js'

/** One comment as the hints delimit it. */
interface HintedComment {
  speaker: string | null
  depth: number
  line: number
}

/**
 * Which comment each block belongs to, by block start offset: a comment opens at its header
 * (or at its first body block when it has no header) and runs over the blocks without a hint
 * that follow, until the next comment, a `body` hint or a title. Furniture inside it (a
 * "Reply" link) neither opens nor closes it.
 */
function commentsOf(blocks: Block[]): Map<number, HintedComment> {
  const owner = new Map<number, HintedComment>()
  let current: HintedComment | undefined
  let inHeader = false
  for (const block of blocks) {
    const hint = block.hint
    if (hint?.kind === 'comment-header' || hint?.kind === 'comment-start') {
      if (!(current && inHeader)) current = {speaker: hint.speaker, depth: hint.depth, line: block.line}
      inHeader = hint.kind === 'comment-header'
    } else if (hint?.kind === 'body' || hint?.kind === 'title') current = undefined
    if (current && hint?.kind !== 'chrome') owner.set(block.start, current)
  }
  return owner
}

/**
 * Re-attribute the passages of a page whose markup marks its comments: a passage inside a
 * marked comment is that comment's, spoken by the name the markup gives; a passage the text
 * reader took for a comment outside any marked one is the post's own. Pages without comment
 * hints (plain text, Markdown) are left as they are.
 */
export function applyMarkupComments(structure: Structure, blocks: Block[]): Structure {
  if (!blocks.some(block => block.hint)) return structure
  const owner = commentsOf(blocks)
  const numbered = new Map<HintedComment, string>()
  const nameOf = (comment: HintedComment) => {
    if (comment.speaker) return comment.speaker
    if (!numbered.has(comment)) numbered.set(comment, `Commenter ${numbered.size + 1}`)
    return numbered.get(comment)!
  }
  const listed = new Set<HintedComment>()
  const depths: number[] = []
  const comments = structure.posts.map(() => [] as Structure['posts'][number]['comments'])
  const passages = structure.passages.map(passage => {
    const comment = owner.get(passage.start)
    if (!comment)
      return passage.role === 'comment' ? {...passage, role: 'body' as const, speaker: null} : passage
    if (!listed.has(comment)) {
      listed.add(comment)
      const thread = comments[passage.post]!
      thread.push({
        speaker: nameOf(comment),
        line: comment.line,
        reply: comment.depth > 0,
        repliesTo: comment.depth > 0 ? parentIndex(thread, depths, comment.depth) : null
      })
      depths.push(comment.depth)
    }
    return {...passage, role: 'comment' as const, speaker: nameOf(comment), section: null}
  })
  const posts = structure.posts.map((post, index) => ({...post, comments: comments[index]!}))
  return {...structure, passages, posts}
}

/** The latest comment of the thread less deeply nested than a reply at `depth`, if any. */
function parentIndex(thread: unknown[], depths: number[], depth: number): number | null {
  const offset = depths.length - thread.length
  for (let index = thread.length - 1; index >= 0; index--) if (depths[offset + index]! < depth) return index
  return null
}
