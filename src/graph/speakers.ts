// Who agrees with whom: for each pair of speakers, how often one supports or rebuts the other.

import {compareText} from '../util/compare-text.js'
import type {ClaimGraph, ClaimNode} from './build-graph.js'

/** How often `from`'s claims support or rebut `to`'s. */
export interface SpeakerPair {
  from: string
  to: string
  supports: number
  rebuts: number
}

/** Whose claim it is: the person a quote is attributed to, else the speaker. */
export function claimant(claim: Pick<ClaimNode, 'speaker' | 'attributedTo'>): string {
  return claim.attributedTo ?? claim.speaker
}

/** Every pair of speakers linked by at least one link, most links first. */
export function speakerPairs(graph: ClaimGraph): SpeakerPair[] {
  // By speaker, then by the speaker answered: no key string made for each of 100k links.
  const byFrom = new Map<string, Map<string, SpeakerPair>>()
  const pairs: SpeakerPair[] = []
  graph.forEachEdge((_edge, link, _source, _target, sourceClaim, targetClaim) => {
    const from = claimant(sourceClaim)
    const to = claimant(targetClaim)
    let byTo = byFrom.get(from)
    if (!byTo) {
      byTo = new Map()
      byFrom.set(from, byTo)
    }
    let pair = byTo.get(to)
    if (!pair) {
      pair = {from, to, supports: 0, rebuts: 0}
      byTo.set(to, pair)
      pairs.push(pair)
    }
    pair[link.relation]++
  })
  return pairs.sort(
    (a, b) =>
      b.supports + b.rebuts - (a.supports + a.rebuts) ||
      compareText(a.from, b.from) ||
      compareText(a.to, b.to)
  )
}
