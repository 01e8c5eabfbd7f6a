import {ArgdownApplication, ModelPlugin, ParserPlugin} from '@argdown/core'
import fc from 'fast-check'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {DirectedGraph} from 'graphology'
import {parse as parseGraphml} from 'graphology-graphml'
import type {List, ListItem, Paragraph} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString as textOf} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {toAif} from '../../src/export/aif.js'
import {toArgdown} from '../../src/export/argdown.js'
import {toDot} from '../../src/export/dot.js'
import {toGraphml} from '../../src/export/graphml.js'
import {forestToJson} from '../../src/export/json.js'
import {toMarkdownDocument} from '../../src/export/markdown.js'
import {mermaidFlowchart} from '../../src/export/mermaid.js'
import {shortText} from '../../src/export/report.js'
import {toSvg} from '../../src/export/svg.js'
import {forestOf} from '../helpers/forest.js'

const context = {cwd: '/project'}
const lines = ['b/rebuttal rebuts a/thesis', 'c/counter rebuts b/rebuttal', 'd/support supports a/thesis']

/** Claim texts full of every format's metacharacters. */
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '*',
        '_',
        '|',
        '[x](y)',
        '<script>',
        '# ',
        '1. ',
        '`',
        '"',
        "'",
        '\\',
        '{',
        '}',
        '<',
        '>',
        '&',
        '--',
        '->',
        ';',
        ':',
        '[',
        ']',
        '(',
        ')',
        '#',
        '+',
        '- ',
        '//',
        '/*',
        '@',
        '%',
        'ü',
        '漢',
        '🙂',
        '\\n',
        'é'
      ),
      fc.stringMatching(/^[a-z]{1,8}$/u)
    ),
    {minLength: 1, maxLength: 14}
  )
  .map(parts => parts.join(' ').replace(/\s+/gu, ' ').trim())
  .filter(text => /[a-z]/u.test(text))
const texts = fc.record({'a/thesis': nasty, 'b/rebuttal': nasty, 'c/counter': nasty, 'd/support': nasty})

function argdownModel(source: string) {
  const app = new ArgdownApplication()
  app.addPlugin(new ParserPlugin(), 'parse-input')
  app.addPlugin(new ModelPlugin(), 'build-model')
  return app.run({input: source, process: ['parse-input', 'build-model']})
}

describe('Markdown export', () => {
  it('round-trips through remark: every claim, relation and speaker is recovered', () => {
    const forest = forestOf(lines)
    const tree = fromMarkdown(toMarkdownDocument(forest, context))
    const recovered: string[] = []
    const visit = (list: List, parent: string | null) => {
      for (const item of list.children as ListItem[]) {
        const paragraph = item.children[0] as Paragraph
        const mark = textOf(paragraph).slice(0, 1)
        const speaker = paragraph.children.find(child => child.type === 'strong')!
        const link = paragraph.children.find(child => child.type === 'link')!
        const id = textOf(link)
        recovered.push(
          `${textOf(speaker)} ${id} ${mark === '✔' ? 'supports' : mark === '✘' ? 'rebuts' : 'thesis'} ${parent ?? ''}`.trim()
        )
        const nested = item.children.find(child => child.type === 'list') as List | undefined
        if (nested) visit(nested, id)
      }
    }
    for (const node of tree.children) if (node.type === 'list') visit(node, null)
    expect(recovered).toEqual([
      'a a/thesis thesis',
      'b b/rebuttal rebuts a/thesis',
      'c c/counter rebuts b/rebuttal',
      'd d/support supports a/thesis'
    ])
  })

  it('links each claim to its source relative to the output file', () => {
    const forest = forestOf(lines)
    expect(toMarkdownDocument(forest, {cwd: '/project', outFile: 'out/debate.md'})).toContain(
      '[`a/thesis`](../x.txt#L1)'
    )
  })

  it('escapes any claim text so it cannot change the document’s structure', () => {
    fc.assert(
      fc.property(texts, claimTexts => {
        const forest = forestOf(lines, [], claimTexts)
        const tree = fromMarkdown(toMarkdownDocument(forest, context))
        const lists = tree.children.filter(node => node.type === 'list')
        expect(lists).toHaveLength(1)
        expect(tree.children.filter(node => node.type === 'heading').map(node => textOf(node))).toEqual([
          'Test debate',
          `Thesis 1: “${shortText(claimTexts['a/thesis'])}” (a)`,
          'Map',
          'Speakers'
        ])
        const items: string[] = []
        const visit = (list: List) => {
          for (const item of list.children as ListItem[]) {
            items.push(textOf(item.children[0]!))
            for (const child of item.children) if (child.type === 'list') visit(child)
          }
        }
        visit(lists[0] as List)
        expect(items).toHaveLength(4)
        for (const [index, item] of items.entries())
          expect(item).toContain(
            claimTexts[(['a/thesis', 'b/rebuttal', 'c/counter', 'd/support'] as const)[index]!]
          )
      }),
      {numRuns: 150}
    )
  })
})

