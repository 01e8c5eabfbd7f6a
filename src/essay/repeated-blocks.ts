// Finds blocks whose text stands on the page more than once: teasers, menus and pull quotes repeat, an article's words do not.

import {moreWordsThan} from './heading-shape.js'

/** Fewer words than this are labels ("Reply", "Read more"), which the chrome rules judge by shape. */
const minWords = 4
/** Past this length a block is a paragraph, which a page does not print twice by accident. */
const maxLength = 300

/** A sentence's end: an author may repeat a sentence (a refrain, a pull quote of it), a teaser's title has none. */
const sentenceEnd = /[.!?]['"’”)]*$/u

/**
 * Indexes of the blocks of at least four words, not ending a sentence, whose text (spacing aside)
 * stands elsewhere on the page.
 */
export function repeatedBlocks(texts: string[]): Set<number> {
  const byText = new Map<string, number[]>()
  for (const [index, text] of texts.entries()) {
    if (text.length > maxLength || sentenceEnd.test(text) || !moreWordsThan(text, minWords - 1)) continue
    const key = text.replace(/\s+/gu, ' ')
    const found = byText.get(key)
    if (found) found.push(index)
    else byText.set(key, [index])
  }
  return new Set([...byText.values()].filter(indexes => indexes.length > 1).flat())
}
