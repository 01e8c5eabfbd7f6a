// GraphML export: the claim graph with its attributes, XML-escaped, readable by graphology and yEd.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import {sanitize} from '../util/sanitize.js'

/** Escape text for XML content and attributes; drop escape sequences, controls and characters XML 1.0 cannot hold. */
export function xmlText(text: string): string {
  return sanitize(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
}

const nodeKeys = ['text', 'speaker', 'essay', 'file', 'line', 'label'] as const
const edgeKeys = ['relation', 'note'] as const

/** The graph as GraphML. */
export function toGraphml(forest: DebateForest): string {
  const data = (key: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === ''
      ? ''
      : `<data key="${key}">${xmlText(String(value))}</data>`
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(
      key =>
        `  <key id="${key}" for="node" attr.name="${key}" attr.type="${key === 'line' ? 'int' : 'string'}"/>`
    ),
    ...edgeKeys.map(key => `  <key id="${key}" for="edge" attr.name="${key}" attr.type="string"/>`),
    `  <graph id="${xmlText(forest.title ?? 'argmap')}" edgedefault="directed">`
  ]
  forest.graph.forEachNode((id, claim) => {
    const values = {
      text: claim.text,
      speaker: claimant(claim),
      essay: claim.essay,
      file: claim.file,
      line: claim.line || null,
      label: forest.labels.get(id)
    }
    lines.push(`    <node id="${xmlText(id)}">${nodeKeys.map(key => data(key, values[key])).join('')}</node>`)
  })
  forest.graph.forEachEdge((edge, link, from, to) => {
    lines.push(
      `    <edge id="${xmlText(edge)}" source="${xmlText(from)}" target="${xmlText(to)}">${data('relation', link.relation)}${data('note', link.note)}</edge>`
    )
  })
  lines.push('  </graph>', '</graphml>')
  return `${lines.join('\n')}\n`
}
