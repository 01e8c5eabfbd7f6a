// Recognises two kinds of text about the article rather than in it: a teaser's cut-off excerpt, and the author's bio.

/** Past this length a paragraph is the article's own, not a teaser's excerpt. */
const excerptLength = 300
/** A word, then an ellipsis where the sentence was cut: "…took over the popular network, dominated the..." */
const cutOff = /\p{Ll}[,;]?\s*(?:\.\.\.|…)$/u
/** What a bio says of its subject right after the name. */
const bioVerb =
  /^\s+(?:is|was|has|had|writes|covers|lives|holds|serves|works|joined|teaches|leads|reports)\b/u

/** A sentence's start, as an excerpt begins: a capital, a digit or an opening quote. */
const sentenceStart = /^[\p{Lu}\p{N}"“‘']/u

/**
 * A short paragraph that begins like a sentence and is cut off mid-sentence with an ellipsis: the
 * excerpt of a teaser for another page.
 */
export function isCutExcerpt(text: string): boolean {
  return text.length <= excerptLength && sentenceStart.test(text) && cutOff.test(text)
}

/**
 * A paragraph that speaks of the author in the third person from its first words ("Ana Ruiz is a
 * reporter covering…", "Ruiz has written…"): the bio under an article, by the author's full, first
 * or last name.
 */
export function isAuthorBio(text: string, author: string): boolean {
  const names = author.split(/\s+/u)
  const forms = new Set([author, names[0]!, names.at(-1)!])
  for (const form of forms)
    if (form.length > 1 && text.startsWith(form) && bioVerb.test(text.slice(form.length))) return true
  return false
}
