// Everything the views and exports need from a checked map: graph, debates, labels, trees, speakers.

import type {LoadedEssay, MapClaimInfo} from '../map/check-map.js'
import type {LoadedMap} from '../map/load-map.js'
import type {ClaimMap} from '../map/types.js'
import {buildGraph, type ClaimGraph} from './build-graph.js'
import {findDebates, type Debate} from './debates.js'
import {groundedLabels, type Label} from './evaluate.js'
import {speakerPairs, type SpeakerPair} from './speakers.js'
import {buildTrees, type DebateTree} from './trees.js'

/** An essay the map names, as a report cites it. */
export interface Source {
  key: string
  /** The file as the user named it, relative to the working folder. */
  file: string
  title: string | null
  author: string | null
  date: string | null
}

export interface DebateForest {
  title: string | null
  /** The map's essays in the map's order. */
  sources: Source[]
  graph: ClaimGraph
  debates: Debate[]
  labels: Map<string, Label>
  trees: DebateTree[]
  speakers: SpeakerPair[]
}

/** Analyse a map whose check passed. */
export function analyseMap(
  map: ClaimMap,
  claims: Map<string, MapClaimInfo>,
  essays: LoadedEssay[] = []
): DebateForest {
  const graph = buildGraph(map, claims)
  const debates = findDebates(
    graph,
    map.theses.map(thesis => thesis.id)
  )
  const labels = groundedLabels(graph)
  return {
    title: map.title ?? null,
    sources: essays.flatMap(loaded =>
      'essay' in loaded
        ? [
            {
              key: loaded.key,
              file: loaded.file,
              title: loaded.essay.title,
              author: loaded.essay.author,
              date: loaded.essay.date
            }
          ]
        : []
    ),
    graph,
    debates,
    labels,
    trees: buildTrees(graph, debates, labels),
    speakers: speakerPairs(graph)
  }
}

/** The forest of a loaded map's sound links (all of them when its check passed); none when it could not be read. */
export function forestOf(loaded: LoadedMap): DebateForest | undefined {
  if (!loaded.read) return undefined
  return analyseMap({...loaded.map, ...loaded.sound()}, loaded.claims, loaded.essays)
}
