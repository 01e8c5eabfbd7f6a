// Splits the graph into separate debates and finds what each one is about.

import {connectedComponents} from 'graphology-components'
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
  const byOrder = (a: string, b: string) =>
    graph.getNodeAttribute(a, 'order') - graph.getNodeAttribute(b, 'order')
  return connectedComponents(graph)
    .map(claims => claims.sort(byOrder))
    .sort((a, b) => byOrder(a[0]!, b[0]!))
    .map(claims => ({claims, theses: thesesOf(graph, claims, listed)}))
}

function thesesOf(graph: ClaimGraph, claims: string[], listed: string[]): string[] {
  const members = new Set(claims)
  const chosen = listed.filter(id => members.has(id))
  if (chosen.length > 0) return chosen
  const roots = claims.filter(id => graph.inDegree(id) > 0 && graph.outDegree(id) === 0)
  if (roots.length > 0) return roots
  return [claims.reduce((best, id) => (graph.inDegree(id) > graph.inDegree(best) ? id : best))]
}
