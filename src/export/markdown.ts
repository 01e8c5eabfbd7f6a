// Markdown export: built as an mdast tree and serialized by mdast-util-to-markdown, so essay
// text is escaped by the unified ecosystem and cannot change the document's structure.

import type {Heading, PhrasingContent, RootContent, Table, TableRow} from 'mdast'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {type Options, toMarkdown} from 'mdast-util-to-markdown'
import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {sanitizeInline} from '../util/sanitize.js'
import {relativeToOutput, sourceLink, type ExportContext} from './context.js'
import {mermaidFlowchart} from './mermaid.js'
import {groupByEssay, type OutlineNode, type OutlinePart, outlineParts, walkOutline} from './outline.js'
import {
  continuationNote,
  continuedNote,
  groupHeading,
  legend,
  partHeading,
  sourceCells,
  sourceLine,
  stanceLabel
} from './report.js'

const text = (value: string): PhrasingContent => ({type: 'text', value: sanitizeInline(value)})

const options: Options = {extensions: [gfmTableToMarkdown()], bullet: '-', listItemIndent: 'one'}

/**
 * The forest as a Markdown document: title, legend, a section per thesis (and per continuation of
 * a branch too deep to nest), the flowchart, the speakers and the sources. Every piece is an mdast
 * tree serialized by mdast-util-to-markdown, which escapes the text; only the nesting of the
 * trees' lists is written here, because the library re-indents a nested list once per level it
 * sits in, which made a large export spend most of its time copying strings.
 */
export function toMarkdownDocument(forest: DebateForest, context: ExportContext): string {
  const blocks = (children: RootContent[]) => toMarkdown({type: 'root', children}, options)
  const chunks = [
    blocks([heading(1, [text(forest.title ?? 'Debate')]), {type: 'paragraph', children: [text(legend)]}])
  ]
  for (const {intro: groupIntro, parts} of sections(forest, context)) {
    const shift = groupIntro.length > 0 ? 1 : 0
    if (groupIntro.length > 0) chunks.push(blocks(groupIntro))
    for (const part of parts) {
      const intro: RootContent[] = [
        heading(((part.continues ? 3 : 2) + shift) as Heading['depth'], [text(partHeading(forest, part))])
      ]
      if (part.continues)
        intro.push({
          type: 'paragraph',
          children: [
            {type: 'emphasis', children: [text(continuationNote({...part, continues: part.continues}))]}
          ]
        })
      chunks.push(blocks(intro), treeList(forest, part.root, context))
    }
  }
  const tail: RootContent[] = [
    heading(2, [text('Map')]),
    {type: 'code', lang: 'mermaid', value: mermaidFlowchart(forest)}
  ]
  if (forest.speakers.length > 0) tail.push(heading(2, [text('Speakers')]), speakersTable(forest))
  if (forest.sources.length > 0) tail.push(heading(2, [text('Sources')]), sourcesTable(forest, context))
  chunks.push(blocks(tail))
  return chunks.join('\n')
}

/**
 * Inline text that Markdown reads back as the same characters: CommonMark lets a backslash escape
 * any ASCII punctuation, so escaping every character that can open inline syntax (code, emphasis,
 * strikethrough, links, autolinks and HTML, entities, escapes, table pipes) keeps any text inert.
 */
export function markdownText(value: string): string {
  return sanitizeInline(value).replace(/[\\`*_~[\]<>|]|&(?=#?\w+;)/gu, '\\$&')
}

/** The document's sections: the parts, or with `--group essay` the parts under each essay's heading. */
function sections(
  forest: DebateForest,
  context: ExportContext
): Array<{intro: RootContent[]; parts: OutlinePart[]}> {
  const parts = outlineParts(forest)
  if (context.group !== 'essay') return [{intro: [], parts}]
  return groupByEssay(forest, parts).map(group => ({
    intro: [
      heading(2, [text(groupHeading(group.source))]),
      ...(group.source
        ? [
            {
              type: 'paragraph',
              children: [{type: 'emphasis', children: [text(sourceLine(group.source, context))]}]
            } satisfies RootContent
          ]
        : [])
    ],
    parts: group.parts
  }))
}

/** A link destination: percent-encoded, parentheses too, so nothing in a file name ends it early. */
function destination(url: string): string {
  return encodeURI(url).replace(/[()]/gu, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** A tree as a nested list, one claim a line, indented two spaces a level. */
function treeList(forest: DebateForest, root: OutlineNode, context: ExportContext): string {
  const lines: string[] = []
  for (const {outline, depth} of walkOutline(root)) {
    const indent = '  '.repeat(depth)
    const [line, note] = claimLine(forest, outline, context)
    lines.push(`${indent}- ${line}`)
    if (note) lines.push(`${indent}  ${note}`)
  }
  return `${lines.join('\n')}\n`
}

/** One claim: mark, speaker, text, stance and label, the ID linked to its source; and its note. */
function claimLine(forest: DebateForest, outline: OutlineNode, context: ExportContext): [string, string?] {
  const {node} = outline
  const claim = forest.graph.getNodeAttributes(node.id)
  const link = sourceLink(claim, context)
  const id = `\`${node.id}\``
  const parts = [
    node.relation ? (node.relation === 'supports' ? '✔ ' : '✘ ') : '',
    `**${markdownText(claimant(claim))}**: `,
    outline.seeAlso ? `*see ${outline.seeAlso}* ` : node.cycle ? '*cycle: answers a claim above it* ' : '',
    `${markdownText(claim.text)} *${stanceLabel(node)}* `,
    link ? `[${id}](${destination(link)})` : id,
    outline.continuedIn ? ` *${continuedNote({...outline, continuedIn: outline.continuedIn})}*` : ''
  ]
  // A hard break (a trailing backslash) keeps the note in the claim's item, on a line of its own.
  return node.note ? [`${parts.join('')}\\`, `*Note: ${markdownText(node.note)}*`] : [parts.join('')]
}

function heading(depth: Heading['depth'], children: PhrasingContent[]): Heading {
  return {type: 'heading', depth, children}
}

function table(align: Table['align'], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map(cell => ({type: 'tableCell', children: cell}))
  })
  return {type: 'table', align, children: rows.map(row)}
}

function speakersTable(forest: DebateForest): Table {
  return table(
    ['left', 'right', 'right', 'left'],
    [
      ['Speaker', 'Supports', 'Rebuts', 'Whom'],
      ...forest.speakers.map(pair => [pair.from, String(pair.supports), String(pair.rebuts), pair.to])
    ].map(cells => cells.map(cell => [text(cell)]))
  )
}

/** Each essay: title, author, date, and its file linked relative to the output. */
function sourcesTable(forest: DebateForest, context: ExportContext): Table {
  const header = ['Title', 'Author', 'Date', 'File'].map(cell => [text(cell)])
  const rows = forest.sources.map(source => {
    const path = relativeToOutput(source.file, context)
    return [
      ...sourceCells(source).map(cell => [text(cell)]),
      [{type: 'link', url: path, children: [{type: 'inlineCode', value: path}]} satisfies PhrasingContent]
    ]
  })
  return table(['left', 'left', 'left', 'left'], [header, ...rows])
}
