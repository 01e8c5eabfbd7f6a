import {describe, expect, it} from 'vitest'
import {seed, seedText} from '../helpers/seeds.js'

const textsOf = (essay: ReturnType<typeof seed>) => essay.claims.map(claim => claim.text)
const dropped = (essay: ReturnType<typeof seed>, reason: string) =>
  essay.dropped.filter(entry => entry.reason === reason).map(entry => entry.text)

describe('seed 000: Börjesson on Godin', () => {
  const essay = seed('borjesson')

  it('finds the title, and the author only named in the sidebar bio', () => {
    expect(essay.title).toBe('Seth Godin is wrong (again)')
    expect(essay.author).toBe('P A Martin Börjesson')
    expect(essay.key).toBe('borjesson')
    expect(essay.posts).toHaveLength(1)
  })

  it('gives the example ID from the issue', () => {
    expect(essay.claims.map(claim => claim.id)).toContain('borjesson/organizations-machines-built')
  })

  it('reports Godin’s claim as a quote attributed to him, spoken by Börjesson', () => {
    const godin = essay.claims.find(claim =>
      claim.text.includes('gives the answer that social media is a PROCESS')
    )!
    expect(godin).toMatchObject({kind: 'quote', attributedTo: 'Seth Godin', speaker: 'P A Martin Börjesson'})
  })

  it('drops the footer, navigation, bio and sidebar links', () => {
    expect(dropped(essay, 'author bio')).toEqual([
      'P A Martin Börjesson',
      expect.stringMatching(/^To be able to see the future emerge/)
    ])
    expect(dropped(essay, 'navigation')).toEqual([
      expect.stringMatching(/^Posted via email from futuramb’s posterous/),
      '← Previous Post Next Post →'
    ])
    expect(dropped(essay, 'site chrome')).toEqual(['Ask me about my posts', 'Connect'])
    expect(textsOf(essay).some(text => /futuramb|Connect|weak signals/.test(text))).toBe(false)
  })

  it('keeps "i e" inside its sentence', () => {
    expect(textsOf(essay)).toContain(
      'When we work for an organization we rather work *in* that organization in the sense that we are fundamentally a limited part of something bigger - an entity consisting of many individuals i e an entity of a different level of abstraction.'
    )
  })
})

describe('seed 001: Benckenstein, Social Media vs Institutions', () => {
  const essay = seed('benckenstein')

  it('reads the title, the author from the blog header and the date stamp', () => {
    expect(essay).toMatchObject({
      title: 'Social Media vs Institutions',
      author: 'George Benckenstein',
      date: '28 Sep 2009',
      key: 'benckenstein'
    })
    expect(dropped(essay, 'site header')).toHaveLength(1)
    expect(dropped(essay, 'date stamp')).toEqual(['28Sep/0914'])
  })

  it('makes headings sections, not claims, including a Title Case question', () => {
    expect(essay.posts[0]!.sections.map(section => section.title)).toEqual([
      'Do You Deliver A Superior Customer Experience?',
      'So What The Hell Does This Have To Do With Social Media?',
      'Traditional Coordination',
      'Flat World Coordination',
      'This Is What’s Important About Social Media'.replace('’', "'"),
      'Looking At Things In New Ways Is Hard To Do'
    ])
    expect(textsOf(essay)).not.toContain('Traditional Coordination')
  })

  it('treats the numbered comments as anonymous commenters, one speaker each', () => {
    const speakers = new Set(
      essay.claims.filter(claim => claim.role === 'comment').map(claim => claim.speaker)
    )
    expect(speakers).toEqual(
      new Set([
        'Commenter 1',
        'Commenter 2',
        'George Benckenstein',
        'Commenter 3',
        'Commenter 4',
        'Commenter 5',
        'Commenter 6',
        'Commenter 8',
        'Commenter 9'
      ])
    )
  })

  it('gives the nested unnamed reply to the author', () => {
    expect(essay.claims.find(claim => claim.text.startsWith('Please feel free to republish'))!.speaker).toBe(
      'George Benckenstein'
    )
  })

  it('drops spam, the embed and the salutation', () => {
    const spam = dropped(essay, 'spam')
    expect(spam).toHaveLength(3)
    expect(spam.join(' ')).toContain('donate button')
    expect(spam.join(' ')).toContain('bookmark your website')
    expect(dropped(essay, 'embedded media')).toHaveLength(1)
    expect(dropped(essay, 'salutation')).toEqual(['George'])
    expect(textsOf(essay).some(text => /donate|bookmark|seesmic/.test(text))).toBe(false)
  })

  it('keeps an ellipsis inside its sentence and splits at non-breaking spaces', () => {
    expect(textsOf(essay)).toContain('The answer is... Partially.')
    expect(textsOf(essay)).toContain('The answer would be NO.')
  })

  it('makes each numbered point a list claim', () => {
    const embrace = essay.claims.find(claim => claim.text.startsWith('Embrace and leverage'))!
    expect(embrace.role).toBe('list')
  })

  it('attributes a direct quotation', () => {
    expect(essay.claims.find(claim => claim.text.startsWith('Thomas Friedman said'))).toMatchObject({
      kind: 'quote',
      attributedTo: 'Thomas Friedman'
    })
  })
})

