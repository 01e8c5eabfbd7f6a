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
  return [...sanitizeLine(text)]
    .map(char => (/[\p{L}\p{N} ,.'’?!-]/u.test(char) ? char : `#${char.codePointAt(0)};`))
    .join('')
}

/** The flowchart source, without the code fence. */
export function mermaidFlowchart(forest: DebateForest, wrap = 40): string {
  const ids = new Map(forest.graph.nodes().map((id, index) => [id, `c${index}`]))
  const speakers = [...new Set(forest.graph.mapNodes((_, claim) => claimant(claim)))]
  const lines = ['flowchart BT']
  forest.graph.forEachNode((id, claim) => {
    const text = wrapWords(`${claimant(claim)}: ${claim.text}`, wrap)
      .map(mermaidText)
      .join('<br/>')
    lines.push(`  ${ids.get(id)}["${text}"]`)
  })
  forest.graph.forEachEdge((_edge, link, from, to) => {
    lines.push(
      `  ${ids.get(from)} ${link.relation === 'supports' ? '-->' : '-.->'}|${link.relation}| ${ids.get(to)}`
    )
  })
  speakers.forEach((speaker, index) => {
    lines.push(`  classDef s${index} fill:${speakerFills[index % speakerFills.length]},stroke:#555`)
    const members = forest.graph.filterNodes((_, claim) => claimant(claim) === speaker).map(id => ids.get(id))
    lines.push(`  class ${members.join(',')} s${index}`)
  })
  const styles = forest.graph
    .mapEdges((_edge, link) => link.relation)
    .map((relation, index) => `  linkStyle ${index} stroke:${relation === 'supports' ? '#2a2' : '#c22'}`)
  return [...lines, ...styles].join('\n')
}
