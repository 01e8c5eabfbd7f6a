// Splits the graph into separate debates and finds what each one is about.

import type {ClaimGraph} from './build-graph.js'

/** A debate: a connected set of claims and the theses it argues over. */
export interface Debate {
  claims: string[]
  theses: string[]
}

/**
 * The connected components of the graph, each with its theses: those the map lists, else the
 * claims that others answer and that answer nothing, else (a pure cycle) the most answered claim.
 */
export function findDebates(graph: ClaimGraph, listed: string[] = []): Debate[] {
  return components(graph).map(claims => ({claims, theses: thesesOf(graph, claims, listed)}))
}

/**
 * The connected components, each in source order and ordered by its first claim: one union-find
 * pass over the links instead of a search through every claim's neighbours.
 */
function components(graph: ClaimGraph): string[][] {
  const ids = graph
    .nodes()
    .sort((a, b) => graph.getNodeAttribute(a, 'order') - graph.getNodeAttribute(b, 'order'))
  const position = new Map(ids.map((id, at) => [id, at]))
  // parent[i] is a claim (by its place in source order) of i's component; a root is its own parent.
  const parent = Int32Array.from(ids, (_, at) => at)
  const root = (start: number) => {
    let at = start
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]!]!
      at = parent[at]!
    }
    return at
  }
  graph.forEachEdge((_edge, _link, source, target) => {
    const a = root(position.get(source)!)
    const b = root(position.get(target)!)
    // The earlier claim stays the root, so a component's root is its first claim.
    if (a < b) parent[b] = a
    else if (b < a) parent[a] = b
  })
  const byRoot = new Map<number, string[]>()
  const found: string[][] = []
  ids.forEach((id, at) => {
    const first = root(at)
    let members = byRoot.get(first)
    if (!members) {
      members = []
      byRoot.set(first, members)
      found.push(members)
    }
    members.push(id)
  })
  return found
}

function thesesOf(graph: ClaimGraph, claims: string[], listed: string[]): string[] {
  const members = new Set(claims)
  const chosen = listed.filter(id => members.has(id))
  if (chosen.length > 0) return chosen
  const roots = claims.filter(id => graph.inDegree(id) > 0 && graph.outDegree(id) === 0)
  if (roots.length > 0) return roots
  return [claims.reduce((best, id) => (graph.inDegree(id) > graph.inDegree(best) ? id : best))]
}
