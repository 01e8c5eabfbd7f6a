// What the report-like exports (Markdown, HTML) say in words: headings, legend, claim lines, sources.

import type {DebateForest, Source} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {sanitizeLine} from '../util/sanitize.js'
import {type ExportContext, relativeToOutput} from './context.js'
import type {OutlineNode, OutlinePart} from './outline.js'
import {nestingLimit} from './outline.js'

export const legend =
  '✔ supports, ✘ rebuts the claim above it. ▲ for or ▼ against the thesis. Labels: a claim stands when every rebuttal of it falls, falls when a rebuttal of it stands, and is open otherwise.'

/** A claim's text cut at a word boundary to about `max` characters, marked with "…" when cut. */
export function shortText(text: string, max = 90): string {
  const line = sanitizeLine(text)
  if (line.length <= max) return line
  const cut = line.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:–—-]+$/u, '')}…`
}

/** A part's heading: what the thesis claims and who claims it; a continuation says what it continues. */
export function partHeading(forest: DebateForest, part: OutlinePart): string {
  const thesis = forest.graph.getNodeAttributes(part.tree.thesis)
  const about = `“${shortText(thesis.text)}” (${claimant(thesis)})`
  const number = part.tree.root.number
  return part.continues
    ? `Thesis ${number}, continued: the answers to ${part.continues.number}`
    : `Thesis ${number}: ${about}`
}

/** Under a continuation's heading: why the tree goes on here. */
export function continuationNote(part: OutlinePart & {continues: OutlineNode}): string {
  return `Nesting stops helping past ${nestingLimit} levels, so the answers to ${part.continues.number} continue here, below that claim.`
}

/** What a cut claim says where its answers would have been. */
export function continuedNote(outline: OutlineNode & {continuedIn: string}): string {
  return `its answers continue in ${outline.continuedIn}`
}

/** A claim's stance toward the thesis, in words. */
export function stanceWords(node: OutlineNode['node']): string {
  return `${node.stance === 'for' ? '▲ for' : '▼ against'} the thesis`
}

/** The stance and label of a claim, in words. */
export function stanceLabel(node: OutlineNode['node']): string {
  return `${stanceWords(node)}, ${node.label}`
}

/** An essay group's heading: the essay's title and author, or the map's own claims. */
export function groupHeading(source: Source | null): string {
  if (!source) return 'Claims the map defines'
  return `${source.title ? `“${shortText(source.title)}”` : source.key}${source.author ? ` by ${source.author}` : ''}`
}

/** Under an essay group's heading: its date and file. */
export function sourceLine(source: Source, context: ExportContext): string {
  return [source.date, relativeToOutput(source.file, context)].filter(Boolean).join(' · ')
}

/** A source in one line of text: title, author, date. */
export function sourceCells(source: Source): string[] {
  return [source.title ?? source.key, source.author ?? '', source.date ?? '']
}
