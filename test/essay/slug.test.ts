import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {assignSlugs, contentWords, slugWords} from '../../src/essay/slug.js'

/** Sentences from a small vocabulary, so that many share their first words. */
const word = fc.constantFrom('change', 'rarely', 'comes', 'top', 'scheduled', 'leaders', 'listen', '2', 'the')
const sentence = fc.array(word, {minLength: 0, maxLength: 7}).map(words => `${words.join(' ')}.`)
const essay = fc.array(sentence, {minLength: 0, maxLength: 25})
const insertion = essay.chain(texts =>
  fc.record({texts: fc.constant(texts), at: fc.nat({max: texts.length}), added: sentence})
)
const groupOf = (text: string) => slugWords(text).slice(0, 3).join(' ')

describe('content words', () => {
  it('are the same whatever separates the words: spaces, punctuation, symbols or marks of any script', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', '7', ' ', '’', "'", '-', 'é', 'ß', '٣', '𝒜', '—', '\u0301'),
      fc.string({unit: 'grapheme', maxLength: 1})
    )
    fc.assert(
      fc.property(fc.string({unit}), value => {
        const runs =
          value
            .toLowerCase()
            .replace(/['’]/g, '')
            .match(/[\p{L}\p{N}]+/gu) ?? []
        expect(contentWords(value, 10_000)).toEqual(contentWords(runs.join(' '), 10_000))
      })
    )
  })

  it('fold accents and drop apostrophes and stop words', () => {
    expect(contentWords('Über 3 Kätzchen’s naïve—façade, the 𝒜lgebra!', 10_000)).toEqual([
      'uber',
      'katzchens',
      'naive',
      'facade',
      'lgebra'
    ])
  })
})

describe('claim slugs', () => {
  it('number a sentence repeated many times in order, skipping a number a recorded ID holds', () => {
    const texts = Array.from({length: 6}, () => 'Great post, thanks.')
    expect(assignSlugs(texts)).toEqual([
      'great-post-thanks',
      'great-post-thanks--2',
      'great-post-thanks--3',
      'great-post-thanks--4',
      'great-post-thanks--5',
      'great-post-thanks--6'
    ])
    const kept = assignSlugs([...texts, 'Kept.'], {'Kept.': ['great-post-thanks--3']})
    expect(kept.slice(0, 6)).toEqual([
      'great-post-thanks',
      'great-post-thanks--2',
      'great-post-thanks--4',
      'great-post-thanks--5',
      'great-post-thanks--6',
      'great-post-thanks--7'
    ])
  })

  it('are unique within an essay', () => {
    fc.assert(
      fc.property(essay, texts => {
        const slugs = assignSlugs(texts)
        expect(new Set(slugs).size).toBe(texts.length)
      })
    )
  })

  it('keep every old sentence’s slug when a sentence is added after it or outside its group', () => {
    fc.assert(
      fc.property(insertion, ({texts, at, added}) => {
        const before = assignSlugs(texts)
        const after = assignSlugs(texts.toSpliced(at, 0, added))
        texts.forEach((text, index) => {
          const moved = index < at ? index : index + 1
          if (index < at || groupOf(text) !== groupOf(added)) expect(after[moved]).toBe(before[index])
        })
      })
    )
  })

  it('keep every recorded ID on the same text when a sentence is added anywhere', () => {
    fc.assert(
      fc.property(insertion, ({texts, at, added}) => {
        const before = assignSlugs(texts)
        const recorded: Record<string, string[]> = {}
        texts.forEach((text, index) => {
          recorded[text] = [...(recorded[text] ?? []), before[index]!]
        })
        const grown = texts.toSpliced(at, 0, added)
        const after = assignSlugs(grown, recorded)
        const textOf = new Map(after.map((slug, index) => [slug, grown[index]]))
        texts.forEach((text, index) => {
          expect(textOf.get(before[index]!)).toBe(text)
        })
      })
    )
  })

  it('lengthen only the later of two sentences that share their first three content words', () => {
    expect(
      assignSlugs([
        'Meaningful change rarely comes from the top.',
        'Meaningful change rarely comes scheduled.',
        'Meaningful change rarely comes scheduled.'
      ])
    ).toEqual([
      'meaningful-change-rarely',
      'meaningful-change-rarely-comes',
      'meaningful-change-rarely-comes-scheduled'
    ])
  })
})
