// Shallow text features of each block, as jusText and Boilerpipe measure them, plus the shape evidence.

import type {Block} from './blocks.js'
import {type ChromeMatch, isStamp, matchChrome} from './chrome.js'
import {words} from './heading-shape.js'
import {commentHeader, parseByline, personName} from './people.js'

/**
 * The features, in the order of a block's vector. Each is a number in [0, 1]; the model's
 * weights (weights.json) are keyed by these names, so adding one is adding a name here.
 */
export const featureNames = [
  'bias',
  /** Word count: one or two words, three to seven, eight to twenty, more. */
  'words:1-2',
  'words:3-7',
  'words:8-20',
  'words:21+',
  /** Ends like a sentence (. ! ? and closing quotes). */
  'sentence end',
  /** Sentence marks inside the block: several sentences. */
  'several sentences',
  /** Share of words that are function words (jusText's stopword density), and its classes. */
  'stopword density',
  'stopwords high',
  'stopwords none',
  /** Share of words that start with a capital. */
  'capitalised share',
  /** Share of characters in URLs. */
  'url share',
  'digit share',
  /** Separators of menus and stamps: | · • / between words. */
  'separators',
  'list item',
  'heading',
  'quote',
  /** Where the block stands: first tenth of the page, last tenth. */
  'position:top',
  'position:bottom',
  /** The same text elsewhere on the page (menus, "Reply" links). */
  'repeated',
  /** Shape evidence, each a pattern of page furniture. */
  'shape:navigation',
  'shape:furniture',
  'shape:tag line',
  'shape:date stamp',
  'shape:copyright or subscribe',
  'shape:comment count',
  'shape:byline',
  'shape:person name',
  'shape:comment header',
  'shape:name over date',
  /** A byline, a date or a name within the next two blocks: what stands under a headline. */
  'byline below',
  /** A neighbour is short (a run of menu items) or prose. */
  'neighbours short',
  'neighbours prose',
  /** What markup said of the block (HTML pages). */
  'hint:chrome',
  'hint:title',
  'hint:comment',
  'hint:body'
] as const

export type FeatureName = (typeof featureNames)[number]

/** A block's feature vector, in the order of `featureNames`. */
export type Features = Float64Array

/** What the features pass finds on a page: vectors, and per block its words and any chrome shape. */
export interface PageFeatures {
  vectors: Features[]
  texts: string[]
  wordCounts: number[]
  shapes: Array<ChromeMatch | null>
}

