// Markdown export: built as an mdast tree and serialized by mdast-util-to-markdown, so essay
// text is escaped by the unified ecosystem and cannot change the document's structure.

import type {Heading, List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import type {TreeNode} from '../graph/trees.js'
import {sanitizeInline} from '../util/sanitize.js'
import {sourceLink, type ExportContext} from './context.js'
import {mermaidFlowchart} from './mermaid.js'

const text = (value: string): PhrasingContent => ({type: 'text', value: sanitizeInline(value)})

/** The forest as a Markdown document. */
export function toMarkdownDocument(forest: DebateForest, context: ExportContext): string {
  return toMarkdown(markdownTree(forest, context), {
    extensions: [gfmTableToMarkdown()],
    bullet: '-',
    listItemIndent: 'one'
  })
}

/** The mdast tree of the export: title, legend, a section per thesis, the flowchart, the speakers. */
export function markdownTree(forest: DebateForest, context: ExportContext): Root {
  const children: RootContent[] = [
    heading(1, [text(forest.title ?? 'Debate')]),
    {
      type: 'paragraph',
      children: [
        text(
          '✔ supports, ✘ rebuts the claim above it. ▲ for or ▼ against the thesis. Labels: a claim stands when every rebuttal of it falls, falls when a rebuttal of it stands, and is open otherwise.'
        )
      ]
    }
  ]
  for (const tree of forest.trees) {
    const thesis = forest.graph.getNodeAttributes(tree.thesis)
    children.push(heading(2, [text(`Thesis ${tree.root.number}: ${claimant(thesis)}`)]))
    children.push({type: 'list', ordered: false, spread: false, children: [item(forest, tree.root, context)]})
  }
  children.push(heading(2, [text('Map')]), {type: 'code', lang: 'mermaid', value: mermaidFlowchart(forest)})
  if (forest.speakers.length > 0) children.push(heading(2, [text('Speakers')]), speakersTable(forest))
  return {type: 'root', children}
}

function heading(depth: Heading['depth'], children: PhrasingContent[]): Heading {
  return {type: 'heading', depth, children}
}

/** One claim: mark, speaker, text, stance and label, the ID linked to its source, the note. */
function item(forest: DebateForest, node: TreeNode, context: ExportContext): ListItem {
  const claim = forest.graph.getNodeAttributes(node.id)
  const link = sourceLink(claim, context)
  const id: PhrasingContent = {type: 'inlineCode', value: node.id}
  const phrasing: PhrasingContent[] = [
    ...(node.relation ? [text(node.relation === 'supports' ? '✔ ' : '✘ ')] : []),
    {type: 'strong', children: [text(claimant(claim))]},
    text(': ')
  ]
  if (node.seeAlso) phrasing.push({type: 'emphasis', children: [text(`see ${node.seeAlso}`)]}, text(' '))
  else if (node.cycle)
    phrasing.push({type: 'emphasis', children: [text('cycle: answers a claim above it')]}, text(' '))
  phrasing.push(
    text(claim.text),
    text(' '),
    {
      type: 'emphasis',
      children: [text(`${node.stance === 'for' ? '▲ for' : '▼ against'} the thesis, ${node.label}`)]
    },
    text(' '),
    link ? {type: 'link', url: link, children: [id]} : id
  )
  if (node.note) phrasing.push({type: 'break'}, {type: 'emphasis', children: [text(`Note: ${node.note}`)]})
  const children: ListItem['children'] = [{type: 'paragraph', children: phrasing}]
  if (node.children.length > 0) {
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: node.children.map(child => item(forest, child, context))
    }
    children.push(list)
  }
  return {type: 'listItem', spread: false, children}
}

function speakersTable(forest: DebateForest): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map(cell => ({type: 'tableCell', children: [text(cell)]}))
  })
  return {
    type: 'table',
    align: ['left', 'right', 'right', 'left'],
    children: [
      row(['Speaker', 'Supports', 'Rebuts', 'Whom']),
      ...forest.speakers.map(pair => row([pair.from, String(pair.supports), String(pair.rebuts), pair.to]))
    ]
  }
}
