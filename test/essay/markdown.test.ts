import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {markdownToMdast} from '../../src/essay/markdown-blocks.js'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {root} from '../helpers/seeds.js'

// A Markdown essay written for this test: front matter, an opening paragraph before the first
// section, and inline markup (strong, emphasis, links, an image, code, an escape, an entity).
const file = 'test/fixtures/essays/unseen-markdown.md'
const text = readFileSync(root + file, 'utf8')
const essay = parseEssay(text, {file, markdown: markdownToMdast})
const claim = (start: string) => essay.claims.find(each => each.text.startsWith(start))!

describe('a Markdown essay', () => {
  it('keeps the opening paragraph before the first section as content', () => {
    expect(essay.dropped).toEqual([])
    expect(claim('Hiring slowly')).toMatchObject({section: null, speaker: 'Priya Natarajan'})
  })

  it('gives claims plain text, without emphasis, link, image or code syntax', () => {
    expect(essay.claims.map(each => each.text)).toEqual([
      'Hiring slowly is the cheapest insurance a small team can buy.',
      'Read my earlier note first.',
      'A rushed hire costs months of repair & goodwill.',
      'Use grep on your notes* to see it.',
      'The chart shows the same pattern in every team we studied.',
      'Write the role down before you post it.',
      'Ask two people to read each application.'
    ])
  })

  it('points offsets at the sentence in the file, markup included', () => {
    const slices = essay.claims.map(each => text.slice(each.start, each.end))
    expect(slices).toEqual([
      'Hiring slowly is **the cheapest insurance** a small team can buy.',
      'Read [my earlier note](https://example.org/note) first.',
      'A rushed hire costs _months_ of repair &amp; goodwill.',
      'Use `grep` on your notes\\* to see it.',
      'The chart shows the same pattern\nin every team we studied.',
      'Write the role down **before** you post it.',
      'Ask two people to read each application.'
    ])
    for (const each of essay.claims) {
      const line = text.split('\n')[each.line - 1]!
      expect(line.slice(each.column - 1).startsWith(text.slice(each.start, each.end).split('\n')[0]!)).toBe(
        true
      )
    }
  })
})
