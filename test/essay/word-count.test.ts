import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {moreWordsThan, words} from '../../src/essay/heading-shape.js'

const pieces = fc.constantFrom(
  'word',
  'Ünïcode',
  "it's",
  'a-b',
  '42',
  ' ',
  '  ',
  '\n',
  ',',
  '—',
  '’s',
  '&',
  '/',
  'x'
)

describe('moreWordsThan', () => {
  it('says what counting every word says, for any text and limit', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 60}), fc.integer({min: 0, max: 40}), (parts, limit) => {
        const text = parts.join('')
        expect(moreWordsThan(text, limit)).toBe(words(text).length > limit)
      })
    )
  })

  it('is not thrown off by an earlier call that stopped part-way', () => {
    expect(moreWordsThan('one two three four five', 2)).toBe(true)
    expect(moreWordsThan('six seven', 2)).toBe(false)
    expect(words('eight nine ten')).toEqual(['eight', 'nine', 'ten'])
  })
})
