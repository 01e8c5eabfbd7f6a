import {describe, expect, it} from 'vitest'
import {markdownToMdast} from '../../src/essay/markdown-blocks.js'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {commentLines} from '../helpers/comments.js'

// Comment threads whose headers are a commenter's name alone, or a handle, as real pages print
// them, on pages written for these tests.
const read = (text: string) => parseEssay(text, {file: 'page.txt'})
const said = (text: string) => commentLines(read(text))
const speakers = (text: string) => read(text).posts[0]!.comments.map(comment => comment.speaker)

const article = [
  'Why Small Teams Ship Faster',
  'By Clara Jensen | June 4, 2019',
  'Small teams ship faster because every person can hold the whole plan in their head, and nobody waits for a meeting to learn what changed.',
  'The cost of coordination grows with every new person, and it grows faster than the work they add.'
]

describe('a thread of names alone over comments', () => {
  const page = [
    ...article,
    'Comments',
    'Rosa Delgado',
    'This matches what I saw at my last job, where a team of four outpaced a department.',
    'kwame88',
    'so true',
    'Tomasz Wierzbicki',
    'Common mistake: hiring before the plan is clear',
    'lin y',
    'Nice write-up, though I think tooling matters as much as headcount.',
    'Oren Shapiro',
    'https://example.org/my-notes-on-team-size',
    'Oren Shapiro',
    'Sorry, that link was meant for another thread.',
    'Beatriz Lima (@blima)',
    'Four people can argue over lunch and settle it; forty people need a process.',
    'Dmitri Volkov',
    'The post leaves out remote teams, where even small groups drift apart.',
    'Leave a Reply',
    'Hire Better Engineers',
    'Our vetted network finds you senior people in two days.'
  ].join('\n\n')

  it('names each commenter, handles and lower-case names included', () => {
    expect(said(page)).toEqual([
      'Rosa Delgado: This matches what I saw at my last job, where a team of four outpaced a department.',
      'kwame88: so true',
      'Tomasz Wierzbicki: Common mistake: hiring before the plan is clear',
      'lin y: Nice write-up, though I think tooling matters as much as headcount.',
      'Oren Shapiro: Sorry, that link was meant for another thread.',
      'Beatriz Lima: Four people can argue over lunch and settle it; forty people need a process.',
      'Dmitri Volkov: The post leaves out remote teams, where even small groups drift apart.'
    ])
  })

  it('keeps a short first line under a header as the comment’s words, not a new post or header', () => {
    const essay = read(page)
    expect(essay.posts).toHaveLength(1)
    expect(speakers(page)).toContain('kwame88')
    expect(speakers(page)).not.toContain('so true')
  })

  it('ends the thread at the comment form: a teaser under it is no comment', () => {
    const essay = read(page)
    expect(speakers(page)).not.toContain('Hire Better Engineers')
    expect(essay.claims.find(claim => claim.text.startsWith('Our vetted network'))?.role).not.toBe('comment')
  })
})

describe('names the way commenters type them', () => {
  it('reads a lower-case name before "says:" over a date line', () => {
    const page = [
      ...article,
      '3 Responses',
      '  1. maria k says:',
      '     March 3, 2020 at 8:15 am',
      '     Shipping faster is not the same as shipping the right thing.',
      '  2. Paul Okeke says:',
      '     March 4, 2020 at 9:40 am',
      '     We split our team in two and both halves got faster.'
    ].join('\n\n')
    expect(said(page)).toEqual([
      'maria k: Shipping faster is not the same as shipping the right thing.',
      'Paul Okeke: We split our team in two and both halves got faster.'
    ])
  })

  it('reads "Name said..." over a comment with its date under it', () => {
    const page = [
      ...article,
      '2 comments:',
      'Anonymous said...',
      'Headcount is easy to count, so it gets counted.',
      'June 5, 2019 at 10:12 AM',
      'Greta Lind said...',
      'Small teams also make it obvious who decided what.',
      'June 6, 2019 at 7:40 PM',
      'Post a Comment'
    ].join('\n\n')
    expect(said(page)).toEqual([
      'Anonymous: Headcount is easy to count, so it gets counted.',
      'Greta Lind: Small teams also make it obvious who decided what.'
    ])
  })

  it('does not take "he says:" before a quotation for a commenter', () => {
    const page = [
      ...article,
      'My manager disagrees, and he says:',
      '> Headcount is a budget, not a plan.'
    ].join('\n\n')
    expect(read(page).posts[0]!.comments).toEqual([])
  })

  it('reads "Name wrote on <date>:" over a quoted comment as its header, not as a quotation', () => {
    const page = [
      ...article,
      '2 comments on “Why Small Teams Ship Faster”',
      ' 1. Hana Sato wrote on May 2, 2021 at 4:10 pm:',
      '    > Our smallest team shipped the most last year.',
      ' 2. Luis Ortega wrote on May 3, 2021 at 7:02 am:',
      '    > Size matters less than who decides.'
    ].join('\n\n')
    expect(speakers(page)).toEqual(['Hana Sato', 'Luis Ortega'])
    expect(said(page)).toEqual([
      'Hana Sato: > Our smallest team shipped the most last year.',
      'Luis Ortega: > Size matters less than who decides.'
    ])
  })

  it('takes the name before a commenter’s titles and letters', () => {
    const page = [
      ...article,
      '12 Comments',
      'Ingrid Moller, Coach, Speaker, Author of Three Books',
      'I tell every client the same thing: keep the team small until it hurts.',
      '6 Likes',
      'Samir Haddad MBA/CPA',
      'Smaller teams also cost less to run.',
      'Like',
      'Yuki Tanaka',
      'This is the clearest argument for small teams I have read.',
      'Like'
    ].join('\n\n')
    expect(said(page)).toEqual([
      'Ingrid Moller: I tell every client the same thing: keep the team small until it hurts.',
      'Samir Haddad: Smaller teams also cost less to run.',
      'Yuki Tanaka: This is the clearest argument for small teams I have read.'
    ])
  })
})

