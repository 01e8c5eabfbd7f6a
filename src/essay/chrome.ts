// The rules that recognise page chrome: short, formulaic, navigational text that makes no claim.
//
// Nothing here lists whole strings of a site. A block is chrome by its shape: navigation
// glyphs, a label and a colon, a date with no sentence, or only the vocabulary of a page's
// furniture (comments, posts, sharing, navigation) with no sentence around it.

import type {DropReason} from './types.js'
import {words} from './heading-shape.js'
import {looksLikeDate, monthPattern} from './people.js'

/** What recognising a block as chrome tells about the page around it. */
export interface ChromeMatch {
  reason: DropReason
  /** The block announces or closes a comment section ("Comments (4)", "Leave a comment"). */
  aboutComments: boolean
}

/** Words of a page's furniture: navigation, comment forms, sharing, feeds. */
const furniture = new Set(
  `comment comments trackback trackbacks pingback pingbacks reply replies response responses
  post posts blog entry entries article previous next older newer skip content main
  share tweet like connect subscribe follow menu home login log sign search tag tags
  category categories archive archives permalink print email rss feed read more continue
  reading leave closed navigation ask about contact related cancel notify name website
  address published required fields marked twitter facebook linkedin reddit pinterest
  tumblr whatsapp pocket telegram mastodon`.split(/\s+/)
)
/** Words that may stand beside furniture without making a sentence of it. */
const filler = new Set(
  'a an the to me my us our your is are be no yet of in on via this it now here will not and or with by'.split(
    ' '
  )
)

const navigationGlyph = /[←→↑↓⇐⇒«»‹›]/u
const labelLine = /^(?:tags?|tagged(?: with)?|categor(?:y|ies)|filed under|labels?|topics?|posted in)\s*:/iu
const footerLine = /^posted\s+(?:via|by|in|on|from|at)\b/iu
const dateOnly = new RegExp(`^(?:[\\d/.,:-]+|${monthPattern}|[ap]\\.?m\\.?|\\s)+$`, 'iu')
const sentenceEnd = /[.!?]["'”’)\]]*$/u
/** "12 Responses to …", "One thought on …", "No comments yet". */
const commentCount =
  /^(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|answers?|thoughts?|trackbacks?)\b/iu
/** "6 Likes", "12 votes": what readers clicked under a comment. */
const reactionCount = /^\d[\d,.]*k?\s+(?:likes?|votes?|points?|reactions?|upvotes?)$/iu
const readingTime = /^\d+\s*min(?:ute)?s?(?:\s+read)?$/iu
/** "3 hours ago", "a year ago": a comment's age. */
const relativeTime = /^(?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/iu
const clockTime = /,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/iu
const copyright = /^(?:©|\(c\)|copyright\b)/iu
const callToSubscribe = /\b(?:subscribe|sign up)\b/iu
const subscribeReward = /\b(?:free|new posts|newsletter|updates|inbox)\b/iu

/**
 * Classify a block's text as chrome, or return null when it may hold claims. A heading the
 * author wrote as one (Markdown `#`) is never taken for a tag line, however short.
 */
export function matchChrome(text: string, explicitHeading = false): ChromeMatch | null {
  const reason = chromeReason(text.trim())
  if (reason === 'tag line' && explicitHeading && !labelLine.test(text.trim())) return null
  if (!reason) return null
  // "One thought on …" counts the comments under it as much as "12 Comments" does.
  const aboutComments =
    commentCount.test(text.trim()) || /\b(?:comments?|replies|responses|discussion)\b/iu.test(text)
  return {reason, aboutComments}
}

function chromeReason(text: string): DropReason | null {
  // Chrome is short: a long block is content, however it is worded.
  if (text.length > 160) return null
  const tokens = words(text)
  if (tokens.length === 0) return text.length > 0 ? 'site chrome' : null
  if (tokens.length <= 12 && navigationGlyph.test(text)) return 'navigation'
  if (isEmbed(text)) return 'embedded media'
  if (tokens.length <= 12 && footerLine.test(text)) return 'site chrome'
  if (tokens.length <= 8 && labelLine.test(text)) return 'tag line'
  if (tokens.length <= 12 && /\d/.test(text) && dateOnly.test(text.replace(/\d+(?=[a-z])/giu, '$& ')))
    return 'date stamp'
  if (tokens.length <= 12 && isStamp(text)) return 'date stamp'
  if (relativeTime.test(text)) return 'date stamp'
  if (tokens.length <= 20 && copyright.test(text)) return 'site chrome'
  if (tokens.length <= 30 && callToSubscribe.test(text) && subscribeReward.test(text)) return 'site chrome'
  // "12 Responses to “A Long Title …”": a count, then the post's title, however long.
  if ((tokens.length <= 14 || /^\S+\s+\S+\s+(?:to|on|about)\s/iu.test(text)) && commentCount.test(text))
    return 'site chrome'
  if (tokens.length <= 8 && isFurniture(tokens) && !text.endsWith('?')) return 'site chrome'
  if (reactionCount.test(text)) return 'site chrome'
  if (tokens.length <= 6 && /^\p{Ll}/u.test(text) && !/[.!?:;,]/u.test(text)) return 'tag line'
  if (
    tokens.length === 1 &&
    !sentenceEnd.test(text) &&
    /^\p{Lu}/u.test(text) &&
    furniture.has(text.toLowerCase())
  )
    return 'site chrome'
  return null
}

/**
 * A stamp over a post or comment: a date, maybe with a time, and maybe beside a reading time,
 * in parts separated by · | or • ("Feb 12, 2019 · 6 min read", "March 4, 2015 at 9:12 am").
 */
export function isStamp(text: string): boolean {
  let dated = false
  for (const part of text.split(/\s*[·|•]\s*/u).filter(Boolean)) {
    if (looksLikeDate(part.replace(clockTime, '').replace(/^on\s+/iu, ''))) dated = true
    else if (!readingTime.test(part) && !clockTime.test(part)) return false
  }
  return dated
}

/** A bare link, or a bracketed shortcode holding a link or a media file name. */
function isEmbed(text: string): boolean {
  if (/^(?:https?:\/\/|www\.)\S+$/iu.test(text)) return true
  return /^\[[^\]]+\]$/u.test(text) && /https?:\/\/|\.(?:jpe?g|png|gif|mp4|mov|webm)\b/iu.test(text)
}

/** Only furniture and filler words, numbers, and at least one furniture word. */
function isFurniture(tokens: string[]): boolean {
  let hasFurniture = false
  for (const token of tokens) {
    const word = token.toLowerCase()
    if (furniture.has(word)) hasFurniture = true
    else if (!filler.has(word) && !/^\d+$/u.test(word)) return false
  }
  return hasFurniture
}

/** Whether a line holds a word of page furniture ("Share", "Follow"): such a line names no one. */
export function hasFurnitureWord(text: string): boolean {
  return words(text).some(word => furniture.has(word.toLowerCase()))
}
