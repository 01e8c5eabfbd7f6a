// Graphviz DOT export: a tree per thesis, answers pointing at what they answer, coloured as in the terminal.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import type {TreeNode} from '../graph/trees.js'
import {speakerFills} from '../render/palette.js'
import {sanitizeLine} from '../util/sanitize.js'
import {wrapWords} from './wrap-words.js'

const labelColor = {stands: '#2a7a2a', falls: '#b02020', open: '#a07000'} as const

/** A DOT quoted string: backslashes and quotes escaped, lines joined with `\n`. */
export function dotString(lines: string[]): string {
  return `"${lines.map(line => sanitizeLine(line).replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')).join('\\n')}"`
}

/** The forest as a DOT digraph: one cluster per thesis, laid out bottom-up as a tree. */
export function toDot(forest: DebateForest): string {
  const speakers = [...new Set(forest.graph.mapNodes((_, claim) => claimant(claim)))]
  const lines = [
    'digraph argmap {',
    `  label=${dotString([forest.title ?? 'Debate'])}; labelloc=t; rankdir=BT; newrank=true;`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];'
  ]
  for (const tree of forest.trees) {
    lines.push(
      `  subgraph cluster_${tree.root.number} {`,
      `    label=${dotString([`Thesis ${tree.root.number}`])}; style=dashed;`
    )
    const walk = (node: TreeNode, parent?: TreeNode) => {
      const claim = forest.graph.getNodeAttributes(node.id)
      const speaker = claimant(claim)
      const name = `"n${node.number}"`
      const body = node.seeAlso
        ? [`→ see ${node.seeAlso}`]
        : node.cycle
          ? ['↻ cycle']
          : wrapWords(claim.text, 40)
      const label = dotString([speaker, ...body, `${node.id} · ${node.stance} · ${node.label}`])
      lines.push(
        `    ${name} [label=${label}, fillcolor="${speakerFills[speakers.indexOf(speaker) % speakerFills.length]}", color="${labelColor[node.label]}"];`
      )
      if (parent)
        lines.push(
          `    ${name} -> "n${parent.number}" [label="${node.relation}", color="${node.relation === 'supports' ? '#2a2' : '#c22'}", fontcolor="${node.relation === 'supports' ? '#2a2' : '#c22'}"];`
        )
      if (!node.seeAlso && !node.cycle) for (const child of node.children) walk(child, node)
    }
    walk(tree.root)
    lines.push('  }')
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}
