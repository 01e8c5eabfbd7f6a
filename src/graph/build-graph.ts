// Builds the claim graph of a checked map: claims as nodes, links as directed edges (from → to).

import {DirectedGraph} from 'graphology'
import type {MapClaimInfo} from '../map/check-map.js'
import type {ClaimMap, Relation} from '../map/types.js'

/** A claim in the graph. */
export type ClaimNode = MapClaimInfo & {
  /** Source order: the first link that names the claim. */
  order: number
}

/** A link in the graph. */
export interface LinkEdge {
  relation: Relation
  note?: string
  /** Index of the link in the map's `links:`. */
  index: number
}

export type ClaimGraph = DirectedGraph<ClaimNode, LinkEdge>

/** The graph of a map whose every link's IDs resolve (its sound links). */
export function buildGraph(map: ClaimMap, claims: Map<string, MapClaimInfo>): ClaimGraph {
  const graph: ClaimGraph = new DirectedGraph({allowSelfLoops: false})
  const add = (id: string) => {
    if (!graph.hasNode(id)) graph.addNode(id, {...claims.get(id)!, order: graph.order})
  }
  for (const link of map.links) {
    // The link's place in the map's `links:`, even when some links were left out.
    const index = Number(link.path[1])
    add(link.from)
    add(link.to)
    if (!graph.hasEdge(link.from, link.to))
      graph.addEdgeWithKey(`link-${index}`, link.from, link.to, {
        relation: link.relation,
        note: link.note,
        index
      })
  }
  for (const thesis of map.theses) add(thesis.id)
  return graph
}