describe('Mermaid labels', () => {
  it('carry any text back unchanged once entity codes are decoded, and no syntax character', () => {
    fc.assert(
      fc.property(texts, claimTexts => {
        const chart = mermaidFlowchart(forestOf(lines, [], claimTexts), 1000)
        const labels = [...chart.matchAll(/\["([^"]*)"\]/gu)].map(match => match[1]!)
        const decoded = labels.map(label =>
          label.replace(/#(\d+);/gu, (_, code) => String.fromCodePoint(Number(code)))
        )
        for (const [id, text] of Object.entries(claimTexts))
          expect(decoded).toContain(`${id.split('/')[0]}: ${text}`)
        for (const label of labels) expect(label.replace(/#\d+;/gu, '')).not.toMatch(/["[\]|<>{}();`#]/u)
      }),
      {numRuns: 150}
    )
  })
})

/** A DOT label's lines: `\n` separates lines, `\\` and `\"` stand for themselves. */
function dotLines(label: string): string[] {
  const lines = ['']
  for (let index = 0; index < label.length; index++) {
    const char = label[index]!
    if (char === '\\' && label[index + 1] === 'n') {
      lines.push('')
      index++
    } else if (char === '\\') lines[lines.length - 1] += label[++index] ?? ''
    else lines[lines.length - 1] += char
  }
  return lines
}

describe('DOT, SVG and GraphML', () => {
  // Graphviz keeps a label's escapes in its JSON output, as in the source: undo them to compare.
  it('DOT labels come back unchanged through Graphviz', async () => {
    const {instance} = await import('@viz-js/viz')
    const viz = await instance()
    fc.assert(
      fc.property(texts, claimTexts => {
        const result = viz.renderJSON(toDot(forestOf(lines, [], claimTexts))) as {
          objects?: Array<{label?: string; name: string}>
        }
        const labels = (result.objects ?? [])
          .filter(object => object.name.startsWith('n'))
          .map(object => dotLines(object.label!).slice(1, -1).join(' '))
        expect(labels.sort()).toEqual(Object.values(claimTexts).sort())
      }),
      {numRuns: 60}
    )
  })

  it('SVG is well-formed XML holding every word of every claim', async () => {
    const forest = forestOf(lines, [], {
      'a/thesis': 'Fish & <chips> "always" win',
      'b/rebuttal': 'x',
      'c/counter': 'y',
      'd/support': 'z'
    })
    const svg = await toSvg(forest)
    expect(XMLValidator.validate(svg)).toBe(true)
    const texts: string[] = []
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect)
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node))
          key === '#text' ? texts.push(String(value)) : collect(value)
    }
    collect(new XMLParser({ignoreAttributes: false, processEntities: true, htmlEntities: true}).parse(svg))
    expect(texts.join(' ')).toContain('Fish & <chips> "always" win')
  })

  it('GraphML is read back by graphology with every text and relation', () => {
    fc.assert(
      fc.property(texts, claimTexts => {
        const graph = parseGraphml(DirectedGraph, toGraphml(forestOf(lines, [], claimTexts)))
        for (const [id, text] of Object.entries(claimTexts))
          expect(graph.getNodeAttribute(id, 'text')).toBe(text)
        expect(
          graph
            .edges()
            .map(
              edge =>
                `${graph.source(edge)} ${graph.getEdgeAttribute(edge, 'relation')} ${graph.target(edge)}`
            )
        ).toEqual(lines)
      }),
      {numRuns: 100}
    )
  })
})

describe('JSON, AIF and Argdown', () => {
  it('JSON and AIF carry any text unchanged', () => {
    fc.assert(
      fc.property(texts, claimTexts => {
        const forest = forestOf(lines, [], claimTexts)
        const json = JSON.parse(JSON.stringify(forestToJson(forest)))
        for (const [id, text] of Object.entries(claimTexts)) expect(json.claims[id].text).toBe(text)
        const aif = JSON.parse(JSON.stringify(toAif(forest)))
        expect(
          aif.nodes
            .filter((node: {type: string}) => node.type === 'I')
            .map((node: {text: string}) => node.text)
            .sort()
        ).toEqual(Object.values(claimTexts).sort())
      }),
      {numRuns: 100}
    )
  })

  it('AIF has RA nodes for supports, CA nodes for rebuttals, and L-nodes for who said what', () => {
    const aif = toAif(forestOf(lines))
    const count = (type: string) => aif.nodes.filter(node => node.type === type).length
    expect([count('I'), count('RA'), count('CA'), count('L'), count('YA')]).toEqual([4, 1, 2, 4, 4])
    expect(aif.participants.map(participant => participant.firstname)).toEqual(['b', 'a', 'c', 'd'])
    expect(aif.edges).toHaveLength(4 * 2 + 3 * 2)
  })

  it('Argdown parses in Argdown’s own parser with the same statements and relations', () => {
    fc.assert(
      fc.property(texts, claimTexts => {
        const model = argdownModel(toArgdown(forestOf(lines, [], claimTexts)))
        expect(model.lexerErrors ?? []).toEqual([])
        expect(model.parserErrors ?? []).toEqual([])
        for (const [id, text] of Object.entries(claimTexts)) {
          const statement = model.statements![id]!
          expect(statement.members[0]!.text!.replace(/ #\([^)]*\)$/u, '')).toBe(text)
          expect(statement.tags).toEqual([id.split('/')[0]])
        }
        const relations = model.relations!.map(
          relation => `${relation.from!.title} ${relation.relationType} ${relation.to!.title}`
        )
        expect(relations.sort()).toEqual([
          'b/rebuttal attack a/thesis',
          'c/counter attack b/rebuttal',
          'd/support support a/thesis'
        ])
      }),
      {numRuns: 100}
    )
  })
})
