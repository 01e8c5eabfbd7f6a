import {describe, expect, it} from 'vitest'
import {at, blockFeatures} from '../../src/essay/block-features.js'
import {judgeBlocks} from '../../src/essay/block-verdicts.js'
import {flattenBlocks} from '../../src/essay/blocks.js'
import {plainToMdast} from '../../src/essay/plain-blocks.js'
import {smoothChrome} from '../../src/essay/smoothing.js'

const blocksOf = (text: string) => flattenBlocks(plainToMdast(text), text)

describe('block features', () => {
  const text = [
    'Home',
    'About',
    'Managers who hold one-on-one meetings every week learn about problems before they grow, and their teams say so in surveys.',
    'Tags: meetings, management',
    'Home'
  ].join('\n\n')
  const page = blockFeatures(blocksOf(text))

  it('measures length, sentence ends, stopword density and repetition', () => {
    const [home, , prose, tags, homeAgain] = page.vectors
    expect(home![at['words:1-2']]).toBe(1)
    expect(home![at.repeated]).toBe(1)
    expect(homeAgain![at['position:bottom']]).toBe(1)
    expect(prose![at['words:8-20']]).toBe(1)
    expect(prose![at['sentence end']]).toBe(1)
    expect(prose![at['stopword density']]).toBeGreaterThan(0.2)
    expect(tags![at['shape:tag line']]).toBe(1)
    expect(page.wordCounts).toEqual([1, 1, 20, 3, 1])
  })

  it('sees short neighbours', () => {
    expect(page.vectors[1]![at['neighbours short']]).toBe(0.5)
    expect(page.vectors[0]![at['neighbours short']]).toBe(1)
  })
})

describe('smoothing', () => {
  it('pulls a short block toward its neighbours and leaves long ones alone', () => {
    const smoothed = smoothChrome([0.9, 0.2, 0.9, 0.1], [1, 2, 2, 30])
    expect(smoothed[1]).toBeCloseTo(0.55)
    expect(smoothed[3]).toBe(0.1)
    expect(smoothed[0]).toBeCloseTo(0.5 * 0.9 + 0.5 * 0.2)
  })
})

describe('verdicts', () => {
  it('never drops a prose paragraph without a shape or a hint, whatever the model says', () => {
    const text =
      'Subscribe\n\nSign in\n\nOur managers stopped sending status reports, and nobody noticed for a month.\n\nShare\n\nTweet'
    const verdicts = judgeBlocks(blocksOf(text))
    expect(verdicts[2]!.chrome).toBeNull()
    expect(verdicts.filter(verdict => verdict.chrome).length).toBe(4)
  })

  it('takes a markup hint as evidence', () => {
    const text = 'Our managers stopped sending status reports, and nobody noticed for a month.'
    const blocks = blocksOf(text)
    blocks[0]!.hint = {kind: 'chrome', reason: 'footer'}
    expect(judgeBlocks(blocks)[0]).toMatchObject({chrome: 'footer', modelOnly: false})
  })
})
