// Generates essay-like text for benchmarks: seed sentences reshuffled into pages with chrome and comments.

import {readFileSync, readdirSync} from 'node:fs'

const seedDir = new URL('../seeds/', import.meta.url)

/** A small deterministic PRNG, so every run measures the same text. */
export function random(seed = 42) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** The sentences of the seeds, as raw material. */
export function seedSentences() {
  const text = readdirSync(seedDir)
    .map(name => readFileSync(new URL(name, seedDir), 'utf8'))
    .join('\n')
  return text
    .split(/(?<=[.!?])\s+/u)
    .map(sentence => sentence.replace(/\s+/gu, ' ').trim())
    .filter(sentence => sentence.length > 30 && sentence.length < 400)
}

/** One page of about `size` characters, plain text (`md: false`) or Markdown. */
export function page(size, {md = false, seed = 1} = {}) {
  const next = random(seed)
  const sentences = seedSentences()
  const pick = () => sentences[Math.floor(next() * sentences.length)]
  const parts = [
    md ? '# Generated essay about organizing' : 'Generated Essay About Organizing',
    'By Jane Doe | January 09, 2012 | 4 Comments'
  ]
  let length = 0
  let section = 0
  while (length < size) {
    if (next() < 0.08) parts.push(md ? `## Section ${++section}` : `Section Number ${++section}`)
    const paragraph = Array.from({length: 1 + Math.floor(next() * 5)}, pick).join(' ')
    parts.push(next() < 0.1 ? `  • ${paragraph}` : paragraph)
    length += paragraph.length
  }
  parts.push(
    'Comments (2)',
    '  • Pearl Zhu says:',
    `    ${pick()} ${pick()}`,
    '  • Mark Diner says:',
    `    ${pick()}`,
    'Leave a comment'
  )
  return `${parts.join('\n\n')}\n`
}
