// Walks an essay's blocks and tells posts, sections, comments and their speakers from chrome.

import {blockFeatures} from './block-features.js'
import {judgeBlocks} from './block-verdicts.js'
import type {Block} from './blocks.js'
import {isStamp, matchChrome} from './chrome.js'
import {words} from './heading-shape.js'
import {commentHeader, mastheadAuthor, nameAndDate, parseByline, personName, readDateStamp} from './people.js'
import {isSubstantialText} from './headline.js'
import {readPageHead} from './page-head.js'
import {type Signature, signatureLines} from './signatures.js'
import {commentFormStarts, isCopyrightLine, isFormLine} from './page-tail.js'
import {repeatedBlocks} from './repeated-blocks.js'
import {isSpam} from './spam.js'
import {isAuthorBio, isCutExcerpt} from './teasers.js'
import {isThreadHeading, loneCommenterLines, threadGoesOn} from './thread-headers.js'
import type {ClaimRole, Dropped, DropReason, Post} from './types.js'
import type {VisibleText} from './visible-text.js'

/** A stretch of text that holds claims, with who says it and where it stands. */
export interface Passage {
  /** The block's visible text, which sentences are split on. */
  visible: VisibleText
  start: number
  end: number
  /** The speaker; null means the post's author, known only once the whole page is read. */
  speaker: string | null
  role: ClaimRole
  post: number
  section: string | null
  /** Set when the passage is a quotation of someone (a Markdown blockquote after "X wrote:"). */
  quotedBy: string | null
}

/** What the walk finds: metadata, posts, passages and dropped text. */
export interface Structure {
  title: string | null
  author: string | null
  date: string | null
  posts: Post[]
  passages: Passage[]
  dropped: Dropped[]
}

/** Metadata known before the walk, from Markdown front matter. */
export interface KnownMeta {
  title?: string
  author?: string
  date?: string
  /** Who speaks for an author the page does not name. */
  unnamedAuthor?: string
}

interface OpenComment {
  speaker: string | null
  /** Its index in the post's comments. */
  index: number
  /** How deep it is nested: list depth plus blockquote depth. */
  depth: number
  line: number
  /** Depth of an unnamed reply nested in the comment, while its blocks last. */
  replyDepth: number
  passages: Passage[]
  dropped: Dropped[]
}

