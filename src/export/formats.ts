// The export formats: the one list that the `--to` choices, the extensions `-o` infers a format
// from, and the help text come from. Each exporter loads only when its format is asked for.

import {extname} from 'node:path'
import type {DebateForest} from '../graph/debate-view.js'
import {safeJson} from '../util/sanitize.js'
import type {ExportContext} from './context.js'

/** Turns a debate forest into the text of a file. */
export type Exporter = (forest: DebateForest, context: ExportContext) => string | Promise<string>

interface Format {
  /** What the file holds, one line for `--help`. */
  describe: string
  /** File extensions (without the dot) that name this format, the usual one first. */
  extensions: readonly string[]
  /** Whether the format can put each essay's debates under a heading of its own (`--group essay`). */
  groups?: boolean
  load: () => Promise<Exporter>
}

const json = (data: unknown) => `${safeJson(data)}\n`

export const formats = {
  md: {
    describe: 'Markdown: a section per thesis, nested lists, a Mermaid flowchart, speakers, sources',
    extensions: ['md', 'markdown'],
    groups: true,
    load: async () => (await import('./markdown.js')).toMarkdownDocument
  },
  html: {
    describe: 'a self-contained web page: the trees, the speakers, the sources and the SVG map',
    extensions: ['html', 'htm'],
    groups: true,
    load: async () => (await import('./html.js')).toHtmlDocument
  },
  json: {
    describe: 'the trees, stances, labels, speakers and sources for scripts (versioned)',
    extensions: ['json'],
    load: async () => {
      const {forestToJson} = await import('./json.js')
      return forest => json(forestToJson(forest))
    }
  },
  argdown: {
    describe: 'Argdown: statements titled by claim ID, +/- relations with notes, speakers as tags',
    extensions: ['argdown', 'ad'],
    load: async () => (await import('./argdown.js')).toArgdown
  },
  aif: {
    describe: 'AIF JSON as AIFdb stores it (a .json file: pass --to aif)',
    extensions: ['json'],
    load: async () => {
      const {toAif} = await import('./aif.js')
      return forest => json(toAif(forest))
    }
  },
  dot: {
    describe: 'Graphviz DOT: a cluster per thesis, read left to right like an outline',
    extensions: ['dot', 'gv'],
    load: async () => {
      const {toDot} = await import('./dot.js')
      return forest => toDot(forest)
    }
  },
  svg: {
    describe: 'SVG drawn from the DOT by Graphviz in WebAssembly',
    extensions: ['svg'],
    load: async () => (await import('./svg.js')).toSvg
  },
  graphml: {
    describe: 'GraphML of the claim graph (graphology, yEd)',
    extensions: ['graphml'],
    load: async () => (await import('./graphml.js')).toGraphml
  }
} as const satisfies Record<string, Format>

export type FormatName = keyof typeof formats

/** Whether a format can put each essay's debates under a heading of its own (`--group essay`). */
export function canGroup(format: FormatName): boolean {
  const entry: Format = formats[format]
  return entry.groups === true
}

/** The `--to` choices, in the order `--help` lists them. */
export const formatNames = Object.keys(formats) as FormatName[]

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name)
}

/** The extension of a file name, lower-cased and without the dot: `Debate.SVG` → `svg`. */
export function extensionOf(file: string): string {
  return extname(file).slice(1).toLowerCase()
}

/** The format a file's extension names (the first format that lists it), if any. */
export function formatOfFile(file: string): FormatName | undefined {
  const extension = extensionOf(file)
  return extension === ''
    ? undefined
    : formatNames.find(name => (formats[name].extensions as readonly string[]).includes(extension))
}

/** Whether writing `format` into a file named `file` keeps the promise of its extension. */
export function fitsExtension(format: FormatName, file: string): boolean {
  const named = formatOfFile(file)
  const extensions: readonly string[] = formats[format].extensions
  return named === undefined || extensions.includes(extensionOf(file))
}

/** The formats as `--help` lists them: name, extensions, what the file holds. */
export function formatsHelp(): string {
  const rows = formatNames.map(name => [
    name,
    formats[name].extensions.map(extension => `.${extension}`).join(' '),
    formats[name].describe
  ])
  const widths = [0, 1].map(column => Math.max(...rows.map(row => row[column]!.length)))
  return rows
    .map(row => `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`)
    .join('\n')
}