describe('seed 002: Di Maio and his readers', () => {
  const essay = seed('dimaio')

  it('reads the byline', () => {
    expect(essay).toMatchObject({
      title: 'Is Social Media a Corporate or a Personal Tool?',
      author: 'Andrea Di Maio',
      date: 'January 09, 2012',
      key: 'dimaio'
    })
    expect(dropped(essay, 'byline')).toEqual(['By Andrea Di Maio | January 09, 2012 | 4 Comments'])
    expect(dropped(essay, 'tag line')).toEqual(['social networks in government'])
  })

  it('names the commenters, and gives the unnamed reply to the author', () => {
    expect(essay.posts[0]!.comments.map(comment => comment.speaker)).toEqual([
      'Pearl Zhu',
      'Mark Diner',
      'Andrea Di Maio',
      'Tom'
    ])
    expect(essay.claims.find(claim => claim.text.startsWith('Pearl & Mark, thanks'))!.speaker).toBe(
      'Andrea Di Maio'
    )
    expect(
      essay.claims.find(claim => claim.text.startsWith('Then for the sake of successful corporations'))!
        .speaker
    ).toBe('Mark Diner')
  })

  it('attributes Tom’s quoted passage to Andrea Di Maio', () => {
    const quoted = essay.claims.find(claim => claim.text.startsWith('@Andrea wrote:'))!
    expect(quoted).toMatchObject({kind: 'quote', attributedTo: 'Andrea Di Maio', speaker: 'Tom'})
    expect(quoted.text.endsWith('than their direct reports.<<')).toBe(true)
  })

  it('keeps "i.e." inside a sentence and finds questions', () => {
    expect(
      textsOf(essay).some(
        text => text.startsWith('So my hypothesis is that') && text.includes('(i.e. the common ground')
      )
    ).toBe(true)
    expect(essay.claims.filter(claim => claim.kind === 'question').map(claim => claim.speaker)).toContain(
      'Tom'
    )
  })

  it('drops "Comments are closed" and the comment headers', () => {
    expect(dropped(essay, 'site chrome')).toEqual(['Blog post', 'Comments are closed'])
    expect(dropped(essay, 'comment header')).toEqual(['Pearl Zhu says:', 'Mark Diner says:', 'Tom says:'])
  })
})

describe('seed 003: Deragon, The Social Ravine Widens', () => {
  const essay = seed('deragon')

  it('reads the byline and the sections', () => {
    expect(essay).toMatchObject({
      title: 'The Social Ravine Widens',
      author: 'Jay Deragon',
      date: '08/23/2011',
      key: 'deragon'
    })
    expect(essay.posts[0]!.sections.map(section => section.title)).toEqual([
      'Crossing the Social Chasm',
      'Is Social Media It’s Own Worse Enemy?'
    ])
  })

  it('makes each list item a claim and each question a question', () => {
    expect(essay.claims.filter(claim => claim.role === 'list').map(claim => claim.text)).toEqual([
      'Lack of strategy.',
      'Lack of vision.',
      'Lack of execution skills.'
    ])
    expect(essay.claims.find(claim => claim.text.startsWith('Why would you try'))!.kind).toBe('question')
  })

  it('splits after a closing quote', () => {
    expect(textsOf(essay)).toContain('The difference between the two beliefs represents the “social chasm“.')
  })

  it('drops the post navigation', () => {
    expect(dropped(essay, 'site chrome')).toEqual(['Previous post:', 'Next post:'])
  })
})

describe('seed 004: a tag page with two posts', () => {
  const essay = seed('organizing')

  it('finds both posts and no author', () => {
    expect(essay.posts.map(post => post.title)).toEqual([
      'Don’t confuse social media for organizing with social media for marketing',
      'Permission management is here to stay, at least for a while'
    ])
    expect(essay.author).toBeNull()
    expect(essay.key).toBe('004')
  })

  it('drops skip links, the tag line and "Leave a Comment"', () => {
    expect(dropped(essay, 'navigation')).toEqual(['Skip to content →'])
    expect(dropped(essay, 'tag line')).toEqual(['Tag: organizing'])
    expect(dropped(essay, 'site chrome')).toEqual(['Leave a Comment', 'Leave a Comment'])
  })

  it('reads "# 1 …" as a numbered point, not a heading', () => {
    const point = essay.claims.find(claim => claim.text.startsWith('Collecting data, sorting it'))!
    expect(point.role).toBe('list')
    expect(point.section).toBe('Future management will be boosted by IT')
    expect(point.post).toBe(1)
  })

  it('keeps bullet questions as questions', () => {
    expect(essay.claims.filter(claim => claim.kind === 'question').map(claim => claim.text)).toContain(
      'How do I monitor my traffic?'
    )
  })

  it('gives repeated sentences distinct IDs', () => {
    const ids = essay.claims.filter(claim => claim.text === 'We are not marketers.').map(claim => claim.id)
    expect(ids).toEqual(['004/marketers', '004/marketers--2'])
  })
})

describe('spans', () => {
  it('slice back to every claim of every seed, with right lines and columns', () => {
    for (const name of ['borjesson', 'benckenstein', 'dimaio', 'deragon', 'organizing'] as const) {
      const text = seedText(name)
      const lines = text.split('\n')
      for (const claim of seed(name).claims) {
        expect(text.slice(claim.start, claim.end).replace(/\s+/g, ' ')).toBe(claim.text)
        expect(
          lines[claim.line - 1]!.slice(claim.column - 1).startsWith(
            text.slice(claim.start, claim.end).split('\n')[0]!
          )
        ).toBe(true)
      }
    }
  })
})
