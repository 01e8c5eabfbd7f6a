// Tells whether a lone line of plain text reads as a heading rather than a sentence.

const smallWords = new Set(
  'a an the and or nor but of to in on at by for from with as vs is are be it its via into than'.split(' ')
)

/** A word: a run of letters, digits and apostrophes (global: `lastIndex` is set before each use). */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu

/** Words of a line. */
export function words(text: string): string[] {
  return text.match(wordPattern) ?? []
}

/** Whether a line has more than `limit` words (as `words` counts them), reading no further than that. */
export function moreWordsThan(text: string, limit: number): boolean {
  wordPattern.lastIndex = 0
  let count = 0
  while (wordPattern.exec(text)) if (++count > limit) return true
  return false
}

/** Whether most words that are not small words start with a capital letter. */
export function isTitleCase(text: string): boolean {
  const significant = words(text).filter(word => !smallWords.has(word.toLowerCase()))
  if (significant.length === 0) return false
  const capitalised = significant.filter(word => /^[\p{Lu}\p{N}]/u.test(word)).length
  return capitalised / significant.length >= 0.75
}

/**
 * A heading is a short lone line that does not end like a sentence or a lead-in:
 * no final period, comma, colon or dash, and a question only when in Title Case.
 */
export function looksLikeHeading(line: string): boolean {
  if (line.length > 160) return false
  const text = line.trim()
  const count = words(text).length
  if (count === 0 || count > 14 || text.length > 110) return false
  if (/[.,;:!–—-]["'”’)\]]*$/u.test(text)) return false
  if (/[.!?]\s+\p{Lu}/u.test(text)) return false
  if (text.endsWith('?')) return isTitleCase(text)
  return true
}
