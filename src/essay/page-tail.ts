// Tells where the article and its comments end: a comment form's prompts, and a page's copyright line.
//
// What follows a comment form (sidebars of recent posts and comments, archives, the footer) and
// what follows the copyright line is the site's, not the article's: the walk drops it unless a
// comment's header opens a comment there (threads shown under their form).

import {moreWordsThan} from './heading-shape.js'

/** "Leave a Reply", "Post a comment", "Add your response": the line that opens a comment form. */
const formOpener =
  /^(?:leave|post|add|write|submit|join)\s+(?:a|an|your|the)?\s*(?:comments?|reply|response|discussion)\b/iu
/** The form's fields and notices: "Your email address will not be published", "Required fields are marked *". */
const formNotice =
  /\b(?:e-?mail(?: address)? (?:will|is) (?:not|never)|required fields|must be logged in|logged in to (?:post|comment|reply)|notify me)\b/iu
/** A short field label of a form: "Name *", "Email (required)", "Website". */
const fieldLabel = /^(?:name|e-?mail|website|url|comment|message)\s*(?:\*|\((?:required|optional)\))?$/iu
/** "No comments", "0 responses", "Be the first to comment": a thread with nothing in it. */
const emptyThread =
  /^(?:(?:no|0)\s+(?:comments?|responses?|replies)\b|be the first to (?:comment|reply|respond))/iu
const copyright = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/iu

/** How many blocks under a form's opener its notices or fields must show within. */
const formReach = 8

/**
 * The blocks that open a comment form: a notice of the form ("Your email address will not be
 * published"), or a call to write ("Leave a Reply") with a notice or a field label within the next
 * few blocks, or right under a count saying the thread is empty ("No comments:"). A lone "Add a
 * comment" link under a post or an answer opens no form.
 */
export function commentFormStarts(texts: string[]): Set<number> {
  const starts = new Set<number>()
  for (const [index, text] of texts.entries()) {
    if (moreWordsThan(text, 30)) continue
    if (formNotice.test(text)) starts.add(index)
    else if (
      isOpener(text) &&
      (texts.slice(index + 1, index + 1 + formReach).some(isField) ||
        texts.slice(Math.max(0, index - 2), index).some(line => emptyThread.test(line)))
    )
      starts.add(index)
  }
  return starts
}

/** Whether a line belongs to a comment form: its opener, notices or a field label. */
export function isFormLine(text: string): boolean {
  return isOpener(text) || isField(text)
}

function isOpener(text: string): boolean {
  return formOpener.test(text.trim()) && !moreWordsThan(text, 6)
}

function isField(text: string): boolean {
  return (formNotice.test(text) && !moreWordsThan(text, 30)) || fieldLabel.test(text.trim())
}

/** A copyright or "all rights reserved" line: the footer's, past which the site's text runs. */
export function isCopyrightLine(text: string): boolean {
  return copyright.test(text.trim()) && !moreWordsThan(text, 30)
}
