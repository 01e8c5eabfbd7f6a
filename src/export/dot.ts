// Graphviz DOT export: a cluster per thesis (and per continuation of a branch too deep to nest),
// read left to right like an indented outline, so a debate is taller than wide and fits a page.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {speakerFills} from '../render/palette.js'
import {sanitizeLine} from '../util/sanitize.js'
import {type OutlineNode, outlineParts, walkOutline} from './outline.js'
import {partHeading} from './report.js'
import {wrapWords} from './wrap-words.js'

const labelColor = {stands: '#2a7a2a', falls: '#b02020', open: '#a07000'} as const
const relationColor = {supports: '#2a2', rebuts: '#c22'} as const

/** Characters per line in a claim's box: narrow boxes keep a drawn debate readable on a page. */
const boxWidth = 34

/** A DOT quoted string: backslashes and quotes escaped, lines joined with `\n`. */
export function dotString(lines: string[]): string {
  return `"${lines.map(line => sanitizeLine(line).replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')).join('\\n')}"`
}

/**
 * The forest as a DOT digraph; answers point at the claims they answer. With a `limit`, only that
 * many claims are drawn, in reading order, and the graph's label says so.
 */
export function toDot(forest: DebateForest, limit = Number.POSITIVE_INFINITY): string {
  const parts = outlineParts(forest)
  const total = parts.reduce((sum, part) => sum + countOutline(part.root), 0)
  const title = forest.title ?? 'Debate'
  const speakerIndex = new Map<string, number>()
  forest.graph.forEachNode((_, claim) => {
    const speaker = claimant(claim)
    if (!speakerIndex.has(speaker)) speakerIndex.set(speaker, speakerIndex.size)
  })
  const label =
    total > limit
      ? [
          title,
          `the first ${limit.toLocaleString('en')} of ${total.toLocaleString('en')} boxes; export --to md or html for all`
        ]
      : [title]
  // Graphviz stacks a left-to-right layout bottom up: parts and answers are written last to first
  // so that they read top down in the drawing.
  const clusters: string[][] = []
  let count = 0
  for (const [partIndex, part] of parts.entries()) {
    if (count >= limit) break
    const lines = [
      `  subgraph cluster_${partIndex + 1} {`,
      `    label=${dotString(wrapWords(partHeading(forest, part), boxWidth * 2))}; labeljust=l; fontsize=12; style=dashed;`
    ]
    // Every claim is named when first met (a root, or a child of the claim being written).
    const names = new Map<OutlineNode, string>([[part.root, `n${++count}`]])
    for (const {outline} of walkOutline(part.root)) {
      const name = names.get(outline)
      if (name === undefined) continue
      names.delete(outline)
      const {node} = outline
      const claim = forest.graph.getNodeAttributes(node.id)
      const speaker = claimant(claim)
      const body = outline.seeAlso
        ? [`→ see ${outline.seeAlso}`]
        : node.cycle
          ? ['↻ cycle']
          : wrapWords(claim.text, boxWidth)
      const tail = outline.continuedIn ? [`answers continue in ${outline.continuedIn}`] : []
      const box = dotString([speaker, ...body, `${node.id} · ${node.stance} · ${node.label}`, ...tail])
      const fill = speakerFills[speakerIndex.get(speaker)! % speakerFills.length]
      lines.push(`    ${name} [label=${box}, fillcolor="${fill}", color="${labelColor[node.label]}"];`)
      const edges: string[] = []
      for (const child of outline.children) {
        if (count >= limit) break
        const childName = `n${++count}`
        names.set(child, childName)
        const relation = child.node.relation!
        // Parent → child so the parent ranks first; `dir=back` points the arrow at the parent.
        edges.push(
          `    ${name} -> ${childName} [color="${relationColor[relation]}"${relation === 'rebuts' ? ', style=dashed' : ''}];`
        )
      }
      lines.push(...edges.reverse())
    }
    lines.push('  }')
    clusters.push(lines)
  }
  return `${[
    'digraph argmap {',
    `  label=${dotString(label)}; labelloc=t; labeljust=l; rankdir=LR; newrank=true; nodesep=0.15; ranksep=0.35;`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
    '  edge [dir=back];',
    ...clusters.reverse().flat(),
    '}'
  ].join('\n')}\n`
}

function countOutline(root: OutlineNode): number {
  let count = 0
  for (const _ of walkOutline(root)) count++
  return count
}
