// Gives claims short, readable IDs from their first content words, stable across edits elsewhere.

import {toAscii} from './people.js'

const baseLength = 3
const stopWords = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each even ever every few for from
  further had has have having he her here hers him his how however i if in into is it its itself just
  let like may me might more most much must my no nor not now of off on once only or other our ours
  out over own per quite rather really same shall she should so some still such than that the their
  theirs them then there these they this those through thus to too under until up upon us very was we
  were what when where whether which while who whom whose why will with within without would yet you
  your yours fact indeed simply actually perhaps maybe well think believe say says said let lets get
  got one ones im ive id dont doesnt didnt isnt arent wont cant its thats theres youre weve theyre`.split(
    /\s+/u
  )
)

/** Words enough to tell sentences apart; sentences alike beyond them are numbered. */
const maxWords = 12
const letterOrDigit = /[\p{L}\p{N}]/u

/** Whether the code point is a letter or digit: ASCII by its code, the rest by Unicode's classes. */
const isWordChar = (code: number) =>
  code < 128
    ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
    : letterOrDigit.test(String.fromCodePoint(code))

/** The first content words of a sentence, folded to lower-case ASCII; its first words when none is. */
export function contentWords(text: string, limit = maxWords): string[] {
  const all: string[] = []
  const content: string[] = []
  let lower = (limit <= maxWords && text.length > 400 ? text.slice(0, 400) : text).toLowerCase()
  if (lower.includes("'") || lower.includes('’')) lower = lower.replace(/['’]/g, '')
  // The runs of letters and digits, read only as far as the words needed; a run of ASCII is a word as it stands.
  let at = 0
  while (at < lower.length) {
    while (at < lower.length) {
      const code = lower.codePointAt(at)!
      if (isWordChar(code)) break
      at += code > 0xffff ? 2 : 1
    }
    const start = at
    let ascii = true
    while (at < lower.length) {
      const code = lower.codePointAt(at)!
      if (!isWordChar(code)) break
      if (code >= 128) ascii = false
      at += code > 0xffff ? 2 : 1
    }
    if (at === start) break
    const token = lower.slice(start, at)
    const word = ascii ? token : toAscii(token).replace(/[^a-z0-9]/g, '')
    if (word === '') continue
    if (all.length < limit) all.push(word)
    if (word.length > 1 && !stopWords.has(word) && content.push(word) === limit) break
  }
  return content.length > 0 ? content : all
}

/** The words a sentence's slug is made of: its content words, or `claim` for a sentence with none. */
export function slugWords(text: string): string[] {
  const words = contentWords(text)
  return words.length > 0 ? words : ['claim']
}

/**
 * Slugs for a list of sentences, in document order. A sentence gets the shortest run of its
 * slug words, three or more, that no sentence before it took; one whose every run is taken is
 * numbered (`--2`, which no run of words can spell). So a sentence's slug depends only on the
 * sentences before it that share its first three slug words: adding a sentence anywhere renames
 * only later sentences of its own group. `kept` slugs (a map's recorded IDs, by the exact text
 * they named) are given first, to the sentences of that text in order, which keeps a linked
 * claim's ID under any insertion while its text stays the same.
 */
export function assignSlugs(texts: string[], kept: Readonly<Record<string, string[]>> = {}): string[] {
  const taken = new Set<string>()
  const used = new Map<string, number>()
  const slugs = texts.map(text => {
    if (!Object.hasOwn(kept, text)) return undefined
    const queue = kept[text]!
    const next = used.get(text) ?? 0
    used.set(text, next + 1)
    const slug = queue[next]
    if (slug === undefined || taken.has(slug)) return undefined
    taken.add(slug)
    return slug
  })
  // The first number not yet tried for each run of words: numbering stays linear however many sentences repeat.
  const numbered = new Map<string, number>()
  // Each text's slug words and the shortest run of them not yet found taken, joined (`run`): a repeated
  // sentence resumes there, with the very string whose hash the sets already computed.
  // Kept only for a text that comes again: most sentences occur once, and their words are let go at once.
  const progress = new Map<string, {words: string[]; length: number; run: string}>()
  const occurrences = new Map<string, number>()
  for (const text of texts) occurrences.set(text, (occurrences.get(text) ?? 0) + 1)
  return texts.map((text, index) => {
    const given = slugs[index]
    if (given !== undefined) return given
    let state = progress.get(text)
    if (!state) {
      const words = slugWords(text)
      const length = Math.min(baseLength, words.length)
      state = {words, length, run: words.slice(0, length).join('-')}
      if (occurrences.get(text)! > 1) progress.set(text, state)
    }
    const {words} = state
    // The shortest run of three or more words that is free, grown a word at a time.
    while (taken.has(state.run) && state.length < words.length) state.run += `-${words[state.length++]}`
    const run = state.run
    if (!taken.has(run)) {
      taken.add(run)
      return run
    }
    let count = numbered.get(run) ?? 2
    let slug = `${run}--${count}`
    while (taken.has(slug)) slug = `${run}--${++count}`
    numbered.set(run, count + 1)
    taken.add(slug)
    return slug
  })
}