describe('handles and numbered names', () => {
  it('reads a handle over a date line as a comment’s header', () => {
    const page = [
      ...article,
      '2 Comments',
      'quietcoder',
      'May 4, 2020 at 11:40 pm',
      'I counted hours for years and learned nothing from them.',
      'Reply',
      'Rosa Delgado',
      'May 5, 2020 at 9:00 am',
      'Same here: the hours told us nothing about the work.'
    ].join('\n\n')
    expect(speakers(page)).toEqual(['quietcoder', 'Rosa Delgado'])
  })

  it('reads a name or handle with how long ago it was written, on its line or on the next', () => {
    const comment = 'Small is relative: ten people can be small in a big company.'
    const reply = 'Agreed, and the plan has to be short too.'
    const oneLine = [
      ...article,
      '2 comments',
      'jroe • 3 years ago',
      comment,
      'Reply',
      'Mina Castell • 2 years ago',
      reply
    ]
    const twoLines = [
      ...article,
      '2 comments',
      'jroe',
      '3 years ago',
      comment,
      'Reply',
      'mcastell',
      '2 years ago',
      reply
    ]
    expect(said(oneLine.join('\n\n'))).toEqual([`jroe: ${comment}`, `Mina Castell: ${reply}`])
    expect(said(twoLines.join('\n\n'))).toEqual([`jroe: ${comment}`, `mcastell: ${reply}`])
  })

  it('reads numbered comments with the name alone after the number', () => {
    const page = [
      ...article,
      '2 Responses',
      ' 1. Omar Haddad',
      '    Hours are the only thing my company can see.',
      ' 2. lena_k',
      '    Then agree on output first.'
    ].join('\n\n')
    expect(said(page)).toEqual([
      'Omar Haddad: Hours are the only thing my company can see.',
      'lena_k: Then agree on output first.'
    ])
  })
})

describe('a Markdown thread of names alone', () => {
  const front =
    '---\ntitle: Small Teams\nauthor: Clara Jensen\n---\n\nSmall teams ship faster because every person can hold the whole plan in their head.\n\n## Comments\n\n'
  const comments = (text: string) =>
    parseEssay(front + text, {file: 'page.md', markdown: markdownToMdast}).posts.flatMap(post =>
      post.comments.map(({speaker, repliesTo}) => [speaker, repliesTo])
    )

  it('reads bold names, a date line, and a reply nested in ">" under its own bold name', () => {
    const thread =
      '**Rosa Delgado**\n\nThis matches what I saw at my last job.\n\n**kwame88**\n\n*June 5, 2019*\n\nTooling matters as much as headcount.\n\n> **Clara Jensen**\n>\n> Fair point, tooling helps small teams most.\n'
    expect(comments(thread)).toEqual([
      ['Rosa Delgado', null],
      ['kwame88', null],
      ['Clara Jensen', 1]
    ])
  })

  it('reads commenters’ names written as headings under the comments heading', () => {
    const thread =
      '### Rosa Delgado\n\nThis matches what I saw at my last job.\n\n### kwame88\n\n*June 5, 2019*\n\nTooling matters as much as headcount.\n'
    expect(comments(thread)).toEqual([
      ['Rosa Delgado', null],
      ['kwame88', null]
    ])
  })
})

describe('what is not a commenter', () => {
  it('does not take a sidebar name over a short line for a comment after "No comments"', () => {
    const page = [
      ...article,
      'No comments:',
      'Post a Comment',
      'About Me',
      'Clara Jensen',
      'View my complete profile'
    ].join('\n\n')
    const essay = read(page)
    expect(essay.posts[0]!.comments).toEqual([])
    expect(essay.claims.filter(claim => claim.role === 'comment')).toEqual([])
  })

  it('does not take a doubled time stamp for a commenter’s name', () => {
    const page = [
      ...article,
      '2 Comments',
      'Nora Quist',
      '6/11/19 8:12am 6/11/19 8:12am',
      'Small teams burn out faster too, in my experience.'
    ].join('\n\n')
    expect(speakers(page)).toEqual(['Nora Quist'])
  })
})
