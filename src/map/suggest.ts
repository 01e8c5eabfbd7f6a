// "Did you mean": the known names nearest to a mistyped one.

import {compareText} from '../util/compare-text.js'

/** Edit distance between two strings, counting a swap of neighbours as one edit (optimal string alignment). */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let beforePrevious: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, beforePrevious[j - 2]! + 1)
      current[j] = cost
      best = Math.min(best, cost)
    }
    if (best > limit) return limit + 1
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * Up to `count` candidates close to `wanted`: those it is a prefix of first, then by edit
 * distance within a third of its length.
 */
export function suggest(wanted: string, candidates: Iterable<string>, count = 3): string[] {
  // For an ID, typos are judged against its slug: "dimaio/nope" is not near "dimaio/book".
  const name = wanted.slice(wanted.indexOf('/') + 1)
  const limit = Math.max(1, Math.floor(name.length / 3))
  const scored: Array<[string, number]> = []
  for (const candidate of candidates) {
    if (candidate.startsWith(wanted) || wanted.startsWith(candidate)) scored.push([candidate, -1])
    else {
      const score = distance(wanted, candidate, limit)
      if (score <= limit) scored.push([candidate, score])
    }
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || compareText(a[0], b[0]))
    .slice(0, count)
    .map(([candidate]) => candidate)
}

/** "did you mean a, b or c?" for a hint, or undefined when nothing is near. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const near = suggest(wanted, candidates)
  if (near.length === 0) return undefined
  const listed = near.map(name => `“${name}”`)
  return `did you mean ${listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}`}?`
}
