// Checks a parsed map against its loaded essays: builds the context, runs every rule, keeps what is sound.

import type {Claim, Essay} from '../essay/types.js'
import type {ClaimLock} from './lock.js'
import type {Problem} from './problem.js'
import {type Reference, type RuleContext, rules, soundLinks} from './rules.js'
import type {ClaimMap, MapLink, ValuePlace} from './types.js'

/** What every claim the map can name has, wherever it comes from. */
interface ClaimInfoBase {
  id: string
  text: string
  speaker: string
  attributedTo: string | null
  kind: Claim['kind']
}

/** A claim of one of the map's essays, at its place in the essay file (as the map names it). */
export interface EssayClaimInfo extends ClaimInfoBase {
  essay: string
  file: string
  line: number
  column: number
}

/** A claim the map defines itself: it has no place in any essay. */
export interface OwnClaimInfo extends ClaimInfoBase {
  essay: null
  file?: undefined
  line?: undefined
  column?: undefined
}

/** A claim as the map sees it: from an essay, or defined in the map. */
export type MapClaimInfo = EssayClaimInfo | OwnClaimInfo

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
  /**
   * The lock as it should be: every claim the map names, with its current (or, if vanished, last) text.
   * Worked out when asked (`check --fix`), not by every check.
   */
  lock(): ClaimLock
  /** How many claims the map names have no recorded text (what `check --fix` would record), counted without building the lock. */
  unrecorded(): number
  /** The links no error touches, and the theses that name a claim: what can be shown. Worked out when asked. */
  sound(): {links: MapLink[]; theses: ClaimMap['theses']}
}

/** Check a parsed map against its loaded essays and the recorded claim texts: every rule, every problem. */
export function checkMap(map: ClaimMap, essays: LoadedEssay[], lock: ClaimLock): MapCheck {
  const problems: Problem[] = []
  const fixes: Fix[] = []
  const claims = new Map<string, MapClaimInfo>()
  const essayClaims = new Map<string, Claim[]>()
  const broken = new Set<string>(map.invalid.essays)
  for (const loaded of essays) {
    if ('problem' in loaded) {
      problems.push(loaded.problem)
      broken.add(loaded.key)
      continue
    }
    essayClaims.set(loaded.key, loaded.essay.claims)
    for (const claim of loaded.essay.claims)
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
  for (const claim of map.claims) {
    // A clash with an essay's claim is the claim-conflict rule's to report; the essay's claim wins.
    if (claims.has(claim.id)) continue
    claims.set(claim.id, {
      id: claim.id,
      text: claim.text,
      speaker: claim.author ?? 'the map',
      attributedTo: null,
      kind: 'claim',
      essay: null
    })
  }
  const references: Reference[] = [
    ...map.links.flatMap(link => [
      {id: link.from, place: link.fromPlace, link},
      {id: link.to, place: link.toPlace, link}
    ]),
    ...map.theses.map(thesis => ({id: thesis.id, place: thesis.place}))
  ]
  const context: RuleContext = {
    map,
    claims,
    lock,
    essayClaims,
    files: new Map(essays.map(loaded => [loaded.key, loaded.file])),
    broken,
    references,
    report: problem => problems.push(problem),
    fix: fix => fixes.push(fix)
  }
  for (const rule of Object.values(rules)) rule(context)

  const sound = () => {
    const links = soundLinks(context)
    return {
      links: map.links.filter(link => links.has(link)),
      theses: map.theses.filter(thesis => claims.has(thesis.id))
    }
  }
  return {
    claims,
    problems,
    fixes,
    lock: () => nextLock(context),
    unrecorded: () => unrecordedClaims(context),
    sound
  }
}

/** Every claim the map names keeps a record: its text now, or the text it had before it vanished. */
function nextLock({references, claims, lock}: RuleContext): ClaimLock {
  const next: ClaimLock = {}
  for (const {id} of references) {
    const claim = claims.get(id)
    if (claim?.essay) next[id] = claim.text
    else if (!claim && lock[id] !== undefined) next[id] = lock[id]
  }
  return next
}

/** The claims of essays the map names whose text the lock does not hold yet, each counted once. */
function unrecordedClaims({references, claims, lock}: RuleContext): number {
  const unrecorded = new Set<string>()
  for (const {id} of references) if (claims.get(id)?.essay && lock[id] === undefined) unrecorded.add(id)
  return unrecorded.size
}
