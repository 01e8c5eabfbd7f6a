import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compareText} from '../../src/util/compare-text.js'

describe('names in alphabetical order', () => {
  it('ignores case and accents, as a reader expects of a list of people', () => {
    expect(
      ['Zoe Lamb', 'émile Roux', 'andrea Di Maio', 'Mark Diner', 'Élodie Marchand'].sort(compareText)
    ).toEqual(['andrea Di Maio', 'Élodie Marchand', 'émile Roux', 'Mark Diner', 'Zoe Lamb'])
  })

  it('is a total order: names that differ never compare equal, and reversing the pair flips the sign', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0)
        expect(compareText(a, b) === 0).toBe(a === b)
      })
    )
  })
})
