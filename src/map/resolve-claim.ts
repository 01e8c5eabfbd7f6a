// Finds the claim a person means: a full ID, a unique ID prefix, or a fragment of its text.

import type {MapClaimInfo} from './check-map.js'

export type Resolution = {id: string} | {problem: string; candidates: string[]}

/** Resolve one argument against the map's claims; anything ambiguous or unknown is refused. */
export function resolveClaim(argument: string, claims: Map<string, MapClaimInfo>): Resolution {
  if (claims.has(argument)) return {id: argument}
  const byPrefix = [...claims.keys()].filter(id => id.startsWith(argument))
  if (byPrefix.length === 1) return {id: byPrefix[0]!}
  if (byPrefix.length > 1)
    return {problem: `“${argument}” is the start of ${byPrefix.length} claim IDs`, candidates: byPrefix}
  const needle = fold(argument)
  const byText =
    needle.length >= 3
      ? [...claims.values()].filter(claim => fold(claim.text).includes(needle)).map(claim => claim.id)
      : []
  if (byText.length === 1) return {id: byText[0]!}
  if (byText.length > 1)
    return {problem: `“${argument}” is in the text of ${byText.length} claims`, candidates: byText}
  return {problem: `no claim ID starts with, and no claim’s text contains, “${argument}”`, candidates: []}
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim()
}
