import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/essay/sentences.js'

const split = (text: string) =>
  splitSentences(text, 0, text.length).map(span => text.slice(span.start, span.end))

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside sentences', () => {
    expect(
      split('He met Mr. Smith in the U.S. last year. It cost 3.5 dollars, e.g. a lot. Then Dr. No left.')
    ).toEqual([
      'He met Mr. Smith in the U.S. last year.',
      'It cost 3.5 dollars, e.g. a lot.',
      'Then Dr. No left.'
    ])
  })

  it('keeps URLs whole', () => {
    expect(split('Go to www.futuramb.se. See http://example.com/a.b?c=d for more.')).toEqual([
      'Go to www.futuramb.se.',
      'See http://example.com/a.b?c=d for more.'
    ])
  })

  it('ends at ?! and keeps closing quotes and brackets with their sentence', () => {
    expect(split('Really?! Yes. She said “it is done.” Then (he left.) Ok')).toEqual([
      'Really?!',
      'Yes.',
      'She said “it is done.”',
      'Then (he left.)',
      'Ok'
    ])
  })

  it('keeps a short ellipsis tail and splits before a long one', () => {
    expect(split('The answer is... Partially. Next.')).toEqual(['The answer is... Partially.', 'Next.'])
    expect(split('I waited... Then the whole team walked out of the room.')).toEqual([
      'I waited...',
      'Then the whole team walked out of the room.'
    ])
  })

  it('keeps a >>quoted passage<< of several sentences together', () => {
    expect(split('@Ann wrote: >>One. Two.<< I disagree.')).toEqual([
      '@Ann wrote: >>One. Two.<<',
      'I disagree.'
    ])
  })

  it('handles a block much longer than one segmenter call, in linear pieces', () => {
    const text = 'This is a sentence of moderate length. '.repeat(5000)
    const sentences = split(text)
    expect(sentences).toHaveLength(5000)
    expect(new Set(sentences)).toEqual(new Set(['This is a sentence of moderate length.']))
  })

  it('reports spans as offsets into the whole text', () => {
    const text = 'xxxxOne. Two.yyyy'
    expect(splitSentences(text, 4, 13)).toEqual([
      {start: 4, end: 8},
      {start: 9, end: 13}
    ])
  })
})
