import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'

// Pages written for these tests: what follows an article and its comments (the comment form, the
// sidebars under it, the footer) is the site's text, not the author's or a commenter's.
const read = (text: string) => parseEssay(text, {file: 'page.txt'})
const claimTexts = (text: string) => read(text).claims.map(claim => claim.text)
/** A page: the article, then the given blocks. */
const articleThen = (...blocks: string[]) => [...article, ...blocks].join('\n\n')
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
  const page = articleThen(...thread, ...form, ...sidebar, ...footer)

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
    const under = articleThen(...form, ...thread.slice(1))
    const essay = read(under)
    expect(essay.claims.filter(claim => claim.role === 'comment').map(claim => claim.speaker)).toContain(
      'Tomasz Wierzbicki'
    )
    expect(claimTexts(under)).toContain(thread[5])
  })

  it('ends the page at an empty thread’s "Post a Comment"', () => {
    const empty = articleThen('No comments:', 'Post a Comment', 'Popular Posts', ...sidebar.slice(1, 2))
    expect(claimTexts(empty)).toEqual([article[2], article[3]])
  })

  it('reads on past an "Add a comment" link that opens no form (a question and its answers)', () => {
    const answer =
      'Water in the evening rather than at noon: less of it evaporates, and the roots have the whole night to drink.'
    const qa = articleThen('Add a comment', '3 Answers', 'Sorted by: votes', answer)
    expect(claimTexts(qa)).toContain(answer)
  })
})

describe('text printed twice on the page', () => {
  const teasers = [
    'Composting Without a Garden Is Easier Than You Think',
    'The Case for Perennial Vegetables in Cities'
  ]
  const page = articleThen('You might also like', ...teasers, 'Most read', ...teasers.toReversed())

  it('drops the teasers of other posts, and says why', () => {
    const essay = read(page)
    expect(essay.claims.map(claim => claim.text)).not.toContain(teasers[0])
    expect(reasons(page)).toMatchObject({
      [teasers[0]!]: 'repeated on the page',
      [teasers[1]!]: 'repeated on the page'
    })
    expect(claimTexts(page)).toContain(article[2])
  })

  it('keeps an item the author repeats in two lists they introduced', () => {
    const lists = articleThen(
      'Raised beds have a clear balance, as anyone who has built a few of them in a small yard will tell you at length:',
      'Pros:',
      '  • less bending for the gardener\n  • the soil warms earlier in spring',
      'Cons:',
      '  • the soil warms earlier in spring\n  • they cost more at first'
    )
    expect(claimTexts(lists).filter(text => text === 'the soil warms earlier in spring')).toHaveLength(2)
  })

  it('keeps a sentence the author says twice (a refrain, or a pull quote of it)', () => {
    const refrain = 'Tend it daily or do not plant it.'
    const twice = articleThen(
      refrain,
      'Seeds are cheap; the hours of watering are what a garden costs.',
      refrain
    )
    expect(claimTexts(twice).filter(text => text === refrain)).toHaveLength(2)
  })
})

describe('teasers cut off with an ellipsis, and the author’s bio under the article', () => {
  const excerpt = 'Growing herbs on a windowsill takes less light than most people think, and the basil that'
  const bio =
    'Odile Marchetti is a horticulturist who has run a community garden in Lyon for twelve years. She writes about small plots.'
  const page = articleThen(bio, 'More from the blog', 'Herbs on the Windowsill', `${excerpt}...`, 'Read more')

  it('drops the excerpt and the bio, and says why', () => {
    expect(claimTexts(page)).toEqual([article[2], article[3]])
    expect(reasons(page)).toMatchObject({[`${excerpt}...`]: 'related links', [bio]: 'author bio'})
  })

  it('keeps a comment that trails off, and a paragraph that names the author further in', () => {
    const trailing = 'maybe next year I will try the same on my balcony...'
    const named =
      'Friends ask why Odile Marchetti grows beans on a fourth-floor balcony; the answer is that beans do not mind the wind.'
    const text = articleThen(named, '1 comment', 'Tomasz Wierzbicki says:', trailing)
    expect(claimTexts(text)).toContain(named)
    expect(claimTexts(text)).toContain(trailing)
  })

  it('keeps an article paragraph that trails off, with no teaser title above it', () => {
    const pause = 'We planted the beans in April, watered them every morning, and then...'
    expect(claimTexts(articleThen(pause, 'The frost came in May.'))).toContain(pause)
  })
})
