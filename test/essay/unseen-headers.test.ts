import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {commentLines} from '../helpers/comments.js'

// Comment headers, bylines and headlines in shapes the tune pages taught and no test page had,
// on pages written for these tests.
const read = (text: string) => parseEssay(text, {file: 'page.txt'})
const said = (text: string) => commentLines(read(text))

const body = [
  'A garden that feeds a family needs less room than most people think, if the beds are deep, the paths are few and the soil is fed every autumn with what the kitchen throws away.',
  'Start with the crops you already buy every week, because those are the ones that pay back the work.'
]

describe('comment headers with the name and the date on one line', () => {
  const post = ['Deep Beds for Small Gardens', 'By Hella Brandt | April 2, 2020', ...body]

  it('reads a name glued to the date after it, as a numbered thread prints it', () => {
    const page = [
      ...post,
      '3 comments:',
      ' 1.  MarenApril 3, 2020 at 9:14 AM',
      '     We doubled our tomatoes with one deep bed.',
      '     ReplyDelete',
      ' 2.  Otto from the allotmentApril 3, 2020 at 11:02 AM',
      '     Paths are where the weeds win, so fewer paths is right.',
      '     ReplyDelete',
      ' 3.  Kofi AsanteApril 4, 2020 at 6:40 PM',
      '     How deep is deep enough for carrots?',
      '     ReplyDelete'
    ].join('\n\n')
    expect(said(page)).toEqual([
      'Maren: We doubled our tomatoes with one deep bed.',
      'Otto from the allotment: Paths are where the weeds win, so fewer paths is right.',
      'Kofi Asante: How deep is deep enough for carrots?'
    ])
  })

  it('reads a numbered handle and date under "One thought on …" after the post’s tags', () => {
    const page = [
      ...post,
      'Related posts:',
      ' 1. Compost in a Small Yard',
      ' 2. Saving Seed from Beans',
      'Gardening, Soil',
      'One thought on “Deep Beds for Small Gardens”',
      ' 1. turnipjack June 3, 2021 at 7:05 am',
      '    Deep beds also warm up sooner in spring.',
      '    Reply »',
      'Leave a Comment Cancel Reply'
    ].join('\n\n')
    expect(said(page)).toEqual(['turnipjack: Deep beds also warm up sooner in spring.'])
  })

  it('reads a name in lower case before a date with a time, and keeps the thread going', () => {
    const page = [
      ...post,
      '{ 3 comments }',
      'Ruth Alder June 1, 2020 at 8:12 pm',
      'Mulch first, then plant.',
      'dario venti June 2, 2020 at 7:03 am',
      'Raised beds dry out fast in July here.',
      'Ruth Alder June 2, 2020 at 9:30 am',
      'Water at dawn and they hold up fine.'
    ].join('\n\n')
    expect(read(page).posts).toHaveLength(1)
    expect(said(page)).toEqual([
      'Ruth Alder: Mulch first, then plant.',
      'dario venti: Raised beds dry out fast in July here.',
      'Ruth Alder: Water at dawn and they hold up fine.'
    ])
  })
})

describe('threads whose comments hold short lines', () => {
  it('keeps a list typed line by line in a comment as its words, not as new posts', () => {
    const page = [
      ...body,
      '{ 3 comments }',
      'Ruth Alder June 1, 2020 at 8:12 pm',
      'My three for a first year:',
      '1 Radishes',
      '2 Bush beans',
      '3 Chard',
      'Anton Weiss June 2, 2020 at 7:03 am',
      'Swap the chard for kale',
      'It grows through the winter here',
      'Leave a Comment'
    ].join('\n\n')
    const essay = read(page)
    expect(essay.posts).toHaveLength(1)
    expect(said(page)).toEqual([
      'Ruth Alder: My three for a first year:',
      'Ruth Alder: 1 Radishes',
      'Ruth Alder: 2 Bush beans',
      'Ruth Alder: 3 Chard',
      'Anton Weiss: Swap the chard for kale',
      'Anton Weiss: It grows through the winter here'
    ])
  })

  it('reads a date written day first under the name as the date, not as a numbered item', () => {
    const page = [
      ...body,
      'Comments',
      ' 1. Julie',
      '    16. March, 2023 at 16:59',
      '    The beds looked lovely in your photos.',
      '    Reply',
      '    • Hella Brandt',
      '      16. March, 2023 at 18:04',
      '      Thank you, they are two years old now.',
      '      Reply',
      ' 2. Marcus',
      '    9. February, 2021 at 15:24',
      '    Does this work on a balcony too?',
      '    Reply'
    ].join('\n\n')
    expect(said(page)).toEqual([
      'Julie: The beds looked lovely in your photos.',
      'Hella Brandt: Thank you, they are two years old now.',
      'Marcus: Does this work on a balcony too?'
    ])
    expect(read(page).posts[0]!.comments.map(comment => comment.repliesTo)).toEqual([null, 0, null])
  })
})

describe('a thread under a heading of its own', () => {
  it('reads handles over how long ago they wrote, under "Top Rated Comments"', () => {
    const page = [
      'Deep Beds for Small Gardens',
      'By Hella Brandt | April 2, 2020',
      ...body,
      '[ 41 comments ]',
      'Top Rated Comments',
      'mossback',
      '5 months ago',
      'Deep beds saved my back more than my harvest.',
      'Score: 12 Votes',
      'Quiet Furrow',
      '5 months ago',
      'Two beds were enough for a family of three.',
      'Score: 9 Votes',
      'Leave a Comment'
    ].join('\n\n')
    expect(read(page).posts).toHaveLength(1)
    expect(said(page).filter(line => !line.includes('Score'))).toEqual([
      'mossback: Deep beds saved my back more than my harvest.',
      'Quiet Furrow: Two beds were enough for a family of three.'
    ])
  })
})

describe('bylines that name the writer by one word', () => {
  const essay = (...head: string[]) => read([...head, ...body].join('\n\n'))

  it('reads a handle between the date and the comment count', () => {
    const page = essay('Garden Notes', 'Deep Beds for Small Gardens', 'March 2, 2020 Quillon 3 Comments')
    expect(page.title).toBe('Deep Beds for Small Gardens')
    expect(page.author).toBe('Quillon')
  })

  it('reads a lower-case handle after "by"', () => {
    const page = essay('Garden Notes', 'Deep Beds for Small Gardens', 'by zed on May 1, 2011')
    expect(page.title).toBe('Deep Beds for Small Gardens')
    expect(page.author).toBe('zed')
  })

  it('reads a handle beside the date over the headline', () => {
    const page = essay('Garden Notes', 'Harbourlight Thursday, May 30, 2019', 'Deep Beds for Small Gardens')
    expect(page.author).toBe('Harbourlight')
  })

  it('reads one capitalised name after "By" with a date written day first, before a disclosure', () => {
    const page = essay(
      'Deep Beds for Small Gardens',
      'By Hella on 31. October, 2023 | 18 Comments. This post may contain affiliate links.'
    )
    expect(page.title).toBe('Deep Beds for Small Gardens')
    expect(page.author).toBe('Hella')
  })

  it('takes a comment count beside a date for no author', () => {
    const page = essay('Deep Beds for Small Gardens', 'March 2, 2020 | 12 Comments')
    expect(page.title).toBe('Deep Beds for Small Gardens')
    expect(page.author ?? null).toBeNull()
  })
})
