import {describe, expect, it} from 'vitest'
import type {Row} from '../../src/render/layout.js'
import {applyKey, initialSelection, targetsOf, type KeyPress} from '../../src/render/ink/selection-state.js'

const rows: Row[] = [
  {key: 'h', indent: 0, spans: [{text: 'Heading'}]},
  ...['alpha', 'beta', 'gamma', 'delta'].flatMap(word => [
    {key: `${word}-id`, indent: 2, target: word, search: `${word} about ${word}s`, spans: [{text: word}]},
    {key: `${word}-text`, indent: 4, target: word, spans: [{text: `text of ${word}`}]}
  ])
]
const targets = targetsOf(rows)
const press = (...keys: KeyPress[]) =>
  keys.reduce((state, key) => applyKey(state, key, rows, targets, 2).state, initialSelection)

describe('list selection', () => {
  it('selects whole claims, skipping rows that are not selectable', () => {
    expect(targets).toEqual([1, 3, 5, 7])
  })

  it('moves with j/k and arrows, and stops at the ends', () => {
    expect(press({input: 'j'}, {input: 'j'}).target).toBe('gamma')
    expect(press({input: 'j'}, {input: '', up: true}, {input: 'k'}).target).toBe('alpha')
    expect(press({input: 'G'}, {input: 'j'}).target).toBe('delta')
    expect(press({input: 'G'}, {input: 'g'}).target).toBe('alpha')
    expect(press({input: '', pageDown: true}).target).toBe('gamma')
  })

  it('searches with / and Enter, then n and N cycle through matches', () => {
    const typed = press({input: '/'}, {input: 'g'}, {input: 'a'}, {input: 'm'})
    expect(typed.typing).toBe('gam')
    expect(
      press({input: '/'}, {input: 'g'}, {input: 'a'}, {input: 'm'}, {input: '', enter: true})
    ).toMatchObject({target: 'gamma', typing: null, query: 'gam'})
    const ta = press({input: '/'}, {input: 't'}, {input: 'a'}, {input: '', enter: true})
    expect(ta.target).toBe('beta')
    expect(applyKey(ta, {input: 'n'}, rows, targets, 2).state.target).toBe('delta')
    expect(applyKey(ta, {input: 'N'}, rows, targets, 2).state.target).toBe('delta')
  })

  it('reports a search with no match and keeps the selection', () => {
    expect(press({input: 'j'}, {input: '/'}, {input: 'z'}, {input: '', enter: true})).toMatchObject({
      target: 'beta',
      message: 'no match for “z”'
    })
  })

  it('edits and cancels the search being typed', () => {
    expect(press({input: '/'}, {input: 'a'}, {input: 'b'}, {input: '', backspace: true}).typing).toBe('a')
    expect(press({input: '/'}, {input: 'a'}, {input: '', escape: true}).typing).toBeNull()
  })

  it('hands other keys to the view', () => {
    expect(applyKey(initialSelection, {input: 'q'}, rows, targets, 2).unhandled).toBe(true)
    expect(applyKey(initialSelection, {input: 'j'}, rows, targets, 2).unhandled).toBe(false)
  })
})
