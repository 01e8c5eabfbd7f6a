// Builds debate forests from `a rebuts b` lines, without essays, for view and graph tests.

import {analyseMap} from '../../src/graph/debate-view.js'
import type {MapClaimInfo} from '../../src/map/check-map.js'
import type {ClaimMap, Relation} from '../../src/map/types.js'

/** A forest from `from relation to` lines; each claim is spoken by the part of its ID before the slash. */
export function forestOf(lines: string[], theses: string[] = [], texts: Record<string, string> = {}) {
  const links = lines.map((line, index) => {
    const [from, relation, to] = line.split(' ') as [string, Relation, string]
    return {from, to, relation, path: ['links', index], fromPlace: {path: []}, toPlace: {path: []}}
  })
  const map: ClaimMap = {
    title: 'Test debate',
    essays: [],
    claims: [],
    theses: theses.map(id => ({id, place: {path: []}})),
    links,
    invalid: {essays: [], claims: [], links: []}
  }
  const claims = new Map<string, MapClaimInfo>()
  for (const id of links.flatMap(link => [link.from, link.to])) {
    claims.set(id, {
      id,
      text: texts[id] ?? `text of ${id}`,
      speaker: id.split('/')[0]!,
      attributedTo: null,
      kind: 'claim',
      essay: id.split('/')[0]!,
      file: 'x.txt',
      line: 1,
      column: 1
    })
  }
  return analyseMap(map, claims)
}
