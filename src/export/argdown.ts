// Argdown export: every claim a statement titled by its ID, trees of +/- relations, speakers as tags.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import type {TreeNode} from '../graph/trees.js'
import {sanitizeLine} from '../util/sanitize.js'

/** Escape Argdown's special characters in statement text with a backslash. */
export function argdownText(text: string): string {
  return sanitizeLine(text).replace(/[\\[\]<>#*_+\-{}()@:/`~=^|!.?,;'"&%$]/gu, char => `\\${char}`)
}

/** A tag naming a speaker: `#(P A Martin Börjesson)`. */
function tag(speaker: string): string {
  return `#(${sanitizeLine(speaker)
    .replace(/[()\\]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()})`
}

/** The forest in Argdown: statement definitions first, then each tree's relations. */
export function toArgdown(forest: DebateForest): string {
  const lines = ['===', `title: ${JSON.stringify(sanitizeLine(forest.title ?? 'Debate'))}`, '===', '']
  forest.graph.forEachNode((id, claim) => {
    lines.push(`[${id}]: ${argdownText(claim.text)} ${tag(claimant(claim))}`, '')
  })
  for (const tree of forest.trees) {
    lines.push(`// Thesis ${tree.root.number}`)
    walk(tree.root, 0, lines)
    lines.push('')
  }
  return lines.join('\n')
}

function walk(node: TreeNode, depth: number, lines: string[]): void {
  const mark = node.relation === null ? '' : node.relation === 'supports' ? '+ ' : '- '
  lines.push(`${'  '.repeat(depth)}${mark}[${node.id}]`)
  // A claim met again or closing a cycle is a reference only: its answers are listed once.
  if (node.seeAlso || node.cycle) return
  for (const child of node.children) walk(child, depth + 1, lines)
}
