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
  const seen = new Set<string>()
  const debates: Debate[] = []
  const byOrder = (a: string, b: string) =>
    graph.getNodeAttribute(a, 'order') - graph.getNodeAttribute(b, 'order')
  graph.forEachNode(start => {
    if (seen.has(start)) return
    const claims: string[] = []
    const queue = [start]
    seen.add(start)
    while (queue.length > 0) {
      const id = queue.pop()!
      claims.push(id)
      graph.forEachNeighbor(id, neighbour => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour)
          queue.push(neighbour)
        }
      })
    }
    claims.sort(byOrder)
    debates.push({claims, theses: thesesOf(graph, claims, listed)})
  })
  return debates
}

function thesesOf(graph: ClaimGraph, claims: string[], listed: string[]): string[] {
  const members = new Set(claims)
  const chosen = listed.filter(id => members.has(id))
  if (chosen.length > 0) return chosen
  const roots = claims.filter(id => graph.inDegree(id) > 0 && graph.outDegree(id) === 0)
  if (roots.length > 0) return roots
  return [claims.reduce((best, id) => (graph.inDegree(id) > graph.inDegree(best) ? id : best))]
}
