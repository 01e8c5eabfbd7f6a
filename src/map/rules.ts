// The rules a map is checked by, one function each, as remark-lint and eslint have them.

import type {Claim} from '../essay/types.js'
import type {Fix, MapClaimInfo} from './check-map.js'
import type {ClaimLock} from './lock.js'
import {error, type Problem, warning} from './problem.js'
import {bestMatch} from './similarity.js'
import {didYouMean} from './suggest.js'
import type {ClaimMap, MapLink, ValuePlace} from './types.js'

/** An ID the map names: one end of a link, or a thesis. */
export interface Reference {
  id: string
  place: ValuePlace
  link?: MapLink
}

/** What a rule sees of the map and its essays, and how it reports. */
export interface RuleContext {
  map: ClaimMap
  /** Every claim an ID can name: the essays' and the map's own. */
  claims: Map<string, MapClaimInfo>
  /** The recorded texts of linked claims. */
  lock: ClaimLock
  /** The claims of each essay that loaded, by key. */
  essayClaims: Map<string, Claim[]>
  /** Each essay's file as shown, by key. */
  files: Map<string, string>
  /** Keys of essays that did not load, or whose entries are invalid: IDs into them are not judged. */
  broken: Set<string>
  /** Every ID the map names, in file order. */
  references: Reference[]
  report(problem: Problem): void
  fix(fix: Fix): void
}

export type Rule = (context: RuleContext) => void

const essayKeyOf = (id: string) => id.slice(0, id.indexOf('/'))

/** A value worked out once per check and shared by the rules that need it (100k links are read once, not per rule). */
function perCheck<Value>(compute: (context: RuleContext) => Value): (context: RuleContext) => Value {
  const values = new WeakMap<RuleContext, {value: Value}>()
  return context => {
    let known = values.get(context)
    if (!known) {
      known = {value: compute(context)}
      values.set(context, known)
    }
    return known.value
  }
}

/** References whose ID names no claim, in essays that loaded, and not a claim whose entry is invalid. */
const unresolved = perCheck(({references, claims, broken, map}) => {
  const invalid = new Set(map.invalid.claims)
  return references.filter(({id}) => !claims.has(id) && !broken.has(essayKeyOf(id)) && !invalid.has(id))
})

/** Whether the ID's essay key names something: a loaded essay, or the prefix of the map's own claims. */
const essayKnown = ({essayClaims, map}: RuleContext, key: string) =>
  essayClaims.has(key) || map.claims.some(claim => essayKeyOf(claim.id) === key)

/** A reference to a claim that was recorded but is no longer in its essay. */
const isVanished = (context: RuleContext, id: string) =>
  context.lock[id] !== undefined && context.essayClaims.has(essayKeyOf(id))

/** Links whose two ends both name a claim. */
export const resolvedLinks = perCheck(({map, claims}) =>
  map.links.filter(link => claims.has(link.from) && claims.has(link.to))
)

/** A link's place in the map's `links:`, from 0. */
const linkIndex = (link: MapLink) => Number(link.path[1])
const placeName = (link: MapLink) => `link ${linkIndex(link) + 1}`
const opposite = (link: MapLink) => (link.relation === 'supports' ? 'rebuts' : 'supports')

/** The first link of each relation from one claim to another. */
type FirstLinks = Partial<Record<MapLink['relation'], MapLink>>

/**
 * The first links between each two claims, found once for the repeat and contradiction rules and
 * the sound links (by `from`, then `to`: no key string made for each of 100k links).
 */
const firstLinks = perCheck(context => {
  const byFrom = new Map<string, Map<string, FirstLinks>>()
  for (const link of resolvedLinks(context)) {
    let byTo = byFrom.get(link.from)
    if (!byTo) {
      byTo = new Map()
      byFrom.set(link.from, byTo)
    }
    let first = byTo.get(link.to)
    if (!first) {
      first = {}
      byTo.set(link.to, first)
    }
    first[link.relation] ??= link
  }
  return (link: MapLink) => byFrom.get(link.from)!.get(link.to)!
})

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** claim-conflict: a claim of `claims:` whose ID an essay already gives to one of its claims. */
const claimConflict: Rule = ({map, claims, report}) => {
  for (const claim of map.claims)
    if (claims.get(claim.id)?.essay)
      report({
        ...error(
          'claim-conflict',
          claim.path,
          `“${claim.id}” is already a claim of essay “${essayKeyOf(claim.id)}”`,
          'give the map’s own claim another key'
        ),
        onKey: true
      })
}

/** unknown-essay: an ID whose prefix is no essay of the map. */
const unknownEssay: Rule = context => {
  const keys = context.map.essays.map(essay => essay.key)
  for (const {id, place} of unresolved(context)) {
    const key = essayKeyOf(id)
    if (essayKnown(context, key)) continue
    context.report(
      error(
        'unknown-essay',
        place.path,
        `no essay “${key}” in this map`,
        didYouMean(key, keys) ?? `the map’s essays are ${keys.map(each => `“${each}”`).join(', ')}`,
        place.within
      )
    )
  }
}

/** vanished: a linked claim recorded in the lock file that its essay no longer has; --fix re-points it. */
const vanished: Rule = context => {
  for (const {id, place} of unresolved(context)) {
    if (!isVanished(context, id)) continue
    const recorded = context.lock[id]!
    const best = bestMatch(recorded, context.essayClaims.get(essayKeyOf(id))!)
    if (best?.unambiguous) context.fix({place, from: id, to: best.match.id})
    const hint = best
      ? `it read “${shorten(recorded)}”; the closest claim now is “${best.match.id}”${best.unambiguous ? ' (argmap check --fix re-points the link there)' : ''}`
      : `it read “${shorten(recorded)}”, and no claim of the essay is close to it now`
    context.report(
      error('vanished', place.path, `claim “${id}” is no longer in its essay`, hint, place.within)
    )
  }
}

