// Finds the signatures that name who wrote the text above them: "– Name" under a comment, "answered <date>" over a name, a letter's name over a town.

import type {Verdict} from './block-verdicts.js'
import type {Block} from './blocks.js'
import {isStamp, matchChrome} from './chrome.js'
import {personName} from './people.js'
import {commenterName} from './thread-headers.js'

/**
 * What a signature says: `signs`, the text since the last signature is this person's (a letter, a
 * Q&A answer); `signs item`, only the list item just above is (a comment under an answer);
 * `asks`, the text above is the post's own (a question or a post, by its author); `aside`, a line
 * of a signature that names no speaker (an editor, the signer's town).
 */
export interface Signature {
  kind: 'signs' | 'signs item' | 'asks' | 'aside'
  name: string
}

/** A post's verb and its date: "answered Feb 6, 2014 at 23:35", "edited 3 hours ago". */
const postStamp = /^(asked|answered|edited|posted|commented|replied)\s+(.+)$/iu

/** What a post's verb makes of the name under it. */
function verbKind(verb: string): Signature['kind'] {
  const word = verb.toLowerCase()
  if (word === 'edited') return 'aside'
  return word === 'asked' || word === 'posted' ? 'asks' : 'signs'
}

/** "Ana RuizAna Ruiz" → "Ana Ruiz": a name printed twice (an avatar's text, then the link). */
function undoubled(text: string): string {
  const half = text.length / 2
  return Number.isInteger(half) && text.slice(0, half) === text.slice(half) ? text.slice(0, half) : text
}

/** The name in a signature line, without a moderator's or a badge's mark ("jo.smith ♦"). */
function signedName(text: string): string | null {
  return commenterName(undoubled(text.replace(/[\s♦*†]+$/u, '')))?.name ?? null
}

/** Every signature of a page, by the index of the block that holds the name. */
export function signatureLines(blocks: Block[], verdicts: Verdict[]): Map<number, Signature> {
  const texts = blocks.map(block => block.visible.text.trim())
  const stamp = (index: number) =>
    index < blocks.length && (verdicts[index]!.chrome === 'date stamp' || isStamp(texts[index]!))
  const found = new Map<number, Signature>()
  const letters: number[] = []
  for (let index = 1; index < blocks.length; index++) {
    const text = texts[index]!
    const verb = postStamp.exec(texts[index - 1]!)
    if (verb && (isStamp(verb[2]!) || matchChrome(verb[2]!)?.reason === 'date stamp' || stamp(index - 1))) {
      const name = signedName(text)
      if (name) found.set(index, {kind: verbKind(verb[1]!), name})
      continue
    }
    const dashed = /^[–—]\s*(\S.*)$/u.exec(text)
    if (dashed || (nestedSignature(blocks, index) && stamp(index + 1))) {
      const name = signedName(dashed ? dashed[1]! : text)
      if (name) found.set(index, {kind: 'signs item', name})
      continue
    }
    if (letterSignature(blocks, texts, index)) letters.push(index)
  }
  // A name over a town signs a letter only on a page of letters: one such signature is an address.
  if (letters.length >= 2)
    for (const index of letters) {
      const [name, town] = texts[index]!.split('\n')
      found.set(index, {kind: 'signs', name: personName(name!)!})
      if (town === undefined) found.set(index + 1, {kind: 'aside', name: texts[index + 1]!})
    }
  return found
}

/**
 * "– Name" read as a list of its own: a one-line item nested one level under the comment it
 * signs, right after the comment's words, with the comment's date back at the comment's level
 * (a reply's header nested the same way has its date and words at its own level).
 */
function nestedSignature(blocks: Block[], index: number): boolean {
  const block = blocks[index]!
  const above = blocks[index - 1]!
  const below = blocks[index + 1]
  return (
    block.type === 'item' &&
    block.itemStart &&
    above.type === 'item' &&
    above.depth === block.depth - 1 &&
    below?.depth === above.depth &&
    !block.visible.text.includes('\n')
  )
}

/**
 * "Ana Ruiz" over "Oakland" on the next line (one block, or two blocks of one line each) under a
 * paragraph: a letter's signer and town.
 */
function letterSignature(blocks: Block[], texts: string[], index: number): boolean {
  const lines = texts[index]!.split('\n')
  if (lines.length === 1 && blocks[index + 1]?.line === blocks[index]!.line + 1) lines.push(texts[index + 1]!)
  if (lines.length !== 2 || !/[.!?]["'”’)]*$/u.test(texts[index - 1]!)) return false
  const town = lines[1]!.trim().split(/\s+/u)
  return (
    personName(lines[0]!) !== null &&
    town.length <= 4 &&
    town.every(word => /^\p{Lu}/u.test(word)) &&
    !/[.!?:;]$/u.test(lines[1]!)
  )
}
