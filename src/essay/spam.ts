// Recognises comment spam: generic praise that says nothing about the post and asks for a visit.

/** Phrases that mark a comment as written for any page rather than this one. */
const spamSignals: RegExp[] = [
  /\bbook-?mark(?:ed|ing)?\b/iu,
  /\bdonate button\b/iu,
  /\brss feed\b/iu,
  /\b(?:visit|check out) my (?:site|blog|page|website)\b/iu,
  /\bshare this (?:site|website|blog)\b/iu,
  /\b(?:brand )?new updates\b/iu,
  /\bcome back (?:in the future|later|again|soon)\b/iu,
  /\b(?:casino|viagra|cialis|payday loans?|crypto signals)\b/iu
]

/** The signals as one pattern: a comment's text is scanned once, not once per signal. */
const anySignal = new RegExp(spamSignals.map(signal => `(?:${signal.source})`).join('|'), 'iu')

/** Whether a comment's whole text reads as spam. */
export function isSpam(text: string): boolean {
  return anySignal.test(text)
}
