// Writes the text of a new map: essays keyed by surname, and each essay's claims as a menu of IDs.

import type {Essay} from '../essay/types.js'
import {yamlScalar} from './edit-map.js'

/** An essay to put in a new map: its path relative to the map, and the parsed essay. */
export interface NewMapEssay {
  path: string
  essay: Essay
}

/** Unique keys: the essays' own keys, numbered where two share one. */
export function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>()
  return keys.map(key => {
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count === 1 ? key : `${key}-${count}`
  })
}

/** The YAML of a new map. Essays must have been parsed with the keys they get here. */
export function newMapText(essays: NewMapEssay[], schemaPath: string): string {
  const title = essays[0]?.essay.title
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `title: ${yamlScalar(title ? `Debate: ${oneLine(title)}` : 'Debate')}`,
    '',
    'essays:'
  ]
  for (const {path, essay} of essays) {
    lines.push(`  ${yamlScalar(essay.key)}: ${yamlScalar(path)}`)
    lines.push(
      `  # ${oneLine(essay.title ?? essay.file)}${essay.author ? ` — ${oneLine(essay.author)}` : ''}: ${essay.claims.length} claims. Copy IDs from here:`
    )
    const width = Math.max(...essay.claims.map(claim => claim.id.length), 0)
    for (const claim of essay.claims) lines.push(`  #   ${claim.id.padEnd(width)}  ${firstWords(claim.text)}`)
  }
  lines.push(
    '',
    '# A link: `- <from> supports <to>` or `- <from> rebuts <to>`, or the long form',
    '#   - from: <id>',
    '#     rebuts: <id>',
    '#     note: why the link holds',
    'links: []'
  )
  return `${lines.join('\n')}\n`
}

function oneLine(text: string): string {
  // Essay text goes into comments: no line breaks, no control characters.
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

function firstWords(text: string): string {
  const line = oneLine(text)
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
