// The semantic checks of a map against its essays: unknown IDs, bad links, drift, unused entries.

import type {Claim, Essay} from '../essay/types.js'
import type {ClaimLock} from './lock.js'
import {error, warning, type Problem} from './problem.js'
import {bestMatch} from './similarity.js'
import {didYouMean} from './suggest.js'
import type {ClaimMap, MapLink, ValuePlace} from './types.js'

/** A claim as the map sees it: from an essay, or defined in the map. */
export interface MapClaimInfo {
  id: string
  text: string
  speaker: string
  attributedTo: string | null
  kind: Claim['kind']
  /** The essay key, or null for a claim the map defines. */
  essay: string | null
  /** Where the claim stands: the essay file (as the map names it) and line, or the map itself. */
  file: string
  line: number
  column: number
}

/** An essay as loaded for a map: parsed, or the problem that kept it out. */
export type LoadedEssay =
  | {key: string; file: string; essay: Essay}
  | {key: string; file: string; problem: Problem}

/** A change `check --fix` can make: point a link's ID at where its claim went. */
export interface Fix {
  place: ValuePlace
  from: string
  to: string
}

export interface MapCheck {
  claims: Map<string, MapClaimInfo>
  problems: Problem[]
  fixes: Fix[]
  /** The lock as it should be: every linked essay claim with its current text. */
  lock: ClaimLock
}

