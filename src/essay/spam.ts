// Recognises comment spam: generic praise that says nothing about the post and asks for a visit.

/** Phrases that mark a comment as written for any page rather than this one, each a whole word or words. */
const spamSignals: string[] = [
  'book-?mark(?:ed|ing)?',
  'donate button',
  'rss feed',
  '(?:visit|check out) my (?:site|blog|page|website)',
  'share this (?:site|website|blog)',
  '(?:brand )?new updates',
  'come back (?:in the future|later|again|soon)',
  '(?:casino|viagra|cialis|payday loans?|crypto signals)'
]

/**
 * The signals as one pattern, the word boundaries round the alternatives rather than inside each:
 * a comment's text is scanned once, and far faster than with a boundary to test in every branch.
 */
const anySignal = new RegExp(`\\b(?:${spamSignals.join('|')})\\b`, 'iu')

/** Whether a comment's whole text reads as spam. */
export function isSpam(text: string): boolean {
  return anySignal.test(text)
}