/** Read the structure of a page from its blocks. */
export function readStructure(blocks: Block[], known: KnownMeta = {}): Structure {
  const slice = (block: Block) => block.visible.text.trim()
  const posts: Post[] = [newPost(known.title ?? null, blocks[0]?.line ?? 1)]
  const passages: Passage[] = []
  const dropped: Dropped[] = []
  let siteAuthor: string | null = null
  let siteDate: string | null = null
  let section: string | null = null
  let hasContent = false
  let ended = false
  let inComments = false
  /**
   * Past a comment form or the footer's copyright line: what follows is the site's until a
   * comment's header opens a comment (threads shown under their form or under the footer).
   */
  let siteTail: 'form' | 'footer' | null = null
  let namedComments = false
  let anonymous = 0
  let bioFollows = false
  let comment: OpenComment | undefined
  /** The comments a new one may answer, outermost first. */
  let thread: Array<{depth: number; index: number}> = []
  const page = blockFeatures(blocks)
  const verdicts = judgeBlocks(blocks, page)
  // A page whose markup names its parts (HTML) or whose front matter names its title needs no guess.
  const head = known.title || blocks.some(block => block.hint) ? null : readPageHead(blocks, page, verdicts)
  if (head) Object.assign(posts[0]!, {title: head.title, author: head.author, date: head.date})
  const mastheadEnd = head ? 0 : mastheadLength(blocks, slice)
  const loneCommenters = loneCommenterLines(blocks, verdicts)
  const signatures = signatureLines(blocks, verdicts)
  const formStarts = commentFormStarts(page.texts)
  const repeated = repeatedBlocks(page.texts)
  /** Passages since the last signature, which the next one signs; where the last list item began among them. */
  let signable: Passage[] = []
  let itemMark = 0
  /** The comment of the last signed answer, which comments signed under it reply to. */
  let lastAnswer: number | null = null

  const post = () => posts.at(-1)!
  const drop = (block: Block, reason: DropReason, body = slice(block)) => {
    const entry = {text: body, reason, line: block.line}
    if (comment) comment.dropped.push(entry)
    else dropped.push(entry)
  }
  const closeComment = () => {
    if (!comment) return
    const body = comment.passages.map(passage => passage.visible.text).join(' ')
    if (comment.passages.length > 0 && isSpam(body)) {
      dropped.push(...comment.dropped, {
        text: body.replace(/\s+/gu, ' ').trim(),
        reason: 'spam',
        line: comment.line
      })
    } else {
      dropped.push(...comment.dropped)
      passages.push(...comment.passages)
    }
    comment = undefined
  }
  const openComment = (speaker: string | null, block: Block) => {
    closeComment()
    const depth = nesting(block)
    while (thread.length > 0 && thread.at(-1)!.depth >= depth) thread.pop()
    const repliesTo = thread.at(-1)?.index ?? null
    const index =
      post().comments.push({speaker: speaker ?? '', line: block.line, reply: repliesTo !== null, repliesTo}) -
      1
    thread.push({depth, index})
    comment = {speaker, index, depth, line: block.line, replyDepth: Infinity, passages: [], dropped: []}
    siteTail = null
  }
  const startPost = (title: string, block: Block) => {
    closeComment()
    posts.push(newPost(title, block.line))
    section = null
    hasContent = false
    ended = false
    inComments = false
    thread = []
  }

  // biome-ignore lint/suspicious/useIterableCallbackReturn: the walk ends early through drop(), which returns nothing
  blocks.forEach((block, index) => {
    const body = slice(block)
    if (body === '') return
    if (block.type === 'code') return drop(block, 'code')
    if (block.type === 'html') return drop(block, 'embedded media')
    if (index === head?.headline) return
    if (index === head?.standfirst) return void passages.push(passage(block, index, null, 'body'))
    if (siteTail === 'footer' && !inComments && !verdicts[index]!.aboutComments) return drop(block, 'footer')
    if (hasContent || inComments) {
      const tail = isCopyrightLine(body) ? 'footer' : formStarts.has(index) ? 'form' : null
      if (tail) {
        closeComment()
        // A form belongs to the thread; the footer ends it, and a thread under the footer announces itself.
        inComments = tail === 'form'
        siteTail = tail
        return drop(block, tail === 'form' ? 'comment form' : 'footer')
      }
    }
    const headed = head?.dropped.get(index)
    if (headed) {
      if (headed === 'site header') siteAuthor ??= mastheadAuthor(body)
      if (headed === 'date stamp') siteDate ??= readDateStamp(body)
      return drop(block, headed)
    }

    // A name under what it signs: a comment's or a letter's author, or the post's.
    const signature = signatures.get(index)
    if (signature) return sign(signature, block)
    if (block.itemStart) itemMark = signable.length

    // In a comment section, a commenter's name alone over the comment's words heads the next comment.
    const commenter = inComments ? loneCommenters.get(index) : undefined
    if (commenter) {
      namedComments = true
      openComment(commenter, block)
      return drop(block, 'comment header')
    }

    const byline = !hasContent && block.depth === 0 ? parseByline(body) : null
    if (byline) {
      post().author ??= byline.author
      post().date ??= byline.date
      return drop(block, 'byline')
    }

    // A name and a date on one line: a comment's header once the article has begun, else the byline.
    const signed = block.type === 'heading' && block.explicit ? null : nameAndDate(body)
    if (signed && (inComments || hasContent)) {
      inComments = true
      namedComments = true
      openComment(signed, block)
      return drop(block, 'comment header')
    }
    if (signed && !post().author && block.depth === 0) {
      post().author = signed
      return drop(block, 'byline')
    }

    const next = blocks[index + 1]
    const verdict = verdicts[index]!
    // Inside a comment, the model alone does not drop a line: short replies ("Chat soon!") are words
    // too, and so is a short lower-case line right under the comment's header ("thanks, got it").
    const opening = comment?.passages.length === 0 && verdict.chrome === 'tag line'
    if (verdict.chrome && !(verdict.modelOnly && comment) && !opening) {
      if (verdict.chrome === 'date stamp' && !hasContent) siteDate ??= readDateStamp(body)
      if (hasContent) ended = true
      if (verdict.aboutComments) {
        // "12 Responses", "Leave a comment": a new part of the page. A time stamp or a "Reply"
        // link inside a comment leaves the comment open.
        inComments = true
        closeComment()
      }
      return drop(block, verdict.chrome)
    }
    // Text printed twice on the page is a teaser, a menu or a pull quote, outside the comments and the author's lists.
    if (repeated.has(index) && !comment && !verdict.introduced) return drop(block, 'repeated on the page')
    if (hasContent && !comment && block.depth === 0) {
      // A cut-off excerpt under a teaser's title; an article's own paragraph may trail off too.
      if (isCutExcerpt(body) && !inComments && blocks[index - 1]?.type === 'heading')
        return drop(block, 'related links')
      const author = post().author
      if (author && isAuthorBio(body, author)) return drop(block, 'author bio')
    }
    // Past a comment form or the footer, only a comment's header brings back text that holds claims.
    if (siteTail && !commentHeader(body) && !(personName(body) && next && isStamp(slice(next))))
      return drop(
        block,
        siteTail === 'footer' ? 'footer' : isFormLine(body) ? 'comment form' : 'after the article'
      )
    if (bioFollows && block.type !== 'heading') {
      bioFollows = false
      return drop(block, 'author bio')
    }
    bioFollows = false
    if (index < mastheadEnd) {
      siteAuthor ??= mastheadAuthor(body)
      return drop(block, 'site header')
    }

    // A name on its own line over a date stamp: the post's byline, or a comment's header.
    const named = personName(body)
    if (named && next && isStamp(slice(next))) {
      if (!inComments && !post().author) {
        post().author = named
        post().date ??= slice(next)
          .split(/\s*[·|•]\s*/u)[0]!
          .trim()
        return drop(block, 'byline')
      }
      inComments = true
      namedComments = true
      openComment(named, block)
      return drop(block, 'comment header')
    }

    // The line right under a comment's header is the comment's first words, whatever its shape.
    if (block.type === 'heading' && !block.explicit && comment?.passages.length === 0 && inComments)
      return addToComment(block, index)

    // Inside a comment, a short line with the thread going on under it is the comment's words.
    if (block.type === 'heading' && !block.explicit && comment && threadGoesOn(blocks, index, loneCommenters))
      return addToComment(block, index)
    // A heading of the thread itself ("Top Rated Comments") starts no new post.
    if (block.type === 'heading' && inComments && isThreadHeading(body)) {
      closeComment()
      return drop(block, 'site chrome')
    }

    if (block.type === 'heading') {
      const name = ended ? personName(body) : null
      if (name) {
        siteAuthor ??= name
        bioFollows = true
        return drop(block, 'author bio')
      }
      if (post().title === null && !hasContent) post().title = body
      else if (post().title?.toLowerCase() === body.toLowerCase() && !hasContent) return
      else if (ended || inComments) startPost(body, block)
      else {
        section = body
        post().sections.push({title: body, line: block.line})
      }
      return
    }

    // "Jane Roe says:", or in a comment section a name alone over the comment's words.
    const header =
      block.depth === 0 || block.itemStart
        ? quoteIntro(block, next, body)
          ? null
          : commentHeader(body)
        : null
    if (header) {
      inComments = true
      namedComments = true
      openComment(header, block)
      return drop(block, 'comment header')
    }

    if (inComments) {
      if (comment && nesting(block) > comment.depth && block.itemStart) {
        // An unnamed reply nested under a comment: the post's author answering.
        comment.replyDepth = Math.min(comment.replyDepth, block.depth)
        post().comments.push({speaker: '', line: block.line, reply: true, repliesTo: comment.index})
      } else if (!comment || block.itemStart || (nesting(block) === 0 && comment.depth > 0)) {
        openComment(namedComments ? null : `Commenter ${block.ordinal ?? ++anonymous}`, block)
      } else if (block.depth < comment.replyDepth) comment.replyDepth = Infinity
      return addToComment(block, index)
    }

    hasContent = true
    ended = false
    passages.push(passage(block, index, null, block.type === 'item' ? 'list' : 'body'))
  })
  closeComment()

  function addToComment(block: Block, index: number) {
    const body = slice(block)
    if (isSalutation(body)) return drop(block, 'salutation')
    const open = comment!
    open.passages.push(passage(block, index, block.depth >= open.replyDepth ? null : open.speaker, 'comment'))
  }

  /** Give the passages a signature signs to the one who signed them, as a comment of the post. */
  function sign({kind, name}: Signature, block: Block) {
    if (kind === 'aside') return drop(block, 'byline')
    const signed = kind === 'signs item' ? signable.slice(itemMark) : signable
    signable = []
    itemMark = 0
    if (kind === 'asks') {
      post().author ??= name
      lastAnswer = null
      return drop(block, 'byline')
    }
    if (signed.length > 0) {
      for (const each of signed) Object.assign(each, {speaker: name, role: 'comment', section: null})
      const repliesTo = kind === 'signs item' ? lastAnswer : null
      let signedIndex: number
      // The post the signed text stands in: a heading between the text and its signature ("Share
      // this answer") may have started another.
      const own = posts[signed[0]!.post]!
      if (comment?.passages.includes(signed.at(-1)!)) {
        comment.speaker = name
        signedIndex = comment.index
        post().comments[signedIndex]!.speaker = name
        closeComment()
      } else
        signedIndex =
          own.comments.push({speaker: name, line: block.line, reply: repliesTo !== null, repliesTo}) - 1
      if (kind === 'signs') lastAnswer = signedIndex
    }
    return drop(block, 'comment header')
  }

  function passage(block: Block, index: number, speaker: string | null, role: ClaimRole): Passage {
    const previous = blocks[index - 1]
    const quotedBy = block.type === 'quote' && previous ? quoteSource(slice(previous)) : null
    const found: Passage = {
      visible: block.visible,
      start: block.start,
      end: block.end,
      speaker,
      role,
      post: posts.length - 1,
      section: role === 'comment' ? null : section,
      quotedBy
    }
    signable.push(found)
    return found
  }

  // Comments record the speaker's name; replies by the post's author were left blank.
  const author = known.author ?? posts.find(each => each.author)?.author ?? siteAuthor
  for (const each of posts) {
    each.author ??= author
    each.date ??= known.date ?? siteDate
    for (const entry of each.comments) {
      entry.speaker ||= each.author ?? known.unnamedAuthor ?? 'Author'
      if (each.author && isSamePerson(entry.speaker, each.author)) entry.speaker = each.author
    }
  }
  // The post's author answering under a shorter form of their name ("Andrea" for "Andrea Di Maio").
  for (const each of passages) {
    const own = posts[each.post]!.author
    if (each.speaker && own && isSamePerson(each.speaker, own)) each.speaker = own
  }
  return {
    title: known.title ?? posts[0]!.title,
    author,
    date: known.date ?? posts[0]!.date,
    posts,
    passages,
    dropped: dropped.sort((a, b) => a.line - b.line)
  }
}

