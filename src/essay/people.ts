// Finds people in page text: names, bylines, comment headers, mastheads, and ID keys.

import {hasMoreWordsThan} from '../util/white-space.js'

const particles = new Set([
  'di',
  'de',
  'da',
  'du',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'dos',
  'das',
  'ten',
  'ter',
  'bin',
  'al'
])
const nameWord = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*|\p{Lu}\.?)$/u
const initial = /^\p{Lu}\.?$/u
/** A month's name or abbreviation, as a pattern to build on. */
export const monthPattern =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const month = new RegExp(`^${monthPattern}$`, 'iu')

/** Words that start a title in capitals but are never part of a name. */
const notNameWords = new Set(
  'the an of and or for to in on at with against about from by is are was why how what when where who this that these those my our your new vs not no'.split(
    ' '
  )
)

/** The name when `text` is shaped like a person's name ("P A Martin Börjesson"), else null. */
export function personName(text: string): string | null {
  // A paragraph is not split into its hundred words to learn that it has more than five.
  if (hasMoreWordsThan(text, 5)) return null
  const tokens = text.trim().split(/\s+/u)
  if (tokens.length < 2 || tokens.length > 5) return null
  if (tokens.some(token => token.length > 1 && notNameWords.has(token.toLowerCase()))) return null
  let full = 0
  for (const token of tokens) {
    if (particles.has(token.toLowerCase()) && token !== tokens[0]) continue
    if (!nameWord.test(token) || month.test(token)) return null
    if (!initial.test(token)) full++
  }
  const last = tokens.at(-1)!
  return full >= 1 && !initial.test(last) ? tokens.join(' ') : null
}

/** The surname of a name as an ASCII key: "Andrea Di Maio" → "dimaio". */
export function surnameKey(name: string): string {
  const tokens = name.trim().split(/\s+/u)
  let first = tokens.length - 1
  while (first > 1 && particles.has(tokens[first - 1]!.toLowerCase())) first--
  return toAscii(tokens.slice(first).join(''))
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '')
}

