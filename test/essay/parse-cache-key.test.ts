import {describe, expect, it} from 'vitest'
import {cacheKey, type ParseCache} from '../../src/essay/parse-cache.js'
import type {ParseJob} from '../../src/essay/parse-worker.js'

const cache: ParseCache = {dir: '/nowhere', build: 'test-build', maxBytes: 1}
const job = (options: Partial<ParseJob['options']> = {}, text = 'Meetings waste time.'): ParseJob => ({
  text,
  options: {file: 'essay.txt', key: 'essay', ...options}
})

describe('the parse cache key', () => {
  it('is the same for the same text and options', () => {
    expect(cacheKey(cache, job())).toBe(cacheKey(cache, job()))
  })

  it('changes with the text, the build and the options that change a parse', () => {
    const base = cacheKey(cache, job())
    expect(cacheKey(cache, job({}, 'Meetings save time.'))).not.toBe(base)
    expect(cacheKey({...cache, build: 'next-build'}, job())).not.toBe(base)
    expect(cacheKey(cache, job({author: 'Ann Writer'}))).not.toBe(base)
  })

  it('changes when the lock records other IDs, which decide the claims’ IDs', () => {
    const none = cacheKey(cache, job({keptSlugs: {}}))
    const recorded = cacheKey(cache, job({keptSlugs: {'Meetings waste time.': ['meetings-waste']}}))
    expect(recorded).not.toBe(none)
    expect(cacheKey(cache, job())).toBe(none)
  })
})
