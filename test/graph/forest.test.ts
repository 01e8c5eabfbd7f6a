import {describe, expect, it} from 'vitest'
import {forestToJson} from '../../src/export/json.js'
import {forestOf} from '../helpers/forest.js'

describe('debates and theses', () => {
  it('splits connected components, and finds the claims answered that answer nothing', () => {
    const forest = forestOf(['b/one rebuts a/thesis', 'c/two supports b/one', 'x/other supports y/root'])
    expect(forest.debates).toEqual([
      {claims: ['b/one', 'a/thesis', 'c/two'], theses: ['a/thesis']},
      {claims: ['x/other', 'y/root'], theses: ['y/root']}
    ])
  })

  it('joins debates that a later link connects, in source order, ordered by their first claims', () => {
    const forest = forestOf([
      'x/one rebuts y/root',
      'e/one supports f/root',
      'p/two rebuts q/root',
      'q/root supports y/root',
      'p/two rebuts e/one'
    ])
    expect(forest.debates.map(debate => debate.claims)).toEqual([
      ['x/one', 'y/root', 'e/one', 'f/root', 'p/two', 'q/root']
    ])
    expect(forestOf(['b/1 rebuts a/1', 'd/1 rebuts c/1', 'c/1 supports b/1']).debates).toEqual([
      {claims: ['b/1', 'a/1', 'd/1', 'c/1'], theses: ['a/1']}
    ])
  })

  it('uses the theses the map lists', () => {
    expect(
      forestOf(['b/one rebuts a/thesis', 'c/two rebuts b/one'], ['b/one']).trees.map(tree => tree.thesis)
    ).toEqual(['b/one'])
  })

  it('picks the most answered claim of a pure cycle', () => {
    expect(
      forestOf(['a/x rebuts b/y', 'b/y rebuts a/x', 'c/z rebuts a/x']).trees.map(tree => tree.thesis)
    ).toEqual(['a/x'])
  })
})

describe('grounded labels', () => {
  it('stands when every rebuttal falls, falls when one stands', () => {
    const {labels} = forestOf(['b/r1 rebuts a/t', 'c/r2 rebuts b/r1', 'd/s supports a/t'])
    expect(Object.fromEntries(labels)).toEqual({
      'b/r1': 'falls',
      'a/t': 'stands',
      'c/r2': 'stands',
      'd/s': 'stands'
    })
  })

  it('leaves mutual rebuttal open, and what it rebuts too', () => {
    const {labels} = forestOf(['a/x rebuts b/y', 'b/y rebuts a/x', 'a/x rebuts c/t'])
    expect(Object.fromEntries(labels)).toEqual({'a/x': 'open', 'b/y': 'open', 'c/t': 'open'})
  })

  it('is not changed by supports', () => {
    const {labels} = forestOf(['b/r rebuts a/t', 'c/s supports a/t', 'd/s2 supports a/t'])
    expect(labels.get('a/t')).toBe('falls')
  })
})

describe('trees', () => {
  it('multiplies signs along the path: a rebuttal of a rebuttal is for the thesis', () => {
    const [tree] = forestOf(['b/r rebuts a/t', 'c/rr rebuts b/r', 'd/s supports c/rr']).trees
    const stances = (node: typeof tree.root): string[] => [
      `${node.number} ${node.id} ${node.stance}`,
      ...node.children.flatMap(stances)
    ]
    expect(stances(tree!.root)).toEqual(['1 a/t for', '1.1 b/r against', '1.1.1 c/rr for', '1.1.1.1 d/s for'])
  })

  it('orders answers most answered first, then in source order', () => {
    const [tree] = forestOf(['b/first rebuts a/t', 'c/second supports a/t', 'd/x rebuts c/second']).trees
    expect(tree!.root.children.map(child => child.id)).toEqual(['c/second', 'b/first'])
  })

  it('shows a claim met twice as a reference, and a cycle once with a marker', () => {
    const [tree] = forestOf(
      [
        'b/x rebuts a/t',
        'c/y rebuts a/t',
        'd/shared supports b/x',
        'd/shared supports c/y',
        'b/x rebuts e/z',
        'e/z rebuts b/x'
      ],
      ['a/t']
    ).trees
    const json = JSON.stringify(
      forestToJson(
        forestOf(
          [
            'b/x rebuts a/t',
            'c/y rebuts a/t',
            'd/shared supports b/x',
            'd/shared supports c/y',
            'b/x rebuts e/z',
            'e/z rebuts b/x'
          ],
          ['a/t']
        )
      )
    )
    const flat = (node: typeof tree.root): string[] => [
      `${node.number} ${node.id}${node.seeAlso ? ` → ${node.seeAlso}` : ''}${node.cycle ? ' ↻' : ''}`,
      ...node.children.flatMap(flat)
    ]
    // e/z is answered (by b/x), d/shared is not: the answered one comes first.
    expect(flat(tree!.root)).toEqual([
      '1 a/t',
      '1.1 b/x',
      '1.1.1 e/z',
      '1.1.1.1 b/x ↻',
      '1.1.2 d/shared',
      '1.2 c/y',
      '1.2.1 d/shared → 1.1.2'
    ])
    expect(json).toContain('"seeAlso":"1.1.2"')
  })

  it('counts who supports or rebuts whom', () => {
    expect(forestOf(['b/x rebuts a/t', 'b/y rebuts a/u', 'c/z supports a/t']).speakers).toEqual([
      {from: 'b', to: 'a', supports: 0, rebuts: 2},
      {from: 'c', to: 'a', supports: 1, rebuts: 0}
    ])
  })

  it('unfolds a chain of 20,000 claims without overflowing the stack', () => {
    const chain = Array.from({length: 20_000}, (_, index) => `c/n${index + 1} rebuts c/n${index}`)
    const forest = forestOf(chain)
    let depth = 0
    for (let node = forest.trees[0]!.root; node.children.length > 0; node = node.children[0]!) depth++
    expect(depth).toBe(20_000)
    // The last claim stands unanswered, so labels alternate down to the thesis.
    expect(forest.labels.get('c/n20000')).toBe('stands')
    expect(forest.labels.get('c/n1')).toBe('falls')
    expect(forest.labels.get('c/n0')).toBe('stands')
  })
})
