// Lays out a parsed essay as rows: title, then claims by post, section and speaker.

import type {Claim, Essay} from '../essay/types.js'
import {sanitizeLine} from '../util/sanitize.js'
import type {Row} from './layout.js'
import {speakerPalette} from './palette.js'

export interface EssayRowOptions {
  showDropped?: boolean
}

const kindBadge: Record<Claim['kind'], string> = {claim: '', question: 'question', quote: 'quote'}

/** The header rows: title, then author, date, file and counts. */
export function essayHeader(essay: Essay): Row[] {
  const meta = [
    essay.author ?? 'author unknown',
    essay.date,
    essay.file,
    `${essay.claims.length} claims`,
    `${essay.dropped.length} dropped`,
    essay.source && `from ${essay.source.url}, retrieved ${essay.source.retrieved}`
  ]
  return [
    {key: 'title', indent: 0, spans: [{text: sanitizeLine(essay.title ?? '(untitled)'), bold: true}]},
    {
      key: 'meta',
      indent: 0,
      spans: [
        {
          text: meta
            .filter(Boolean)
            .map(part => sanitizeLine(String(part)))
            .join(' · '),
          dim: true
        }
      ]
    }
  ]
}

/** The body rows: claims grouped by post, section (or comments) and speaker. */
export function essayRows(essay: Essay, options: EssayRowOptions = {}): Row[] {
  const color = speakerPalette(essay.claims.map(claim => claim.speaker))
  const rows: Row[] = []
  let post = -1
  let group: string | null | undefined
  let speaker: string | undefined
  for (const claim of essay.claims) {
    if (claim.post !== post) {
      post = claim.post
      group = undefined
      if (essay.posts.length > 1) {
        const title = essay.posts[post]?.title ?? '(untitled post)'
        rows.push({
          key: `post-${post}`,
          indent: 0,
          spans: [{text: `Post ${post + 1}: ${sanitizeLine(title)}`, bold: true, color: 'white'}]
        })
      }
    }
    const section = claim.role === 'comment' ? 'Comments' : claim.section
    if (section !== group) {
      group = section
      speaker = undefined
      if (section !== null)
        rows.push({
          key: `section-${claim.id}`,
          indent: 1,
          spans: [{text: `§ ${sanitizeLine(section)}`, bold: true}]
        })
    }
    if (claim.speaker !== speaker) {
      speaker = claim.speaker
      rows.push({
        key: `speaker-${claim.id}`,
        indent: 2,
        spans: [{text: sanitizeLine(speaker), bold: true, color: color(speaker)}]
      })
    }
    rows.push(...claimRows(claim, color(claim.speaker)))
  }
  if (essay.claims.length === 0)
    rows.push({
      key: 'empty',
      indent: 0,
      spans: [
        {text: 'No claims found in this file. --show-dropped lists what was dropped, and why.', dim: true}
      ]
    })
  if (options.showDropped) rows.push(...droppedRows(essay))
  return rows
}

/** Two rows per claim: its ID with kind and place, then its text. */
function claimRows(claim: Claim, color: string): Row[] {
  const badge = kindBadge[claim.kind]
  const owner = claim.attributedTo ? ` ← ${sanitizeLine(claim.attributedTo)}` : ''
  const search = `${claim.id} ${claim.text}`.toLowerCase()
  return [
    {
      key: `id-${claim.id}`,
      indent: 4,
      target: claim.id,
      search: `${search} ${claim.speaker.toLowerCase()}`,
      spans: [
        {text: claim.id, color},
        ...(badge ? [{text: ` [${badge}${owner}]`, italic: true}] : []),
        {text: ` ${claim.line}:${claim.column}`, dim: true}
      ]
    },
    {key: `text-${claim.id}`, indent: 6, target: claim.id, spans: [{text: sanitizeLine(claim.text)}]}
  ]
}

/** The selection target of a dropped entry. */
export function droppedTarget(index: number): string {
  return `dropped:${index}`
}

/** What was dropped and why, in file order. */
function droppedRows(essay: Essay): Row[] {
  return [
    {key: 'dropped', indent: 0, spans: [{text: `Dropped (${essay.dropped.length})`, bold: true}]},
    ...essay.dropped.map((entry, index) => ({
      key: `dropped-${index}`,
      indent: 2,
      target: droppedTarget(index),
      search: `${entry.reason} ${entry.text}`.toLowerCase(),
      spans: [
        {text: `${entry.line}`.padStart(4), dim: true},
        {text: ` ${entry.reason}: `, color: 'yellow'},
        {text: sanitizeLine(entry.text), dim: true}
      ]
    }))
  ]
}
