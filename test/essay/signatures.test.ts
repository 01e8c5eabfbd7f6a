import {describe, expect, it} from 'vitest'
import {parseEssay} from '../../src/essay/parse-essay.js'

// Pages whose speakers sign under their words, as Q&A threads and letters pages do, written for these tests.
const read = (lines: string[]) => parseEssay(lines.join('\n\n'), {file: 'page.txt'})
const said = (lines: string[]) =>
  read(lines).claims.map(claim => `${claim.role} ${claim.speaker}: ${claim.text}`)

describe('a question and its answers, each signed under its text', () => {
  const page = [
    'How do I choose a team size?',
    'Our startup keeps growing and every new hire seems to slow us down. Is there a size where a team stops being fast?',
    'Share',
    'asked Mar 3, 2021 at 9:12',
    'nora_q',
    '  • Have you measured what slows you down?',
    '',
    '    – Petra Holm',
    '',
    '    Mar 3, 2021 at 9:40',
    '',
    '2 Answers',
    'Keep each team small enough that everyone knows what the others are doing.',
    'Share',
    'edited Mar 4, 2021 at 10:00',
    'Ben Arlo',
    'answered Mar 3, 2021 at 11:02',
    'Iris VanceIris Vance',
    '  • This worked for us with teams of five.',
    '',
    '    – nora_q ♦',
    '',
    '    3 hours ago',
    '',
    'Hire slowly and write down every decision.',
    'Share',
    'answered Mar 5, 2021 at 8:00',
    'Tomas Reyes'
  ]

  it('gives the question to its asker, each answer to the name under it and each comment to its "– name"', () => {
    expect(read(page).author).toBe('nora_q')
    expect(said(page)).toEqual([
      'body nora_q: How do I choose a team size?',
      'body nora_q: Our startup keeps growing and every new hire seems to slow us down.',
      'body nora_q: Is there a size where a team stops being fast?',
      'comment Petra Holm: Have you measured what slows you down?',
      'comment Iris Vance: Keep each team small enough that everyone knows what the others are doing.',
      'comment nora_q: This worked for us with teams of five.',
      'comment Tomas Reyes: Hire slowly and write down every decision.'
    ])
  })

  it('links a comment under an answer to the answer, and names no editor as a speaker', () => {
    const comments = read(page).posts.flatMap(post => post.comments)
    expect(comments.map(({speaker, repliesTo}) => [speaker, repliesTo])).toEqual([
      ['Petra Holm', null],
      ['Iris Vance', null],
      ['nora_q', 1],
      ['Tomas Reyes', null]
    ])
  })
})

describe('a letters page', () => {
  it('gives each letter to the name and town signed under it', () => {
    const page = [
      'Letters to the Editor',
      'The new bridge is a waste of money that the city does not have, and the council should say so.',
      'Carla Ruiz\nOakland',
      'Our library deserves longer hours, because students have nowhere else to study at night.',
      'Devon Park\nSan Leandro'
    ]
    expect(said(page)).toEqual([
      'comment Carla Ruiz: The new bridge is a waste of money that the city does not have, and the council should say so.',
      'comment Devon Park: Our library deserves longer hours, because students have nowhere else to study at night.'
    ])
  })

  it('does not take one name and town under an article for a letter', () => {
    const page = [
      'Bridges and Budgets',
      'The new bridge is a waste of money that the city does not have, and the council should say so.',
      'Carla Ruiz\nOakland'
    ]
    expect(read(page).claims[0]).toMatchObject({role: 'body'})
  })
})

describe('a nested reply’s header', () => {
  it('is not taken for a signature of the comment above it', () => {
    const page = [
      'Why Small Teams Ship Faster',
      'Small teams ship faster because every person can hold the whole plan in their head.',
      '3 Responses',
      ' 1. Omar Haddad says:',
      '',
      '    May 3, 2020 at 8:15 am',
      '',
      '    Hours are the only thing my company can see.',
      '',
      '     • Petra Holm',
      '',
      '       May 3, 2020 at 9:15 am',
      '',
      '       Then agree on output first.'
    ]
    expect(said(page).slice(1)).toEqual([
      'comment Omar Haddad: Hours are the only thing my company can see.',
      'comment Petra Holm: Then agree on output first.'
    ])
  })
})
