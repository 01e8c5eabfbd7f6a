import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {root} from '../helpers/seeds.js'

// A page in another site's wording, written for this test and never tuned against:
// the chrome rules must recognise its furniture by shape, not by the seeds' strings.
const file = 'test/fixtures/essays/unseen-blog.txt'
const essay = parseEssay(readFileSync(root + file, 'utf8'), {file})
const reasons = Object.fromEntries(essay.dropped.map(entry => [entry.text, entry.reason]))

describe('a page the parser has never seen', () => {
  it('reads the title and a "Posted by … on …" byline', () => {
    expect(essay).toMatchObject({
      title: 'Why Meetings Fail',
      author: 'Jane Smith',
      date: 'March 3, 2015',
      key: 'smith'
    })
  })

  it('drops navigation, share buttons, comment counts, time stamps and the reply form', () => {
    expect(reasons).toMatchObject({
      'Home | About | Contact': 'site chrome',
      'Share this:': 'site chrome',
      Twitter: 'site chrome',
      Facebook: 'site chrome',
      Related: 'site chrome',
      '12 Responses to “Why Meetings Fail”': 'site chrome',
      'March 4, 2015 at 9:12 am': 'date stamp',
      Reply: 'site chrome',
      'Leave a Reply': 'comment form',
      'Your email address will not be published.': 'comment form'
    })
  })

  it('gives each comment to its named speaker and drops the spam one', () => {
    expect(essay.claims.map(claim => [claim.speaker, claim.text])).toEqual([
      ['Jane Smith', 'Meetings fail because nobody owns the agenda.'],
      ['Jane Smith', 'A meeting without an owner drifts.'],
      ['Jane Smith', 'Dr. Brown argues that agendas should be sent a day ahead.'],
      ['John Doe', 'I disagree.'],
      ['John Doe', 'Meetings fail because of bad culture, not missing agendas.']
    ])
    expect(reasons['Great post! Check out my blog for more tips.']).toBe('spam')
  })
})

describe('wrapped lines', () => {
  it('joins a sentence wrapped over lines, in Markdown and in plain text', async () => {
    const {markdownToMdast} = await import('../../src/essay/markdown-blocks.js')
    const markdown =
      '# argmap\n\nMap the arguments of essays: split posts\ninto claims, and see who agrees\nwith whom. A second sentence.\n'
    const md = parseEssay(markdown, {file: 'x.md', markdown: markdownToMdast})
    expect(md.title).toBe('argmap')
    expect(md.claims.map(claim => claim.text)).toEqual([
      'Map the arguments of essays: split posts into claims, and see who agrees with whom.',
      'A second sentence.'
    ])
    const plain = parseEssay(
      'A Wrapped Essay\n\nThis long sentence was wrapped by an email client at\nseventy-two columns, as old posts often are, and it\nends here. Then another one.\n',
      {file: 'x.txt'}
    )
    expect(plain.claims.map(claim => claim.text)).toEqual([
      'This long sentence was wrapped by an email client at seventy-two columns, as old posts often are, and it ends here.',
      'Then another one.'
    ])
  })
})

describe('reported speech on an unseen page', () => {
  it('keeps the honorific in the name', () => {
    expect(essay.claims.find(claim => claim.kind === 'quote')).toMatchObject({
      attributedTo: 'Dr. Brown',
      speaker: 'Jane Smith'
    })
  })
})

describe('a newsletter page the parser has never seen', () => {
  const path = 'test/fixtures/essays/unseen-newsletter.txt'
  const page = parseEssay(readFileSync(root + path, 'utf8'), {file: path})
  const dropped = Object.fromEntries(page.dropped.map(entry => [entry.text, entry.reason]))

  it('tells the publication’s name from the post’s title, and reads a name-over-date byline', () => {
    expect(page).toMatchObject({
      title: 'The Case Against Open-Plan Offices',
      author: 'Maria Lopez',
      date: 'Feb 12, 2019',
      key: 'lopez'
    })
    expect(dropped).toMatchObject({
      "The Manager's Notebook": 'site header',
      'Maria Lopez': 'byline',
      'Feb 12, 2019 · 6 min read': 'date stamp'
    })
  })

  it('drops the subscribe pitch and the copyright footer', () => {
    expect(dropped).toMatchObject({
      "Thanks for reading The Manager's Notebook! Subscribe for free to receive new posts.": 'site chrome',
      '© 2019 Maria Lopez · Privacy · Terms · Collection notice': 'footer',
      '47 Comments': 'site chrome'
    })
  })

  it('reads a name over a date in the comments as a comment’s speaker', () => {
    const comments = page.claims
      .filter(claim => claim.role === 'comment')
      .map(claim => `${claim.speaker}: ${claim.text}`)
    expect(comments).toEqual([
      'Tom Baker: Our office went open-plan last year and productivity dropped.',
      'Tom Baker: I agree completely.',
      'Ana Silva: I don’t agree.'.replace('’', "'"),
      'Ana Silva: Our team talks more since the walls came down.'
    ])
    expect(
      page.claims.filter(claim => claim.role !== 'comment').every(claim => claim.speaker === 'Maria Lopez')
    ).toBe(true)
  })
})