/** Whether a commenter's name is the author's, in full or by first or last name alone. */
function isSamePerson(name: string, author: string): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim()
  if (fold(name) === fold(author)) return true
  const parts = fold(author).split(' ')
  return (
    !fold(name).includes(' ') && parts.length > 1 && (parts[0] === fold(name) || parts.at(-1) === fold(name))
  )
}

/** "Nadia wrote:" over a blockquote introduces a quotation, not a new comment ("Nadia wrote on May 3:" heads one). */
function quoteIntro(block: Block, next: Block | undefined, text: string): boolean {
  return next?.type === 'quote' && next.quoteDepth > block.quoteDepth && quoteSource(text) !== null
}

/** How deep a block is nested, in lists and in blockquotes. */
function nesting(block: Block): number {
  return block.depth + block.quoteDepth
}

/** A comment paragraph that only names someone: "George", "Dear Jo Smith,". */
function isSalutation(text: string): boolean {
  if (text.length > 40) return false
  const bare = text.replace(/^(?:dear|hi|hello)\s+/iu, '').replace(/[,!]$/u, '')
  return (
    personName(bare) !== null || (words(bare).length === 1 && /^\p{Lu}/u.test(bare) && !/[.!?]$/u.test(bare))
  )
}

function newPost(title: string | null, line: number): Post {
  return {title, author: null, date: null, line, sections: [], comments: []}
}

