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
  const pairs = new Map<string, SpeakerPair>()
  graph.forEachEdge((_edge, link, _source, _target, sourceClaim, targetClaim) => {
    const from = claimant(sourceClaim)
    const to = claimant(targetClaim)
    const key = `${from}\u0000${to}`
    const pair = pairs.get(key) ?? {from, to, supports: 0, rebuts: 0}
    pair[link.relation]++
    pairs.set(key, pair)
  })
  return [...pairs.values()].sort(
    (a, b) =>
      b.supports + b.rebuts - (a.supports + a.rebuts) ||
      compareText(a.from, b.from) ||
      compareText(a.to, b.to)
  )
}
