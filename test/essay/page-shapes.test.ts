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

describe('the head of a page: headline, byline and what stands above them', () => {
  const body = [
    'Most teams that move to four-day weeks keep the same output, because the meetings that disappear were the ones nobody needed in the first place.',
    'The teams that struggle are the ones that squeeze five days of meetings into four, and then wonder why everyone is tired by Thursday.'
  ]
  const page = (...head: string[]) => [...head, ...body].join('\n\n')
  const reasons = (text: string) =>
    Object.fromEntries(read(text).dropped.map(entry => [entry.text, entry.reason]))
  /** The head a page's text gives: [title, author, date], and the reasons of some drops. */
  const expectHead = (text: string, [title, author, date]: string[], dropped: Record<string, string>) => {
    expect(read(text)).toMatchObject({title, author, date})
    expect(reasons(text)).toMatchObject(dropped)
  }

  it('takes the line over the byline for the headline, and drops the menus and site name above it', () => {
    const text = page(
      'The Workweek Review',
      '  • Home\n  • Archive\n  • Podcasts\n  • Write for us',
      'Search this site',
      'Work Culture',
      'What the Four-Day Week Really Changes',
      'By Priya Natarajan | March 14, 2022'
    )
    expectHead(text, ['What the Four-Day Week Really Changes', 'Priya Natarajan', 'March 14, 2022'], {
      'Search this site': 'site header',
      'Work Culture': 'site header',
      'By Priya Natarajan | March 14, 2022': 'byline'
    })
    expect(reasons(text)).toHaveProperty(['The Workweek Review'])
    expect(claimTexts(text)[0]).toBe(body[0])
  })

  it('tells the headline from the standfirst under it and keeps the standfirst', () => {
    const standfirst = 'Shorter weeks cut the meetings nobody needed and leave the work that matters'
    const text = page(
      'Newsletters',
      'The Four-Day Week Is Mostly About Meetings',
      standfirst,
      'Priya Natarajan'
    )
    const essay = read(text)
    expect(essay).toMatchObject({
      title: 'The Four-Day Week Is Mostly About Meetings',
      author: 'Priya Natarajan'
    })
    expect(essay.claims.map(claim => claim.text)).toContain(standfirst)
  })

  it('reads a date line over the headline, not the blog’s name over the date', () => {
    const text = page('Shop Floor Notes', 'Tuesday, June 7, 2016', 'Why We Stopped Doing Standups')
    expect(read(text)).toMatchObject({title: 'Why We Stopped Doing Standups', date: 'June 7, 2016'})
    expect(reasons(text)['Shop Floor Notes']).toBe('site header')
  })

  it('skips a picture credit and reads a name alone under the headline as the author', () => {
    const text = page(
      'Menu',
      'Four Days, Same Output: What Happened When We Tried It',
      'Owen McAllister',
      'Posted on 12 May 2021 at 9:30 am',
      'Photo: Dana Whitfield/Reuters'
    )
    expectHead(
      text,
      ['Four Days, Same Output: What Happened When We Tried It', 'Owen McAllister', '12 May 2021'],
      {
        'Owen McAllister': 'byline',
        'Posted on 12 May 2021 at 9:30 am': 'date stamp'
      }
    )
  })

  it('drops the headline repeated under it', () => {
    const text = page('Why We Stopped Doing Standups', 'Posted by Kim Osei', 'Why We Stopped Doing Standups')
    expect(read(text).title).toBe('Why We Stopped Doing Standups')
    expect(reasons(text)['Why We Stopped Doing Standups']).toBe('repeated title')
  })

  it('takes a bare headline right over the article, and never drops the essay’s opening paragraph', () => {
    expect(read(page('Home | Archive', 'Why We Stopped Doing Standups')).title).toBe(
      'Why We Stopped Doing Standups'
    )
    const opening =
      'I have argued for years that meetings are a tax on attention, that most of them could be an email, and that the people who call them rarely pay the bill.'
    const essay = read(page(opening, 'A Note on Meetings'))
    expect(essay.title).toBeNull()
    expect(essay.claims[0]!.text).toBe(opening)
  })

  it('reads the author from "By:" over a name, a byline over the headline, or the post’s footer', () => {
    expect(read(page('Why We Stopped Doing Standups', 'By:', 'Kim O.')).author).toBe('Kim O.')
    expect(
      read(
        page('/ Ruth (R.B.) Adeyemi / 9:15 am Mon Oct 3, 2016', 'Why We Stopped Doing Standups', 'Follow Us')
      )
    ).toMatchObject({author: 'Ruth (R.B.) Adeyemi', date: 'Oct 3, 2016'})
    const footer = `${page('Tuesday, June 7, 2016', 'Why We Stopped Doing Standups')}\n\nPosted by Kim Osei at 5:11 AM`
    expect(read(footer).author).toBe('Kim Osei')
  })

  it('takes no menu, sponsor line or caption for the headline, and the first of two writers for the author', () => {
    const headline = 'Managers say the standup is the meeting they would cut first'
    const head = ['Sign in / Sign up', 'Work Life is supported by', headline, '24 July 2015']
    const credits = [
      'by Kim Osei (reporting) and Lee Park (photography)',
      'Media caption Kim Osei talks to the team. Photograph: Lee Park'
    ]
    expect(read(page(...head, ...credits))).toMatchObject({title: headline, author: 'Kim Osei'})
  })

  it('reads past a cookie banner at the top of the page, and takes no price for the headline', () => {
    const banner =
      'We use cookies to remember your settings, to measure how the site is used and to show you offers, and by browsing on you agree to our use of cookies for all of these purposes.'
    const text = page(banner, 'Home', 'From $12.00', 'Why We Stopped Doing Standups', 'By Kim Osei')
    expect(read(text)).toMatchObject({title: 'Why We Stopped Doing Standups', author: 'Kim Osei'})
    expect(reasons(text)[banner]).toBe('site header')
    expect(read(page('Home', 'Standing Desks, Tested', 'From $12.00', 'Buy Now')).title).not.toBe(
      'From $12.00'
    )
  })

  it('drops a picture credit anywhere in the article, but not a sentence that names one', () => {
    const sentence = 'Credit: Kim deserves it for the idea.'
    const text = `${page('Why We Stopped Doing Standups', 'By Kim Osei')}\n\n[Photo: Lee Park]\n\n${sentence}`
    expect(reasons(text)['[Photo: Lee Park]']).toBe('picture credit')
    expect(claimTexts(text)).toContain(sentence)
  })

  it('keys the claims by the surname, not by a "Jr." after it', () => {
    expect(read(page('Why We Stopped Doing Standups', 'By Kim Osei Jr.'))).toMatchObject({
      author: 'Kim Osei Jr.',
      key: 'osei'
    })
  })
})
