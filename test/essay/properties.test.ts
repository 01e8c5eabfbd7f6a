import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownToMdast} from '../../src/essay/markdown-blocks.js'
import {parseEssay as parse, type ParseOptions} from '../../src/essay/parse-essay.js'
import {seedText} from '../helpers/seeds.js'

const sentence = fc
  .array(
    fc.constantFrom(
      'social',
      'media',
      'organizations',
      'managers',
      'will',
      'change',
      'the',
      'future',
      'of',
      'work',
      'Individuals',
      'purpose',
      'communities',
      'i',
      'e',
      'U.S.',
      '3.5',
      'www.example.com'
    ),
    {minLength: 3, maxLength: 12}
  )
  .map(words => words.join(' ') + fc.sample(fc.constantFrom('.', '?', '!', '...'), 1)[0])
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 4}).map(sentences => sentences.join(' '))
const page = fc.array(paragraph, {minLength: 1, maxLength: 8})
const formats = fc.constantFrom('essay.txt', 'essay.md')
const parseEssay = (text: string, options: ParseOptions) =>
  parse(text, {...options, markdown: markdownToMdast})

describe('parseEssay properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), formats, (text, file) => {
        parseEssay(text, {file})
      }),
      {numRuns: 400}
    )
  })

  it('never throws on text made of page-like pieces', () => {
    const piece = fc.constantFrom(
      '\n',
      '\n\n',
      '  • ',
      '  1. ',
      '# 1 ',
      '    ',
      'Pearl Zhu says:',
      'By Jo Smith | May 3, 2012',
      '→',
      '>>',
      '<<',
      '---\n',
      'Heading Here',
      '\r\n',
      '\u00A0',
      '…',
      '“',
      'e.g.',
      '?!'
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({maxLength: 20})), {maxLength: 60}),
        formats,
        (pieces, file) => {
          parseEssay(pieces.join(''), {file})
        }
      ),
      {numRuns: 400}
    )
  })

  it('spans always slice back to the claim text, and line:column agree', () => {
    fc.assert(
      fc.property(page, formats, fc.constantFrom('\n\n', '\r\n\r\n'), (paragraphs, file, gap) => {
        const text = paragraphs.join(gap)
        const lines = text.split('\n')
        for (const claim of parseEssay(text, {file}).claims) {
          expect(text.slice(claim.start, claim.end).replace(/\s+/g, ' ')).toBe(claim.text)
          expect(lines[claim.line - 1]!.slice(claim.column - 1, claim.column - 1 + 3)).toBe(
            text.slice(claim.start, claim.start + 3)
          )
        }
      }),
      {numRuns: 200}
    )
  })

  it('IDs are unique', () => {
    fc.assert(
      fc.property(page, formats, (paragraphs, file) => {
        const ids = parseEssay(paragraphs.join('\n\n'), {file}).claims.map(claim => claim.id)
        expect(new Set(ids).size).toBe(ids.length)
      }),
      {numRuns: 200}
    )
  })

  it('IDs stay the same when an unrelated paragraph is inserted anywhere', () => {
    // Paragraphs of seed 002 after its title, byline and tag line.
    const base = seedText('dimaio').split('\n\n')
    fc.assert(
      fc.property(
        fc.integer({min: 4, max: base.length - 1}),
        fc.constantFrom(
          'Zebras quietly outnumber giraffes here.',
          'Xylophones remain underrated instruments.'
        ),
        (at, inserted) => {
          const before = parseEssay(base.join('\n\n'), {file: 'x.txt'}).claims
          const after = parseEssay([...base.slice(0, at), inserted, ...base.slice(at)].join('\n\n'), {
            file: 'x.txt'
          }).claims
          const idOf = (claims: typeof before) => new Map(claims.map(claim => [claim.text, claim.id]))
          const afterIds = idOf(after)
          for (const [text, id] of idOf(before)) expect(afterIds.get(text)).toBe(id)
        }
      ),
      {numRuns: 40}
    )
  })
})