/** unknown-claim: an ID of a known essay that names none of its claims, and was never recorded. */
const unknownClaim: Rule = context => {
  for (const {id, place} of unresolved(context)) {
    const key = essayKeyOf(id)
    if (!essayKnown(context, key) || isVanished(context, id)) continue
    const sameEssay = [...context.claims.keys()].filter(other => essayKeyOf(other) === key)
    const file = context.files.get(key)
    context.report(
      error(
        'unknown-claim',
        place.path,
        `unknown claim “${id}”`,
        didYouMean(id, sameEssay) ??
          (file
            ? `argmap show ${file} lists the essay’s claim IDs`
            : 'argmap show <essay> lists its claim IDs'),
        place.within
      )
    )
  }
}

/** drift: a linked claim whose text changed since it was recorded (reported once, where first named). */
const drift: Rule = ({references, claims, lock, report}) => {
  const seen = new Set<string>()
  for (const {id, place} of references) {
    // Each ID is judged once, however many links name it.
    if (seen.has(id)) continue
    seen.add(id)
    const claim = claims.get(id)
    const recorded = lock[id]
    if (!claim?.essay || recorded === undefined || recorded === claim.text) continue
    report(
      warning(
        'drift',
        place.path,
        `the text of “${id}” changed since it was linked`,
        `it read: “${shorten(recorded)}”; now: “${shorten(claim.text)}”. Check the link still holds, then run argmap check --fix to record the new text`,
        place.within
      )
    )
  }
}

/** self-link: a claim that supports or rebuts itself. */
const selfLink: Rule = context => {
  for (const link of resolvedLinks(context))
    if (link.from === link.to)
      context.report(
        error('self-link', link.path, `“${link.from}” ${link.relation} itself`, 'link it to another claim')
      )
}

/** duplicate-link: the same link twice; the later one is reported. */
const duplicateLink: Rule = context => {
  const firsts = firstLinks(context)
  for (const link of resolvedLinks(context)) {
    const earlier = firsts(link)[link.relation]!
    if (earlier !== link)
      context.report(
        error('duplicate-link', link.path, `this link repeats ${placeName(earlier)}`, 'remove one of the two')
      )
  }
}

/** support-and-rebut: one claim both supports and rebuts another; the later link is reported. */
const supportAndRebut: Rule = context => {
  const firsts = firstLinks(context)
  for (const link of resolvedLinks(context)) {
    const first = firsts(link)
    // A repeat is the duplicate-link rule's to report.
    if (first[link.relation] !== link) continue
    const other = first[opposite(link)]
    if (other && linkIndex(other) < linkIndex(link))
      context.report(
        error(
          'support-and-rebut',
          link.path,
          `“${link.from}” cannot both support and rebut “${link.to}”`,
          `${placeName(other)} says it ${other.relation}; keep the one you mean`
        )
      )
  }
}

/** lone-thesis: a thesis no link names. */
const loneThesis: Rule = context => {
  if (context.map.theses.length === 0) return
  const linked = new Set(resolvedLinks(context).flatMap(link => [link.from, link.to]))
  for (const thesis of context.map.theses)
    if (context.claims.has(thesis.id) && !linked.has(thesis.id))
      context.report(
        warning(
          'lone-thesis',
          thesis.place.path,
          `thesis “${thesis.id}” takes part in no link`,
          'link claims to it, or remove it from theses'
        )
      )
}

/** IDs the links name, reported or not: an essay or claim they name counts as used. Invalid links might name any. */
const named = perCheck(({map}) => {
  const ids = new Set<string>()
  for (const link of map.links) ids.add(link.from).add(link.to)
  return ids
})

/** unused-essay: an essay no link names a claim of. */
const unusedEssay: Rule = context => {
  const {map, broken, report} = context
  if (map.invalid.links.length > 0) return
  const used = new Set([...named(context)].map(essayKeyOf))
  for (const essay of map.essays)
    if (!broken.has(essay.key) && !used.has(essay.key))
      report({
        ...warning(
          'unused-essay',
          ['essays', essay.key],
          `no link uses essay “${essay.key}”`,
          'link one of its claims, or remove the essay'
        ),
        onKey: true
      })
}

/** unused-claim: a claim of `claims:` no link names. */
const unusedClaim: Rule = context => {
  const {map, report} = context
  if (map.invalid.links.length > 0 || map.claims.length === 0) return
  const used = named(context)
  for (const claim of map.claims)
    if (!used.has(claim.id))
      report({
        ...warning(
          'unused-claim',
          claim.path,
          `claim “${claim.id}” is defined but never linked`,
          'link it, or remove it'
        ),
        onKey: true
      })
}

/** Every rule that checks a map against its essays, by the name its problems carry. */
export const rules = {
  'claim-conflict': claimConflict,
  'unknown-essay': unknownEssay,
  vanished,
  'unknown-claim': unknownClaim,
  drift,
  'self-link': selfLink,
  'duplicate-link': duplicateLink,
  'support-and-rebut': supportAndRebut,
  'lone-thesis': loneThesis,
  'unused-essay': unusedEssay,
  'unused-claim': unusedClaim
} satisfies Record<string, Rule>

/** The name of a rule that checks a map against its essays. */
export type CheckRule = keyof typeof rules

/** The links no rule objects to: both ends name a claim, not a self-link, no repeat, no support-and-rebut pair. */
export function soundLinks(context: RuleContext): Set<MapLink> {
  const firsts = firstLinks(context)
  return new Set(
    resolvedLinks(context).filter(link => {
      const first = firsts(link)
      return link.from !== link.to && first[link.relation] === link && !first[opposite(link)]
    })
  )
}
