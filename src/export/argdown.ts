// Argdown export: every claim a statement titled by its ID, trees of +/- relations, speakers as tags.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {sanitizeLine} from '../util/sanitize.js'
import {outlineParts, walkOutline} from './outline.js'
import {partHeading} from './report.js'

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
  for (const part of outlineParts(forest)) {
    lines.push(`// ${sanitizeLine(partHeading(forest, part))}`)
    for (const {outline, depth} of walkOutline(part.root)) {
      const {node} = outline
      const mark = depth === 0 || node.relation === null ? '' : node.relation === 'supports' ? '+ ' : '- '
      // A link's note is a comment on its line: Argdown relations carry no text of their own.
      const note = node.note && depth > 0 ? ` // Note: ${sanitizeLine(node.note)}` : ''
      const continued = outline.continuedIn ? ` // its answers continue in ${outline.continuedIn}` : ''
      lines.push(`${'  '.repeat(depth)}${mark}[${node.id}]${note}${continued}`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
