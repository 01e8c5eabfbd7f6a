// HTML export: a self-contained page built as a hast tree and serialized by hast-util-to-html, so
// essay text is always text: it cannot open an element, an attribute or a script.

import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {sanitizeInline} from '../util/sanitize.js'
import {relativeToOutput, sourceLink, type ExportContext} from './context.js'
import {groupByEssay, type OutlineNode, type OutlinePart, outlineParts} from './outline.js'
import {
  continuationNote,
  continuedNote,
  groupHeading,
  legend,
  partHeading,
  sourceCells,
  sourceLine,
  stanceWords
} from './report.js'
import {drawLimit, toSvg} from './svg.js'

const text = (value: string): ElementContent => ({type: 'text', value: sanitizeInline(value)})

/** No script, no request: the page may only use its own styles and images inlined as data. */
const contentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const style = `
body{font:16px/1.5 system-ui,sans-serif;color:#222;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem}
.legend,.continues,.source{color:#555;font-size:.9rem}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:1.4rem;border-left:1px solid #ddd}
ul.tree{padding-left:0;border:0}
li.claim>p{margin:.35rem 0}
.mark{font-weight:bold}.supports>p>.mark{color:#2a7a2a}.rebuts>p>.mark{color:#b02020}
.stance{color:#555;font-size:.9rem}.stands>p .label{color:#2a7a2a}.falls>p .label{color:#b02020}.open>p .label{color:#a07000}
.note{margin:.1rem 0 .3rem;color:#444;font-style:italic;font-size:.92rem}
code{font-size:.85rem;background:#f3f3f3;padding:0 .2rem;border-radius:3px}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
.count{display:block;text-align:right}
figure{margin:0}figure img{max-width:100%;height:auto;border:1px solid #eee}
`

/** The forest as a web page. The drawn map is an image (SVG as data) when the map is small enough to draw. */
export async function toHtmlDocument(forest: DebateForest, context: ExportContext): Promise<string> {
  const drawn = forest.graph.order <= drawLimit ? await toSvg(forest) : undefined
  return `${toHtml(htmlTree(forest, context, drawn))}\n`
}

/** The hast tree of the page: title, legend, a section per thesis part, the map, speakers, sources. */
export function htmlTree(forest: DebateForest, context: ExportContext, svg?: string): Root {
  const title = forest.title ?? 'Debate'
  const sections: ElementContent[] = [h('h1', [text(title)]), h('p.legend', [text(legend)])]
  const parts = outlineParts(forest)
  const thesisSections = (group: OutlinePart[], shift: number) =>
    group.map(part => {
      const children: ElementContent[] = [
        h(`h${(part.continues ? 3 : 2) + shift}`, [text(partHeading(forest, part))])
      ]
      if (part.continues)
        children.push(h('p.continues', [text(continuationNote({...part, continues: part.continues}))]))
      children.push(h('ul.tree', [claimItem(forest, part.root, context)]))
      return h('section.thesis', {id: `thesis-${part.name}`}, children)
    })
  if (context.group === 'essay')
    for (const group of groupByEssay(forest, parts))
      sections.push(
        h('section.essay', [
          h('h2', [text(groupHeading(group.source))]),
          ...(group.source ? [h('p.source', [text(sourceLine(group.source, context))])] : []),
          ...thesisSections(group.parts, 1)
        ])
      )
  else sections.push(...thesisSections(parts, 0))
  sections.push(
    h('section.map', [
      h('h2', [text('Map')]),
      svg
        ? h('figure', [
            h('img', {
              src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
              alt: `The debate drawn as a graph: ${forest.graph.order} claims, ${forest.graph.size} links`
            })
          ])
        : h('p', [
            text(`The map is not drawn for more than ${drawLimit} claims; the trees above hold every claim.`)
          ])
    ])
  )
  if (forest.speakers.length > 0)
    sections.push(
      h('section.speakers', [
        h('h2', [text('Speakers')]),
        table(
          ['Speaker', 'Supports', 'Rebuts', 'Whom'],
          forest.speakers.map(pair => [
            text(pair.from),
            h('span.count', [text(String(pair.supports))]),
            h('span.count', [text(String(pair.rebuts))]),
            text(pair.to)
          ])
        )
      ])
    )
  if (forest.sources.length > 0)
    sections.push(
      h('section.sources', [
        h('h2', [text('Sources')]),
        table(
          ['Title', 'Author', 'Date', 'File'],
          forest.sources.map(source => {
            const path = relativeToOutput(source.file, context)
            return [...sourceCells(source).map(text), h('a', {href: path}, [h('code', [text(path)])])]
          })
        )
      ])
    )
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {httpEquiv: 'Content-Security-Policy', content: contentPolicy}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', [text(title)]),
          h('style', [{type: 'text', value: style}])
        ]),
        h('body', [h('main', sections)])
      ])
    ]
  }
}

/** One claim and, nested, its answers: mark, speaker, text, stance and label, the ID linked to its source. */
function claimItem(forest: DebateForest, outline: OutlineNode, context: ExportContext): Element {
  const {node} = outline
  const claim = forest.graph.getNodeAttributes(node.id)
  const link = sourceLink(claim, context)
  const id = h('code', [text(node.id)])
  const line: ElementContent[] = []
  if (node.relation)
    line.push(
      h('span.mark', {title: node.relation}, [text(node.relation === 'supports' ? '✔' : '✘')]),
      text(' ')
    )
  line.push(h('strong.speaker', [text(claimant(claim))]), text(': '))
  if (outline.seeAlso) line.push(h('em', [text(`see ${outline.seeAlso}`)]), text(' '))
  else if (node.cycle) line.push(h('em', [text('cycle: answers a claim above it')]), text(' '))
  line.push(
    h('span.text', [text(claim.text)]),
    text(' '),
    h('span.stance', [text(`${stanceWords(node)}, `), h('span.label', [text(node.label)])]),
    text(' '),
    link ? h('a', {href: link}, [id]) : id
  )
  if (outline.continuedIn)
    line.push(
      text(' '),
      h('a', {href: `#thesis-${outline.continuedIn}`}, [
        text(continuedNote({...outline, continuedIn: outline.continuedIn}))
      ])
    )
  const children: ElementContent[] = [h('p', line)]
  if (node.note) children.push(h('p.note', [text(`Note: ${node.note}`)]))
  // Outline parts are at most `nestingLimit` levels deep, so this recursion is bounded.
  if (outline.children.length > 0)
    children.push(
      h(
        'ul',
        outline.children.map(child => claimItem(forest, child, context))
      )
    )
  return h(
    'li',
    {className: ['claim', node.relation ?? 'thesis', node.stance, node.label], id: `claim-${outline.number}`},
    children
  )
}

function table(header: string[], rows: ElementContent[][]): Element {
  return h('table', [
    h('thead', [
      h(
        'tr',
        header.map(cell => h('th', {scope: 'col'}, [text(cell)]))
      )
    ]),
    h(
      'tbody',
      rows.map(cells =>
        h(
          'tr',
          cells.map(cell => h('td', [cell]))
        )
      )
    )
  ])
}
