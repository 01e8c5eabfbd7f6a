// The kinds of file argmap reads, by extension: the one list a new reader extends.

import {extname} from 'node:path'

/** What a file is to argmap. */
export type FileKind = 'text' | 'markdown' | 'html' | 'map'

interface KindEntry {
  kind: FileKind
  /** In words, for messages: "plain text". */
  name: string
  /** Lower-case, with the dot. */
  extensions: string[]
}

/** Every kind argmap reads. A file without an extension is read as plain text, like a page saved as text. */
export const fileKinds: KindEntry[] = [
  {kind: 'text', name: 'plain text', extensions: ['.txt', '.text']},
  {kind: 'markdown', name: 'Markdown', extensions: ['.md', '.markdown', '.mdown', '.mkd']},
  {kind: 'html', name: 'web pages', extensions: ['.html', '.htm', '.xhtml']},
  {kind: 'map', name: 'claim maps', extensions: ['.yaml', '.yml']}
]

/** The lock file argmap writes beside a map: a kind it writes, never reads as input. */
const lockSuffix = /\.lock\.json$/iu

/** The kind of `file` by its name, or undefined for a kind argmap does not read. */
export function kindOf(file: string): FileKind | undefined {
  if (lockSuffix.test(file)) return undefined
  const extension = extname(file).toLowerCase()
  if (extension === '') return 'text'
  return fileKinds.find(entry => entry.extensions.includes(extension))?.kind
}

/** Whether `file` is an essay argmap reads. */
export const isEssayFile = (file: string) => {
  const kind = kindOf(file)
  return kind !== undefined && kind !== 'map'
}

const described = (entry: KindEntry) => `${entry.name} (${entry.extensions.join(', ')})`

/** The essays argmap reads: "plain text (.txt, .text) or Markdown (.md, …)". */
export function essayKinds(): string {
  return fileKinds
    .filter(entry => entry.kind !== 'map')
    .map(described)
    .join(' or ')
}

/** Every kind argmap reads: "essays in plain text (…) or Markdown (…), and claim maps (.yaml, .yml)". */
export function readableKinds(): string {
  return `essays in ${essayKinds()}, and ${fileKinds.filter(entry => entry.kind === 'map').map(described)}`
}

/** Why argmap does not read `file`, as a message and a hint; undefined when it does. */
export function unreadable(file: string): {message: string; hint: string} | undefined {
  if (kindOf(file) !== undefined) return undefined
  if (lockSuffix.test(file))
    return {
      message: 'is the lock file argmap writes beside a map, not an essay or a map',
      hint: `name the map itself: ${file.replace(lockSuffix, '.yaml')}`
    }
  return {
    message: `is a ${extname(file).toLowerCase()} file, a kind argmap does not read`,
    hint: `argmap reads ${readableKinds()}`
  }
}
