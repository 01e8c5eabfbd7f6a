import {describe, expect, it} from 'vitest'
import {lineText, wrapRow} from '../../src/render/layout.js'
import {scrollOffset} from '../../src/render/ink/row-list.js'
import {forestRows} from '../../src/render/tree-rows.js'
import {forestOf} from '../helpers/forest.js'

describe('forestRows', () => {
  it('lays out a chain of 20,000 claims without overflowing the stack', () => {
    const rows = forestRows(
      forestOf(Array.from({length: 20_000}, (_, index) => `c/n${index + 1} rebuts c/n${index}`))
    )
    // Only a claim's first row carries search text.
    const claims = rows.filter(row => row.search !== undefined)
    expect(claims).toHaveLength(20_001)
    const last = lineText(wrapRow(claims.at(-1)!, 100_000)[0]!)
    // Deep branches are cut at the left behind "⋯", so the lead stays the same width at any depth.
    // Deep outline numbers are shortened for reading: the first levels, how many are left out, the last.
    expect(last).toBe(`⋯${' '.repeat(45)}└─ ✘ 1.1.…(+19,996).1.1.1 c: text of c/n20000`)
  }, 120_000)

  it('names a deep place that is laid out further down by its shortened number', () => {
    // A chain eight levels deep, whose last claim is answered by y and by x; x answers y too, so the
    // reference to x under y comes before x's own place (the second answer, nine levels deep).
    const chain = Array.from({length: 7}, (_, index) => `c/n${index + 1} rebuts c/n${index}`)
    const rows = forestRows(forestOf([...chain, 'y/y rebuts c/n7', 'x/x rebuts c/n7', 'x/x rebuts y/y']))
    const texts = rows
      .filter(row => row.key.startsWith('node-'))
      .map(row => lineText(wrapRow(row, 1_000)[0]!))
    expect(texts.find(text => text.includes('→ see'))).toMatch(
      / 1\.1\.…\(\+5\)\.1\.1\.1 x: → see 1\.1\.…\(\+4\)\.1\.1\.2 /u
    )
    expect(texts.at(-1)).toMatch(/ 1\.1\.…\(\+4\)\.1\.1\.2 x: text of x\/x$/u)
  })

  it('keeps only the paths to a speaker’s claims when filtered', () => {
    const forest = forestOf(['b/x rebuts a/t', 'c/y supports a/t', 'b/z rebuts c/y', 'd/w supports a/t'])
    const shown = forestRows(forest, {speaker: 'b'})
      .filter(row => row.key.startsWith('node-'))
      .map(row => row.target)
    expect(shown).toEqual(['1', '1.1', '1.1.1', '1.2'])
  })
})

describe('scrollOffset', () => {
  const rows = Array.from({length: 10_000}, (_, index) => ({
    key: `r${index}`,
    indent: 0,
    target: String(index),
    spans: [{text: `row ${index}`}]
  }))

  it('jumps to the end with the last rows filling the screen', () => {
    expect(scrollOffset(rows, 9_999, 0, 80, 20)).toBe(9_980)
  })

  it('keeps the offset while the selection is on screen, and scrolls up to it', () => {
    expect(scrollOffset(rows, 105, 100, 80, 20)).toBe(100)
    expect(scrollOffset(rows, 50, 100, 80, 20)).toBe(49)
  })
})
