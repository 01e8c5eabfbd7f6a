// Grounded semantics over rebuttals: which claims stand, fall, or stay open.

import type {ClaimGraph} from './build-graph.js'

/** A claim stands when every rebuttal of it falls; falls when a rebuttal of it stands; else is open. */
export type Label = 'stands' | 'falls' | 'open'

/** The grounded labelling of every claim: supports do not change a label. */
export function groundedLabels(graph: ClaimGraph): Map<string, Label> {
  const labels = new Map<string, Label>()
  const rebuttalsOf = (id: string) =>
    graph.filterInEdges(id, (_, link) => link.relation === 'rebuts').map(edge => graph.source(edge))
  // Unlabelled rebuttals left per claim; a claim with none left can be decided.
  const pending = new Map<string, number>()
  const queue: string[] = []
  graph.forEachNode(id => {
    const count = rebuttalsOf(id).length
    pending.set(id, count)
    if (count === 0) queue.push(id)
  })
  // Work through claims whose rebuttals all fall: they stand, and what they rebut falls.
  const fall = (id: string) => {
    if (labels.has(id)) return
    labels.set(id, 'falls')
    graph.forEachOutEdge(id, (_, link, __, target) => {
      if (link.relation !== 'rebuts' || labels.has(target)) return
      const left = pending.get(target)! - 1
      pending.set(target, left)
      if (left === 0) queue.push(target)
    })
  }
  for (let next = 0; next < queue.length; next++) {
    const id = queue[next]!
    if (labels.has(id)) continue
    labels.set(id, 'stands')
    graph.forEachOutEdge(id, (_, link, __, target) => {
      if (link.relation === 'rebuts') fall(target)
    })
  }
  graph.forEachNode(id => {
    if (!labels.has(id)) labels.set(id, 'open')
  })
  return labels
}
