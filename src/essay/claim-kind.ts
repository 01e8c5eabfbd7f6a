// Decides what a sentence does: states a claim, asks a question, or reports someone's words.

import type {ClaimKind} from './types.js'

/** A sentence's kind and, for reported speech, the words' owner as the text names them. */
export interface KindOf {
  kind: ClaimKind
  attributedTo: string | null
}

const name = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|di|de|da|van|von|der|la|le)){0,3}`
const verbs =
  'says|said|argues|argued|claims|claimed|writes|wrote|believes|believed|thinks|thought|suggests|suggested|contends|maintains|insists|asserts|states|stated|holds|notes|noted|concludes|concluded|explains|explained|gives the answer|answers'
const reportingVerb = String.raw`(?:also\s+|rightly\s+|famously\s+)?(?:${verbs})`
/** "Seth Godin gives the answer that …", "Drucker argues that …". */
const reportedSpeech = new RegExp(
  String.raw`(?:^|[^\p{L}’'])(${name})\s+${reportingVerb}\b[^.?!]{0,40}?\bthat\b`,
  'u'
)
/** "Thomas Friedman said “what can be done, will be done.”" */
const directSpeech = new RegExp(String.raw`(?:^|[^\p{L}’'])(${name})\s+${reportingVerb}\s*[:,]?\s*["“]`, 'u')
/** "@Andrea wrote: >>…<<", "Tom said: …". */
const quotedPassage = new RegExp(String.raw`^@?(${name})\s+(?:wrote|writes|said|says)\s*:\s*\S`, 'u')
/** "As Steve Jobs said, …", "As Drucker put it, …". */
const asSaid = new RegExp(String.raw`(?:^|[^\p{L}’'])[Aa]s\s+(${name})\s+(?:${reportingVerb}|put it)\b`, 'u')
/** Capitalised words that open a sentence before the name they lead to ("But Drucker argues that …"). */
const connective =
  /^(?:As|And|But|So|Yet|Or|Then|Also|Like|When|While|Because|Since|Even|Indeed|Here|Now|Still|Thus|Hence|Yes|No)\s+/u
/** "According to Jane Doe, …". */
const accordingTo = new RegExp(String.raw`\b[Aa]ccording to\s+(${name})`, 'u')
const question = /\?[!?]*["'”’)\]]*$/u
/** Words that start sentences in capitals but name nobody. */
const notNames = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'this',
  'that',
  'the',
  'some',
  'many',
  'most',
  'people',
  'everyone',
  'nobody',
  'one'
])

/** Classify one sentence. `quotedBy` is set when the block is a quotation (a Markdown blockquote). */
export function kindOf(sentence: string, quotedBy: string | null = null): KindOf {
  const owner = quotedBy ?? attribution(sentence)
  if (owner !== null) return {kind: 'quote', attributedTo: owner}
  return {kind: question.test(sentence) ? 'question' : 'claim', attributedTo: null}
}

/** Any word that can introduce reported speech: a cheap test before the patterns that find a name. */
const reportingCue = new RegExp(String.raw`\b(?:${verbs}|[Aa]ccording|put it)\b`, 'u')

function attribution(sentence: string): string | null {
  if (!reportingCue.test(sentence)) return null
  for (const pattern of [asSaid, quotedPassage, reportedSpeech, directSpeech, accordingTo]) {
    const match = pattern.exec(sentence)
    const who = match?.[1]?.trim().replace(connective, '')
    if (who && !notNames.has(who.split(/\s+/u)[0]!.toLowerCase())) return who
  }
  return null
}
