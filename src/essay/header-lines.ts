// Reads the lines that stand next to a headline: date lines, bylines and picture credits.

import {monthPattern, personName} from './people.js'

const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`
/** A calendar date in the usual written forms: "March 9, 2017", "15 October 2019", "21.10.2019". */
const calendarDate = new RegExp(
  [
    String.raw`${monthPattern}\s+${day}(?:,?\s+\d{4})?`,
    String.raw`${day}\s+${monthPattern},?(?:\s+\d{4})?`,
    String.raw`${monthPattern}\s+\d{4}`,
    String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}`
  ].join('|'),
  'giu'
)
const weekday = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/giu
/** A time of day, and the zone after it: "8:02 pm UTC", "19:27", "11:00 PM PST". */
const clock = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4}\b)?|\b\d{1,2}\s*[ap]\.?m\.?(?=\s|$)/giu
const readingTime = /\b\d+\s*(?:min(?:ute)?s?|words)(?:\s+read)?\b/giu
/** A post's comment count beside its byline: "12 Comments", "No Responses", "1 Comment". */
const commentCount = /\b(?:\d+|no|one)\s+(?:comments?|responses?|replies)\b/giu
/** One word that may be a writer's handle: "JeGX", "oz", "Blackswan". */
const oneHandle = /^\p{L}[\p{L}\p{N}_.'’-]*$/u
/** Words that label a date: "Posted on", "Last updated:", "Published". */
const dateLabel =
  /\b(?:posted|updated|published|modified|edited|written|last|date|on|at)\b|[|·•/,:@–—-]|\b\d+\b/giu
const handle = /@[\w.]*/gu
const byLabel = /^(?:(?:posted|written|published|authored|words)\s+)?by\b\s*:?\s*|^author\s*:\s*/iu

/** What a line next to a headline states: who wrote the post, when, or both. */
export interface HeaderLine {
  author: string | null
  date: string | null
  /** The name stands after "by" or "Author:". */
  labelled: boolean
}

/**
 * A short line that states a date and nothing else but its labels, times and reading time
 * ("Posted on April 29, 2022", "Sunday, Feb 1, 2015 11:57 AM UTC", "Oct 19, 2016 · 10 min read"),
 * or a name with it ("Dan Goodin - Apr 16, 2015", "Tuesday 15 October 2019 by Bradley M. Kuhn"),
 * or a byline ("By Tim Anderson", "Posted by Konstantin 21.10.2019"). Null for anything else.
 */
export function readHeaderLine(text: string): HeaderLine | null {
  const line = text.trim()
  if (line.length > 120 || line.includes('\n')) return null
  const dates = line.match(calendarDate) ?? []
  const rest = line
    .replace(calendarDate, ' ')
    .replace(weekday, ' ')
    .replace(clock, ' ')
    .replace(readingTime, ' ')
    .replace(commentCount, ' ')
  const date = dates[0]?.trim() ?? null
  const named = nameIn(rest) ?? (date ? handleBesideDate(rest) : null)
  if (named) return {...named, date}
  // A comment count alone ("2 responses") states no date.
  if (rest.replace(dateLabel, ' ').trim() === '' && (date || /\d/u.test(line.replace(commentCount, ' '))))
    return {author: null, date, labelled: false}
  return null
}

/**
 * A single word beside a date and nothing else but its labels: the writer's handle ("JeGX" in
 * "January 10, 2019 JeGX 1 Comment", "Blackswan Thursday, May 30, 2019"), when it is written
 * with a capital (a lower-case word there is a category or a label).
 */
function handleBesideDate(rest: string): {author: string; labelled: boolean} | null {
  const word = rest.replace(dateLabel, ' ').trim()
  return oneHandle.test(word) && /\p{Lu}/u.test(word) ? {author: word, labelled: false} : null
}

/** The name a byline's words give: "by Jane Roe", "Jane Roe", "/ Cory Doctorow /", "Posted by Konstantin". */
function nameIn(rest: string): {author: string; labelled: boolean} | null {
  const words = rest
    .replace(handle, ' ')
    .replace(/^[\s|·•/,:–—-]+|[\s|·•/,:–—-]+$/gu, '')
    .replace(/\s+\d+$/u, '')
    .trim()
  const labelled = byLabel.exec(words)
  const name = (labelled ? words.slice(labelled[0].length) : words)
    .replace(/(?:[\s|·•/,:–—-]|\b(?:on|at|in)\b)+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
  // A nickname in brackets and a "Jr." belong to the name but not to its shape.
  const bare = name.replace(/\s*\([^)]*\)/gu, '').replace(/,?\s+(?:jr|sr)\.?$/iu, '')
  if (personName(bare)) return {author: name, labelled: labelled !== null}
  // "By Jo Roe (reporting) and Al Poe (photography)": the first named writes.
  const first = labelled ? /^(.+?)\s+and\s+\p{Lu}/u.exec(bare)?.[1] : undefined
  if (first && personName(first)) return {author: first, labelled: true}
  // After "by", capitalised words name the author even when no person's name ("Posted by
  // Konstantin", "By The Editors"), and so does one handle in lower case ("by oz on …").
  if (labelled && oneHandle.test(name)) return {author: name, labelled: true}
  return labelled &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|the|of|and|to))*$/u.test(name) &&
    name.split(/\s+/u).length <= 6
    ? {author: name, labelled: true}
    : null
}

/**
 * A picture's caption credit: "Image: Psyonix", "Photo by Jane Roe/Agency", "(Credit: AP/Jo
 * Smith)", "Jo Smith/Reuters". A name and an agency joined by a slash are a credit; acronyms (TCP/IP) are not.
 */
export function isPictureCredit(text: string): boolean {
  return isLabelledCredit(text) || /\p{Ll}\/\p{Lu}|\p{L}\/\p{Lu}\p{Ll}/u.test(text)
}

/** A caption or credit that says so: "Photo: …", "Image by …", "(Credit: …)", "Media caption …". */
export function isLabelledCredit(text: string): boolean {
  return (
    /^[[(]?\s*(?:image|photo(?:graph)?|picture|portrait|illustration|credit|courtesy)s?\b\s*(?:by\b|:)/iu.test(
      text
    ) ||
    /[([]\s*(?:image|photo|picture|illustration|credit)s?\b/iu.test(text) ||
    /\b(?:image|photo(?:graph)?|picture|illustration|credit|caption)s?\s*:\s*\p{Lu}/iu.test(text) ||
    /^(?:media\s+)?caption\b/iu.test(text)
  )
}