/** Fold to ASCII: strip diacritics and map the letters that do not decompose. */
export function toAscii(text: string): string {
  if (/^[\x20-\x7E]*$/u.test(text)) return text
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(
      /[ßæøœđłþ]/gu,
      letter => ({ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l', þ: 'th'})[letter] ?? ''
    )
}

/** What a byline states. */
export interface Byline {
  author: string
  date: string | null
}

/** "By Andrea Di Maio | January 09, 2012 | 4 Comments", "by Jay Deragon on 08/23/2011", "Posted by Jane Smith on March 3, 2015". */
export function parseByline(text: string): Byline | null {
  if (text.length > 160 || !/^(?:(?:posted|written|published)\s+)?by\s/iu.test(text.trimStart())) return null
  const match =
    /^(?:(?:posted|written|published)\s+)?by\s+(.+?)\s*(?:(?:[|,—–•]|\bon\b|\s-\s)\s*(.*))?$/iu.exec(
      text.trim()
    )
  if (!match) return null
  const parts = (match[2] ?? '').split(/\s*[|•]\s*/u)
  const date = parts.find(part => looksLikeDate(part)) ?? null
  // One capitalised word names the writer only with a date beside it ("By Ela on 31. October, 2023").
  const author =
    personName(match[1]!) ?? (date && /^\p{Lu}[\p{L}\p{N}_.'’-]*$/u.test(match[1]!) ? match[1]! : null)
  if (!author) return null
  return {author, date: date?.trim() ?? null}
}

/** Whether a short string is a date: "January 09, 2012", "08/23/2011", "2012-01-09", "16. March, 2023". */
export function looksLikeDate(text: string): boolean {
  const value = text.trim()
  return (
    /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/u.test(value) ||
    (/^(?:\p{L}+,?\s+)?(?:\d{1,2}\s+)?\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$/u.test(value) &&
      value.split(/\s+/u).some(word => month.test(word))) ||
    (/^\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}$/u.test(value) &&
      value.split(/\s+/u).some(word => month.test(word.replace(/,$/u, ''))))
  )
}

/** A date stamp like "28Sep/0914" (day, month, two-digit year, comment count) as "28 Sep 2009". */
export function readDateStamp(text: string): string | null {
  const match = /^(\d{1,2})\s*([A-Za-z]{3})[a-z]*\.?\s*[/.,-]?\s*(\d{2})\d*$/u.exec(text.trim())
  if (!match || !month.test(match[2]!)) return null
  const year = Number(match[3])
  return `${Number(match[1])} ${match[2]} ${year < 70 ? 2000 + year : 1900 + year}`
}

/** Words that open a sentence reporting speech rather than a commenter's name ("he says:"). */
const notCommenter = new Set('he she it they we i you who one someone everyone nobody'.split(' '))

/**
 * "Pearl Zhu says:", "Tom wrote:", "Jane Doe on May 3, 2012 at 4:10 pm said:", "Jane Doe wrote
 * on May 3, 2012 at 4:10 pm:", "Anonymous said...", and handles as commenters type them ("sarah says:").
 */
export function commentHeader(text: string): string | null {
  if (text.length > 120 || !/(?::|\.\.\.|…)$/u.test(text.trimEnd())) return null
  const match =
    /^(.+?)(?:\s+on\s+.{4,40}?)?\s+(?:says|said|wrote|writes|commented|replied)(?:\s+on\s+.{4,40}?)?\s*(?::|\.\.\.|…)\s*$/iu.exec(
      text.trim()
    )
  if (!match) return null
  const name = match[1]!.trim()
  const tokens = name.split(/\s+/u)
  if (tokens.length > 5 || /[.!?]/u.test(name)) return null
  // "My manager disagrees, and he says:" reports speech: a pronoun or a small word is no name.
  const lower = tokens.map(token => token.replace(/\W+$/u, '')).filter(token => /^\p{Ll}/u.test(token))
  if (lower.some(token => notCommenter.has(token) || notNameWords.has(token))) return null
  if (/^\p{Lu}/u.test(name)) return name
  const handle = tokens.length <= 4 && tokens.every(token => /^[\p{L}\p{N}][\p{L}\p{N}_'’-]*$/u.test(token))
  return handle && !notCommenter.has(tokens[0]!.toLowerCase()) ? name : null
}

/**
 * A blog masthead "Site Title – Author Name Site Tagline …": the capitalised run after the
 * separator, less the words that repeat the site title.
 */
export function mastheadAuthor(text: string): string | null {
  const match = /^(.+?)\s+[–—|-]\s+(.+)$/u.exec(text.trim())
  if (!match) return null
  const titleWords = new Set(match[1]!.split(/\s+/u).map(word => word.toLowerCase()))
  const run: string[] = []
  for (const word of match[2]!.split(/\s+/u)) {
    if (!nameWord.test(word)) break
    run.push(word)
  }
  while (run.length > 0 && titleWords.has(run.at(-1)!.toLowerCase())) run.pop()
  return personName(run.join(' '))
}

const dayOfMonth = String.raw`\d{1,2}(?:st|nd|rd|th)?`
const clock = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?`
const ago = String.raw`(?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago`
const weekdayPattern = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`
/** A name, then a date (maybe after its weekday, maybe with a time), or how long ago, at the end of the line. */
const nameThenDate = new RegExp(
  String.raw`^(.+?)[\s,·|•–—-]+(?:on\s+)?(?:${weekdayPattern},?\s+)?((?:${monthPattern}\s+${dayOfMonth}(?:,?\s+\d{4})?|${dayOfMonth}\s+${monthPattern}(?:,?\s+\d{4})?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})${clock}|${ago})(?:\s+(?:said|says|wrote)\s*:?)?\s*$`,
  'iu'
)
/** Words that start a stamp rather than name anyone ("Updated March 3", "Monday, March 3"). */
const stampWords =
  /^(?:posted|updated|published|edited|modified|written|asked|answered|commented|replied|last|date|on|at|reply|comment|comments|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/iu

/**
 * A name glued to the date after it, as some blog platforms print a comment's header when their
 * markup is read as text: "IwonaMay 30, 2019 at 1:06 PM" (a capitalised month, a year and a time).
 */
const gluedNameThenDate = new RegExp(
  String.raw`^(.*[\p{L}\p{N}])((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+${dayOfMonth},?\s+\d{4},?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?)\s*$`,
  'u'
)
/** A time of day: a date with one is a stamp, which a commenter's name in lower case may stand before. */
const timeOfDay = /\d[:.]\d{2}/u

/**
 * "JanBeek Jun 20th at 2:41 am", "Jane Roe · March 3, 2015", "jroe • 3 years ago", "sam lee
 * May 3, 2015 at 4:10 pm", "RosaMay 3, 2015 at 4:10 PM": a comment header, name and date on one line.
 */
export function nameAndDate(text: string): string | null {
  if (text.length > 100) return null
  const line = text.trim()
  const glued = gluedNameThenDate.exec(line)
  const match = nameThenDate.exec(line) ?? glued
  if (!match) return null
  const name = match[1]!.trim()
  // "3/09/15 8:12am 3/09/15 8:12am" is a stamp twice over, not a name and a date.
  // Glued to its date, the name may be any short line: "Otto from the allotmentApril 3, …".
  const named =
    match === glued ? !/[.!?:;]$/u.test(name) && name.length <= 60 : isHandle(name, timeOfDay.test(match[2]!))
  return named && /\p{L}/u.test(name) && !/\d[/:.]\d/u.test(name) ? name : null
}

/**
 * A name as commenters sign: a person's name, one handle, or capitalised words (maybe a comma and
 * a "(@handle)"); before a date with a time, also a name in lower case ("sam lee") of up to three
 * words, none of them a word that is never part of a name.
 */
function isHandle(name: string, timed = false): boolean {
  if (name.length > 60 || /[.!?:;]$/u.test(name)) return false
  const tokens = name
    .replace(/\([^)]*\)/gu, ' ')
    .split(/[\s,]+/u)
    .filter(Boolean)
  if (tokens.length === 0 || tokens.length > 7 || stampWords.test(tokens[0]!)) return false
  if (tokens.length === 1) return /^[\p{L}\p{N}@][\p{L}\p{N}_.'’@-]*$/u.test(tokens[0]!)
  const lowerName =
    timed &&
    tokens.length <= 3 &&
    tokens.every(token => /^\p{Ll}+$/u.test(token) && !notNameWords.has(token) && !notCommenter.has(token))
  return (
    lowerName || tokens.every(token => /^[\p{Lu}\p{N}@]/u.test(token) || particles.has(token.toLowerCase()))
  )
}