/** Check a parsed map against its loaded essays and the recorded claim texts. */
export function checkMap(map: ClaimMap, essays: LoadedEssay[], lock: ClaimLock): MapCheck {
  const problems: Problem[] = []
  const fixes: Fix[] = []
  const claims = new Map<string, MapClaimInfo>()
  const byEssay = new Map<string, Claim[]>()
  const fileOf = new Map(essays.map(loaded => [loaded.key, loaded.file]))
  const broken = new Set<string>()

  for (const loaded of essays) {
    if ('problem' in loaded) {
      problems.push(loaded.problem)
      broken.add(loaded.key)
      continue
    }
    byEssay.set(loaded.key, loaded.essay.claims)
    for (const claim of loaded.essay.claims) {
      claims.set(claim.id, {
        id: claim.id,
        text: claim.text,
        speaker: claim.speaker,
        attributedTo: claim.attributedTo,
        kind: claim.kind,
        essay: loaded.key,
        file: loaded.file,
        line: claim.line,
        column: claim.column
      })
    }
  }
  for (const claim of map.claims) {
    if (claims.has(claim.id)) {
      problems.push({
        ...error(
          'claim-conflict',
          claim.path,
          `“${claim.id}” is already a claim of essay “${claim.id.split('/')[0]}”`,
          'give the map’s own claim another key'
        ),
        onKey: true
      })
      continue
    }
    claims.set(claim.id, {
      id: claim.id,
      text: claim.text,
      speaker: claim.author ?? 'the map',
      attributedTo: null,
      kind: 'claim',
      essay: null,
      file: '',
      line: 0,
      column: 0
    })
  }

  const newLock = new Map<string, string>()
  /** Whether `id` names a claim; reports why not, once per place. */
  const resolve = (id: string, place: ValuePlace): boolean => {
    const info = claims.get(id)
    if (info) {
      // An ID met again (most are: a claim takes part in several links) has been checked for drift.
      if (info.essay !== null && !newLock.has(id)) {
        newLock.set(id, info.text)
        const recorded = lock[id]
        if (recorded !== undefined && recorded !== info.text) {
          problems.push(
            warning(
              'drift',
              place.path,
              `the text of “${id}” changed since it was linked`,
              `it read: “${shorten(recorded)}”; now: “${shorten(info.text)}”. Check the link still holds, then run argmap check --fix to record the new text`,
              place.within
            )
          )
        }
      }
      return true
    }
    const essayKey = id.split('/')[0]!
    if (broken.has(essayKey)) return false
    const recorded = lock[id]
    const candidates = byEssay.get(essayKey)
    if (recorded !== undefined && candidates) {
      const best = bestMatch(recorded, candidates)
      if (best?.unambiguous) fixes.push({place, from: id, to: best.match.id})
      const hint = best
        ? `it read “${shorten(recorded)}”; the closest claim now is “${best.match.id}”${best.unambiguous ? ' (argmap check --fix re-points the link there)' : ''}`
        : `it read “${shorten(recorded)}”, and no claim of the essay is close to it now`
      problems.push(
        error('vanished', place.path, `claim “${id}” is no longer in its essay`, hint, place.within)
      )
      return false
    }
    if (!candidates && !map.claims.some(claim => claim.id.startsWith(`${essayKey}/`))) {
      const essayKeys = map.essays.map(essay => essay.key)
      problems.push(
        error(
          'unknown-essay',
          place.path,
          `no essay “${essayKey}” in this map`,
          didYouMean(essayKey, essayKeys) ??
            `the map’s essays are ${essayKeys.map(key => `“${key}”`).join(', ')}`,
          place.within
        )
      )
      return false
    }
    const sameEssay = [...claims.keys()].filter(key => key.startsWith(`${essayKey}/`))
    problems.push(
      error(
        'unknown-claim',
        place.path,
        `unknown claim “${id}”`,
        didYouMean(id, sameEssay) ??
          (fileOf.has(essayKey)
            ? `argmap show ${fileOf.get(essayKey)} lists the essay’s claim IDs`
            : 'argmap show <essay> lists its claim IDs'),
        place.within
      )
    )
    return false
  }

  // Each pair of claims once, with the link of each relation between them.
  const seen = new Map<string, Partial<Record<MapLink['relation'], MapLink>>>()
  const used = new Set<string>()
  for (const link of map.links) {
    const fromOk = resolve(link.from, link.fromPlace)
    const toOk = resolve(link.to, link.toPlace)
    if (!fromOk || !toOk) continue
    used.add(link.from).add(link.to)
    if (link.from === link.to) {
      problems.push(
        error('self-link', link.path, `“${link.from}” ${link.relation} itself`, 'link it to another claim')
      )
      continue
    }
    const pair = `${link.from} ${link.to}`
    let earlier = seen.get(pair)
    if (!earlier) {
      earlier = {}
      seen.set(pair, earlier)
    }
    const same = earlier[link.relation]
    const opposite = earlier[link.relation === 'supports' ? 'rebuts' : 'supports']
    if (same)
      problems.push(
        error('duplicate-link', link.path, `this link repeats ${placeName(same)}`, 'remove one of the two')
      )
    else if (opposite)
      problems.push(
        error(
          'support-and-rebut',
          link.path,
          `“${link.from}” cannot both support and rebut “${link.to}”`,
          `${placeName(opposite)} says it ${opposite.relation}; keep the one you mean`
        )
      )
    earlier[link.relation] = link
  }
  for (const thesis of map.theses) {
    if (resolve(thesis.id, thesis.place) && !used.has(thesis.id))
      problems.push(
        warning(
          'lone-thesis',
          thesis.place.path,
          `thesis “${thesis.id}” takes part in no link`,
          'link claims to it, or remove it from theses'
        )
      )
  }

  // An essay or claim counts as used when a link names it, even through an ID reported above.
  const named = new Set(map.links.flatMap(link => [link.from, link.to]))
  const usedEssays = new Set([...named].map(id => id.split('/')[0]))
  for (const essay of map.essays) {
    if (!broken.has(essay.key) && !usedEssays.has(essay.key))
      problems.push({
        ...warning(
          'unused-essay',
          ['essays', essay.key],
          `no link uses essay “${essay.key}”`,
          'link one of its claims, or remove the essay'
        ),
        onKey: true
      })
  }
  for (const claim of map.claims) {
    if (!named.has(claim.id))
      problems.push({
        ...warning(
          'unused-claim',
          claim.path,
          `claim “${claim.id}” is defined but never linked`,
          'link it, or remove it'
        ),
        onKey: true
      })
  }
  return {claims, problems, fixes, lock: Object.fromEntries(newLock)}
}

function placeName(link: MapLink): string {
  return `link ${Number(link.path[1]) + 1}`
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
