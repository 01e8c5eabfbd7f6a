// Edits a map's text in place: adds or removes one link, leaving every other byte as it was.

import yaml from 'js-yaml'
import {isSeq, parseDocument, type Node, type YAMLSeq} from 'yaml'
import {InputError} from '../util/errors.js'
import type {Relation} from './types.js'

/** A link to add. */
export interface NewLink {
  from: string
  to: string
  relation: Relation
  note?: string
}

/** A YAML scalar for `text`: plain when it reads back as the same string, else double-quoted. */
export function yamlScalar(text: string): string {
  if (/[\n\r\t]|: | #|^\s|\s$|^$/u.test(text)) return JSON.stringify(text)
  try {
    const read = yaml.load(`key: ${text}`, {schema: yaml.CORE_SCHEMA}) as {key?: unknown} | null
    return read?.key === text ? text : JSON.stringify(text)
  } catch {
    return JSON.stringify(text)
  }
}

/** The lines of a link item, as the map's own links are written: short form, or long with a note. */
function linkLines(link: NewLink, indent: string): string[] {
  if (link.note === undefined) return [`${indent}- ${link.from} ${link.relation} ${link.to}`]
  return [
    `${indent}- from: ${link.from}`,
    `${indent}  ${link.relation}: ${link.to}`,
    `${indent}  note: ${yamlScalar(link.note)}`
  ]
}

function linksSeq(text: string): {seq: YAMLSeq<Node>; keyStart: number} {
  const document = parseDocument(text, {keepSourceTokens: false})
  const pair = (document.contents as {items?: Array<{key: Node; value: Node}>} | null)?.items?.find(
    item => String((item.key as {value?: unknown})?.value) === 'links'
  )
  if (!pair || !isSeq(pair.value))
    throw new InputError('the map has no `links:` list to edit', 'add `links: []` to the map')
  return {seq: pair.value as YAMLSeq<Node>, keyStart: pair.key.range![0]}
}

/** argmap edits a block list of links, one `- ` per line; a flow list `[a, b]` is the user's to rewrite. */
const flowList = () =>
  new InputError(
    'the map writes `links:` as a flow list [ … ], which argmap link and unlink do not edit; nothing was written',
    'write the links as a block list, one `- <from> supports|rebuts <to>` per line, then run the command again'
  )

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1
/** Where the line holding `offset` ends, before its `\n` or `\r\n`. */
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset)
  if (end === -1) return text.length
  return text[end - 1] === '\r' ? end - 1 : end
}

/** Add a link after the last one, indented like the others; `links: []` becomes a block list. */
export function insertLink(text: string, link: NewLink): string {
  const {seq, keyStart} = linksSeq(text)
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  if (seq.items.length === 0) {
    const [start, end] = seq.range!
    const indent = ' '.repeat(keyStart - lineStart(text, keyStart) + 2)
    const before = text.slice(0, start).replace(/[ \t]*$/u, '')
    return before + newline + linkLines(link, indent).join(newline) + text.slice(end)
  }
  if (seq.flow) throw flowList()
  const first = seq.items[0]!
  const dash = text.lastIndexOf('-', first.range![0])
  const indent = text.slice(lineStart(text, dash), dash)
  const last = seq.items.at(-1)!
  const at = lineEnd(text, Math.max(last.range![0], last.range![1] - 1))
  return text.slice(0, at) + newline + linkLines(link, indent).join(newline) + text.slice(at)
}

/** Remove the links at `indexes`, each with its whole lines; an emptied list becomes `links: []`. */
export function removeLinks(text: string, indexes: number[]): string {
  const {seq} = linksSeq(text)
  if (seq.flow) throw flowList()
  const remaining = seq.items.length - new Set(indexes).size
  let out = text
  for (const index of [...new Set(indexes)].sort((a, b) => b - a)) {
    const item = seq.items[index]!
    const dash = out.lastIndexOf('-', item.range![0])
    const start = lineStart(out, dash)
    let end = lineEnd(out, Math.max(item.range![0], item.range![1] - 1))
    // Take the line break before the item, so that the lines around it join as they were.
    const from = start > 0 ? start - (out[start - 2] === '\r' ? 2 : 1) : start
    if (start === 0 && end < out.length) end += out[end] === '\r' ? 2 : 1
    out = out.slice(0, from) + out.slice(end)
  }
  if (remaining === 0) {
    const {seq: emptied, keyStart} = linksSeqOrEmpty(out)
    if (emptied === null)
      out =
        out.slice(0, lineEnd(out, keyStart)).replace(/links:[ \t]*(\r?)$/u, 'links: []$1') +
        out.slice(lineEnd(out, keyStart))
  }
  return out
}

/** After removing every item, `links:` has no value: find its key. */
function linksSeqOrEmpty(text: string): {seq: YAMLSeq<Node> | null; keyStart: number} {
  const document = parseDocument(text, {keepSourceTokens: false})
  const pair = (document.contents as {items?: Array<{key: Node; value: Node | null}>} | null)?.items?.find(
    item => String((item.key as {value?: unknown})?.value) === 'links'
  )
  return {
    seq: pair && isSeq(pair.value) ? (pair.value as YAMLSeq<Node>) : null,
    keyStart: pair!.key.range![0]
  }
}
