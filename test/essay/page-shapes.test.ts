import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'

// Pages written for these tests, each reproducing a shape the corpus of real pages taught the reader.
const read = (text: string) => parseEssay(text, {file: 'page.txt'})
const claimTexts = (text: string) => read(text).claims.map(claim => claim.text)

describe('a list the author introduces with a colon', () => {
  const page = [
    'Team Rituals',
    'Weekly planning meetings help a small team agree on what matters before the week gets away from them, and they cost less than people fear.',
    'Pros:',
    '  • shared priorities',
    '  • fewer surprises on friday',
    'Cons:',
    '  • one more hour of talking'
  ].join('\n\n')

  it('keeps the lead-in and its short lowercase items as the author’s words', () => {
    const texts = claimTexts(page)
    expect(texts).toContain('shared priorities')
    expect(texts).toContain('fewer surprises on friday')
    expect(texts).toContain('one more hour of talking')
    expect(texts).toContain('Cons:')
  })

  it('still drops a tag line that no prose introduces', () => {
    const tags = `${page}\n\nTags:\n\n  • meetings\n  • planning`
    expect(read(tags).dropped.map(entry => entry.text)).toContain('Tags:')
  })
})