const stopwords = new Set(
  `a about after all also an and any are as at be because been but by can could did do does for from had
  has have he her his how i if in into is it its just like more most my no not of on one only or our out
  so some than that the their them then there these they this those to up us was we were what when which
  who will with would you your der die das und ist nicht ein eine zu den mit sich des auf für im dem
  von es an auch als wie bei oder aber wenn nur noch le la les et est un une des du que qui dans pour
  pas sur il elle de el los las y en que es por un una`.split(/\s+/u)
)
const sentenceEnd = /[.!?…]["'”’)\]]*$/u
const innerSentence = /[.!?]["'”’)]*\s+\p{Lu}/u
const url = /(?:https?:\/\/|www\.)\S+/giu
const separators = /\s[|·•/]\s|\s[|·•]|[|·•]\s/u

/**
 * Characters past which a block is prose unless markup says otherwise: the model neither
 * scores it nor is fitted on it, and it gets an empty vector (its length is what counts).
 */
export const longBlock = 300
/** A long block's word count, as its neighbours see it. */
const longCount = 100
const empty = new Float64Array(featureNames.length)

/** The features of every block of a page; linear in the page's length. */
export function blockFeatures(blocks: Block[]): PageFeatures {
  const texts = blocks.map(block => block.visible.text.trim())
  const counts = new Map<string, number>()
  for (const text of texts) if (text.length <= 200) counts.set(text, (counts.get(text) ?? 0) + 1)
  const tokens = texts.map(text => (text.length > longBlock ? null : words(text)))
  const wordCounts = tokens.map(list => list?.length ?? longCount)
  const shapes = blocks.map((block, index) =>
    texts[index]!.length <= 160 ? matchChrome(texts[index]!, block.explicit) : null
  )
  const vectors = blocks.map((block, index) => {
    const own = tokens[index]
    if (!own) return empty
    const vector = featuresOf(
      block,
      texts[index]!,
      own,
      shapes[index]!,
      texts[index + 1],
      index / Math.max(1, blocks.length - 1)
    )
    vector[at.repeated] = (counts.get(texts[index]!) ?? 0) > 1 && own.length > 0 ? 1 : 0
    // The blocks before and after, counted without an array of them.
    let sides = 0
    let short = 0
    let prose = 0
    for (let side = index - 1; side <= index + 1; side += 2) {
      const count = wordCounts[side]
      if (count === undefined) continue
      sides++
      if (count <= 3) short++
      if (count >= 20) prose++
    }
    vector[at['neighbours short']] = short / Math.max(1, sides)
    vector[at['neighbours prose']] = prose / Math.max(1, sides)
    return vector
  })
  for (const [index, vector] of vectors.entries()) {
    if (vector === empty) continue
    vector[at['byline below']] = [vectors[index + 1], vectors[index + 2]].some(
      below =>
        below !== undefined &&
        (below[at['shape:byline']] === 1 ||
          below[at['shape:date stamp']] === 1 ||
          below[at['shape:name over date']] === 1)
    )
      ? 1
      : 0
  }
  return {vectors, texts, wordCounts, shapes}
}

/** Index of each feature in a vector. */
export const at = Object.fromEntries(featureNames.map((name, index) => [name, index])) as Record<
  FeatureName,
  number
>

function featuresOf(
  block: Block,
  text: string,
  tokens: string[],
  chrome: ChromeMatch | null,
  next: string | undefined,
  position: number
) {
  const vector = new Float64Array(featureNames.length)
  const set = (name: FeatureName, value: number | boolean) => {
    vector[at[name]] = Number(value)
  }
  const count = tokens.length
  set('bias', 1)
  set('words:1-2', count <= 2)
  set('words:3-7', count >= 3 && count <= 7)
  set('words:8-20', count >= 8 && count <= 20)
  set('words:21+', count > 20)
  set('sentence end', sentenceEnd.test(text.slice(-8)))
  set('several sentences', innerSentence.test(text))
  let stop = 0
  let capitals = 0
  for (const token of tokens) {
    if (stopwords.has(token.toLowerCase())) stop++
    // An ASCII first letter is a capital by its code; any other by whether lower-casing changes it.
    const code = token.charCodeAt(0)
    if (code < 128 ? code >= 65 && code <= 90 : token[0] !== token[0]!.toLowerCase()) capitals++
  }
  const density = count > 0 ? stop / count : 0
  set('stopword density', density)
  set('stopwords high', density >= 0.3)
  set('stopwords none', count > 0 && stop === 0)
  set('capitalised share', count > 0 ? capitals / count : 0)
  let urlChars = 0
  if (text.includes('://') || text.includes('www.'))
    for (const found of text.matchAll(url)) urlChars += found[0].length
  set('url share', text.length > 0 ? urlChars / text.length : 0)
  let digits = 0
  if (text.length <= 200)
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code >= 48 && code <= 57) digits++
    }
  set('digit share', text.length > 0 && text.length <= 200 ? digits / text.length : 0)
  set('separators', text.length <= 200 && separators.test(text))
  set('list item', block.type === 'item')
  set('heading', block.type === 'heading')
  set('quote', block.type === 'quote')
  set('position:top', position <= 0.1)
  set('position:bottom', position >= 0.9)

  // The shape rules are evidence here, not verdicts: the weights say how much each counts.
  if (text.length <= 160) {
    const reason = chrome?.reason
    set('shape:navigation', reason === 'navigation')
    set('shape:furniture', reason === 'site chrome' && !/\d/u.test(text))
    set('shape:tag line', reason === 'tag line')
    set('shape:date stamp', reason === 'date stamp')
    set(
      'shape:copyright or subscribe',
      reason === 'site chrome' && /©|\(c\)|copyright|subscribe|sign up/iu.test(text)
    )
    set('shape:comment count', reason === 'site chrome' && /^(?:\d+|no|one|two|three)\s/iu.test(text))
    set('shape:byline', parseByline(text) !== null)
    const name = personName(text) !== null
    set('shape:person name', name)
    set('shape:comment header', commentHeader(text) !== null)
    set('shape:name over date', name && next !== undefined && isStamp(next))
  }
  const hint = block.hint
  if (hint) {
    set('hint:chrome', hint.kind === 'chrome')
    set('hint:title', hint.kind === 'title')
    set('hint:comment', hint.kind === 'comment-header' || hint.kind === 'comment-start')
    set('hint:body', hint.kind === 'body')
  }
  return vector
}
