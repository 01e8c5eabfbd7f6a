// A Mermaid flowchart of the map: speaker-coloured claims, labelled support and rebut edges.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {speakerFills} from '../render/palette.js'
import {sanitizeLine} from '../util/sanitize.js'
import {wrapWords} from './wrap-words.js'

/**
 * Escape label text for Mermaid: everything but letters, digits, spaces and a few safe
 * marks becomes an entity code (`#35;`), so no text can close a label or start syntax.
 */
export function mermaidText(text: string): string {
  return sanitizeLine(text).replace(/[^\p{L}\p{N} ,.'’?!-]/gu, char => `#${char.codePointAt(0)};`)
}

/** The flowchart source, without the code fence. */
export function mermaidFlowchart(forest: DebateForest, wrap = 40): string {
  const ids = new Map(forest.graph.nodes().map((id, index) => [id, `c${index}`]))
  // Each speaker's claims, in one pass: a class per speaker colours them.
  const members = new Map<string, string[]>()
  const lines = ['flowchart BT']
  forest.graph.forEachNode((id, claim) => {
    const speaker = claimant(claim)
    if (!members.has(speaker)) members.set(speaker, [])
    members.get(speaker)!.push(ids.get(id)!)
    const text = wrapWords(`${speaker}: ${claim.text}`, wrap).map(mermaidText).join('<br/>')
    lines.push(`  ${ids.get(id)}["${text}"]`)
  })
  forest.graph.forEachEdge((_edge, link, from, to) => {
    lines.push(
      `  ${ids.get(from)} ${link.relation === 'supports' ? '-->' : '-.->'}|${link.relation}| ${ids.get(to)}`
    )
  })
  ;[...members.values()].forEach((claims, index) => {
    lines.push(`  classDef s${index} fill:${speakerFills[index % speakerFills.length]},stroke:#555`)
    lines.push(`  class ${claims.join(',')} s${index}`)
  })
  const styles = forest.graph
    .mapEdges((_edge, link) => link.relation)
    .map((relation, index) => `  linkStyle ${index} stroke:${relation === 'supports' ? '#2a2' : '#c22'}`)
  return [...lines, ...styles].join('\n')
}
