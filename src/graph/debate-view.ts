// Everything the views and exports need from a checked map: graph, debates, labels, trees, speakers.

import type {MapClaimInfo} from '../map/check-map.js'
import {hasErrors, type LoadedMap} from '../map/load-map.js'
import type {ClaimMap} from '../map/types.js'
import {buildGraph, type ClaimGraph} from './build-graph.js'
import {findDebates, type Debate} from './debates.js'
import {groundedLabels, type Label} from './evaluate.js'
import {speakerPairs, type SpeakerPair} from './speakers.js'
import {buildTrees, type DebateTree} from './trees.js'

export interface DebateForest {
  title: string | null
  graph: ClaimGraph
  debates: Debate[]
  labels: Map<string, Label>
  trees: DebateTree[]
  speakers: SpeakerPair[]
}

/** Analyse a map whose check passed. */
export function analyseMap(map: ClaimMap, claims: Map<string, MapClaimInfo>): DebateForest {
  const graph = buildGraph(map, claims)
  const debates = findDebates(
    graph,
    map.theses.map(thesis => thesis.id)
  )
  const labels = groundedLabels(graph)
  return {
    title: map.title ?? null,
    graph,
    debates,
    labels,
    trees: buildTrees(graph, debates, labels),
    speakers: speakerPairs(graph)
  }
}

/** The forest of a loaded map whose check passed, or undefined when it has errors. */
export function forestOf(loaded: LoadedMap): DebateForest | undefined {
  if (hasErrors(loaded.problems) || !loaded.map || !loaded.claims) return undefined
  return analyseMap(loaded.map, loaded.claims)
}
