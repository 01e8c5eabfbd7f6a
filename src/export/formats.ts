// The export formats by name: each turns a debate forest into the text of a file.

import type {DebateForest} from '../graph/debate-view.js'
import {toAif} from './aif.js'
import {toArgdown} from './argdown.js'
import type {ExportContext} from './context.js'
import {toDot} from './dot.js'
import {toGraphml} from './graphml.js'
import {forestToJson} from './json.js'
import {toMarkdownDocument} from './markdown.js'
import {toSvg} from './svg.js'

type Exporter = (forest: DebateForest, context: ExportContext) => string | Promise<string>

export const formats: Record<string, {describe: string; extension: string; run: Exporter}> = {
  md: {
    describe: 'Markdown with nested lists, a Mermaid flowchart and the speakers’ table',
    extension: 'md',
    run: toMarkdownDocument
  },
  json: {
    describe: 'the trees, stances, labels and speakers (versioned)',
    extension: 'json',
    run: forest => `${JSON.stringify(forestToJson(forest), null, 2)}\n`
  },
  argdown: {
    describe: 'Argdown: statements titled by claim ID, +/- relations, speakers as tags',
    extension: 'argdown',
    run: toArgdown
  },
  aif: {
    describe: 'AIF JSON as AIFdb stores it',
    extension: 'json',
    run: forest => `${JSON.stringify(toAif(forest), null, 2)}\n`
  },
  dot: {describe: 'Graphviz DOT, a tree per thesis', extension: 'dot', run: toDot},
  svg: {describe: 'SVG rendered from the DOT with Graphviz in WebAssembly', extension: 'svg', run: toSvg},
  graphml: {describe: 'GraphML of the claim graph', extension: 'graphml', run: toGraphml}
}
