import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {markdownToMdast} from '../../src/essay/markdown-blocks.js'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {commentLines} from '../helpers/comments.js'
import {root} from '../helpers/seeds.js'

// Comment threads in the shapes real pages use, on pages written for these tests.
const read = (file: string) =>
  parseEssay(readFileSync(root + file, 'utf8'), {file, markdown: markdownToMdast})
const said = commentLines

describe('a plain-text thread', () => {
  const essay = read('test/fixtures/essays/unseen-thread.txt')
  const reasons = Object.fromEntries(essay.dropped.map(entry => [entry.text, entry.reason]))

  it('reads numbered comments with the name and date after the number, a name alone over a comment, and the author’s reply by first name', () => {
    expect(said(essay)).toEqual([
      'Omar Haddad: Hours are the only thing my company can see.',
      'Omar Haddad: Output is harder to agree on.',
      'Lena Fischer: Then agree on output first.',
      'Lena Fischer: It is worth the argument.',
      'quietcoder: I counted hours for years and learned nothing from them.',
      'Priya Raman: I think busyness is a symptom, not a cause.',
      'Priya Raman: Teams look busy when priorities are unclear.'
    ])
  })

  it('links a nested reply to the comment it answers', () => {
    expect(
      essay.posts[0]!.comments.map(({speaker, reply, repliesTo}) => ({speaker, reply, repliesTo}))
    ).toEqual([
      {speaker: 'Omar Haddad', reply: false, repliesTo: null},
      {speaker: 'Lena Fischer', reply: true, repliesTo: 0},
      {speaker: 'quietcoder', reply: false, repliesTo: null},
      {speaker: 'Priya Raman', reply: false, repliesTo: null}
    ])
  })

  it('drops a long "N Responses to …" header and the comment headers, saying why', () => {
    expect(
      reasons[
        '4 Responses to “Stop Measuring Busyness: Why Counting Hours Tells You Nothing About the Work Your Team Actually Does”'
      ]
    ).toBe('site chrome')
    expect(reasons).toMatchObject({
      'Omar Haddad May 3rd at 8:15 am': 'comment header',
      'Lena May 3rd at 9:02 am': 'comment header',
      'Priya Raman': 'comment header'
    })
  })

  it('attributes "As X said" to X, not to "As X"', () => {
    expect(essay.claims.find(claim => claim.text.startsWith('As Peter Drucker said'))).toMatchObject({
      kind: 'quote',
      attributedTo: 'Peter Drucker',
      speaker: 'Lena Fischer'
    })
  })
})

describe('a Markdown thread', () => {
  const essay = read('test/fixtures/essays/unseen-thread.md')

  it('reads a bold name with "says:", a date line, and replies nested in ">"', () => {
    expect(essay.posts[0]!.comments.map(({speaker, repliesTo}) => [speaker, repliesTo])).toEqual([
      ['Nadia Petrova', null],
      ['Sam Okafor', 0],
      ['Nadia Petrova', 1],
      ['Jonas Berg', null]
    ])
    expect(said(essay).slice(0, 5)).toEqual([
      'Nadia Petrova: Writing things down slowed my team at first.',
      'Nadia Petrova: After a month it saved us hours.',
      'Sam Okafor: Same here.',
      'Sam Okafor: The first weeks are the hardest.',
      'Nadia Petrova: Agreed, and new hires thank us for it.'
    ])
  })

  it('keeps a commenter’s quotation of another commenter as a quote, spoken by the one who quotes', () => {
    expect(essay.claims.find(claim => claim.kind === 'quote')).toMatchObject({
      text: 'Writing things down slowed my team at first.',
      speaker: 'Jonas Berg',
      attributedTo: 'Nadia Petrova'
    })
    expect(said(essay).at(-1)).toBe('Jonas Berg: That is the point of it.')
  })
})

describe('reported speech', () => {
  const kinds = (text: string) => {
    const [claim] = parseEssay(`# T\n\n${text}\n`, {file: 'x.md', markdown: markdownToMdast}).claims
    return [claim!.kind, claim!.attributedTo]
  }

  it('names the person after "as", "according to" and before "argues that" or "wrote:"', () => {
    expect(kinds('As Peter Drucker put it, culture eats strategy.')).toEqual(['quote', 'Peter Drucker'])
    expect(kinds('According to Jane Doe, most meetings are too long.')).toEqual(['quote', 'Jane Doe'])
    expect(kinds('But Drucker argues that culture matters more.')).toEqual(['quote', 'Drucker'])
    expect(kinds('Tom wrote: meetings are a tax on makers.')).toEqual(['quote', 'Tom'])
    expect(kinds('As we said, meetings are a tax.')).toEqual(['claim', null])
  })
})
