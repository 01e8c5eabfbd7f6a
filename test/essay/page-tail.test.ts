import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'

// Pages written for these tests: what follows an article and its comments (the comment form, the
// sidebars under it, the footer) is the site's text, not the author's or a commenter's.
const read = (text: string) => parseEssay(text, {file: 'page.txt'})
const claimTexts = (text: string) => read(text).claims.map(claim => claim.text)
const reasons = (text: string) =>
  Object.fromEntries(read(text).dropped.map(entry => [entry.text, entry.reason]))

const article = [
  'Why Small Gardens Feed More People',
  'By Odile Marchetti | April 3, 2021',
  'A small garden tended every day gives more food per square metre than a large one visited on weekends, because nothing rots before anyone notices it.',
  'The same holds for allotments shared by neighbours: the plot that someone walks past every morning is the one that gets watered when it matters.'
]
const thread = [
  '2 comments on “Why Small Gardens Feed More People”',
  'Tomasz Wierzbicki says:',
  'My balcony grows more tomatoes than my uncle’s field ever did, and I spend ten minutes a day on it.',
  'Reply',
  'Hannah Okafor says:',
  'Daily attention matters more than size, I agree, but the soil still has to be good to begin with.',
  'Reply'
]
const form = [
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Name *',
  'Email *',
  'Save my name and email in this browser for the next time I comment.',
  'Post Comment'
]
const sidebar = [
  'Recent Posts',
  '  • Composting Without a Garden\n  • The Case for Perennial Vegetables\n  • What Bees Need in Winter',
  'Recent Comments',
  '  • Hannah Okafor on Composting Without a Garden\n  • Lior Ben-Ami on What Bees Need in Winter',
  'Archives',
  '  • March 2021\n  • February 2021'
]
const footer = [
  '© 2021 The Kitchen Plot. All rights reserved.',
  'We use cookies so that the site remembers what you liked last time you came by.',
  'Sorry, this post could not be shared by email.'
]

describe('the end of the article: comment form, sidebars and footer', () => {
  const page = [...article, ...thread, ...form, ...sidebar, ...footer].join('\n\n')

  it('keeps the article and the comments, and makes no claim of the form, the sidebars or the footer', () => {
    const texts = claimTexts(page)
    expect(texts).toContain(article[2])
    expect(texts).toContain(article[3])
    expect(texts).toContain(thread[2])
    expect(texts).toContain(thread[5])
    for (const chrome of [...form, ...sidebar, ...footer])
      for (const line of chrome.split('\n'))
        expect(texts.join('\n')).not.toContain(line.replace(/^\s*• /u, '').split('. ')[0])
  })

  it('gives the commenters their comments, not the form’s notices', () => {
    const essay = read(page)
    const comments = essay.claims.filter(claim => claim.role === 'comment')
    expect(comments.map(claim => claim.speaker)).toEqual(['Tomasz Wierzbicki', 'Hannah Okafor'])
  })

  it('says why each part was dropped', () => {
    expect(reasons(page)).toMatchObject({
      'Leave a Reply': 'comment form',
      'Your email address will not be published. Required fields are marked *': 'comment form',
      'Recent Posts': 'after the article',
      '© 2021 The Kitchen Plot. All rights reserved.': 'footer',
      'Sorry, this post could not be shared by email.': 'footer'
    })
  })

  it('reads comments shown under their form', () => {
    const under = [...article, ...form, ...thread.slice(1)].join('\n\n')
    const essay = read(under)
    expect(essay.claims.filter(claim => claim.role === 'comment').map(claim => claim.speaker)).toContain(
      'Tomasz Wierzbicki'
    )
    expect(claimTexts(under)).toContain(thread[5])
  })

  it('ends the page at an empty thread’s "Post a Comment"', () => {
    const empty = [
      ...article,
      'No comments:',
      'Post a Comment',
      'Popular Posts',
      ...sidebar.slice(1, 2)
    ].join('\n\n')
    expect(claimTexts(empty)).toEqual([article[2], article[3]])
  })

  it('reads on past an "Add a comment" link that opens no form (a question and its answers)', () => {
    const answer =
      'Water in the evening rather than at noon: less of it evaporates, and the roots have the whole night to drink.'
    const qa = [...article, 'Add a comment', '3 Answers', 'Sorted by: votes', answer].join('\n\n')
    expect(claimTexts(qa)).toContain(answer)
  })
})
