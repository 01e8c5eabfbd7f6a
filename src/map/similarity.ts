// How alike two claim texts are, to find where a drifted claim went.

import {contentWords} from '../essay/slug.js'

/** Dice coefficient over the content words of two texts: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const left = words(a)
  const right = words(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return (2 * shared) / (left.size + right.size)
}

function words(text: string): Set<string> {
  return new Set(contentWords(text, Infinity))
}

/** The best match of `text` among candidates, and whether it is clearly the best. */
export function bestMatch<T extends {text: string}>(
  text: string,
  candidates: T[]
): {match: T; score: number; unambiguous: boolean} | undefined {
  const scored = candidates
    .map(candidate => ({candidate, score: similarity(text, candidate.text)}))
    .sort((a, b) => b.score - a.score)
  const [first, second] = scored
  if (!first || first.score < 0.35) return undefined
  return {
    match: first.candidate,
    score: first.score,
    unambiguous: first.score >= 0.5 && (second?.score ?? 0) <= first.score - 0.15
  }
}