/** "Tom wrote:" before a blockquote names the quoted person. */
function quoteSource(text: string): string | null {
  return /^@?(.+?)\s+(?:wrote|writes|said|says)\s*:\s*$/iu.exec(text)?.[1]?.trim() ?? null
}

/**
 * A masthead is what stands before the title when the title comes within the first few blocks:
 * single-line, top-level, not chrome. Returns how many leading blocks it spans.
 */
function mastheadLength(blocks: Block[], slice: (block: Block) => string): number {
  let title = blocks.findIndex(block => block.type === 'heading' && !matchChrome(slice(block)))
  // Two guessed headings in a row at the top: the first names the site, the second the post.
  const next = blocks.findIndex(
    (block, index) => index > title && !matchChrome(slice(block)) && !parseByline(slice(block))
  )
  const first = blocks[title]
  const second = blocks[next]
  if (
    first &&
    second &&
    first.explicit === false &&
    second.type === 'heading' &&
    second.explicit === false &&
    !personName(slice(second)) &&
    !isStamp(slice(second))
  )
    title = next
  // A heading the author wrote as one (Markdown): what stands before it is the essay's own opening.
  if (title <= 0 || title > 4 || blocks[title]!.explicit) return 0
  const before = blocks.slice(0, title)
  // A paragraph of the article's length is the essay's opening, never a masthead.
  const lone = before.every(
    block => block.topLevel && !slice(block).includes('\n') && !isSubstantialText(slice(block))
  )
  return lone ? title : 0
}
