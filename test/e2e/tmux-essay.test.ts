import {afterEach, describe, expect, it} from 'vitest'
import {openTerminal, type Terminal} from '../helpers/tmux.js'

let terminal: Terminal | undefined
afterEach(() => terminal?.close())

/** The detail pane: the line under the rule that names the selected claim. */
const selectedId = (screen: string) => /─{20,}\n(\S+) /u.exec(screen)?.[1]

describe('argmap show <essay> in a real terminal', () => {
  it('opens, moves, searches, toggles dropped text and quits', async () => {
    terminal = openTerminal(['show', 'seeds/002_8b5a276f637f064e.txt'])
    let screen = await terminal.waitFor('q quit')
    expect(screen.split('\n')[0]).toBe('Is Social Media a Corporate or a Personal Tool?')
    expect(selectedId(screen)).toBe('dimaio/christmas-break-reading')

    terminal.keys('j', 'j')
    screen = await terminal.waitFor(/─\n(dimaio\/book-makes-great) /u)
    expect(screen).toContain('seeds/002_8b5a276f637f064e.txt:11:1 · claim · Andrea Di Maio')

    terminal.keys('/')
    terminal.type('savvy')
    await terminal.waitFor('/savvy')
    terminal.keys('Enter')
    screen = await terminal.waitFor(/─\n(dimaio\/savvy-managers-learned) /u)
    expect(screen).toContain('· claim · Tom')

    terminal.keys('G')
    screen = await terminal.waitFor(/─\ndimaio\/good-news-make /u)
    expect(screen).toContain('question · Tom')

    terminal.keys('d')
    screen = await terminal.waitFor('dropped as site chrome · seeds/002_8b5a276f637f064e.txt:1')
    expect(screen).toContain('Dropped (7)')
    terminal.keys('j')
    await terminal.waitFor('dropped as byline · seeds/002_8b5a276f637f064e.txt:5')

    terminal.keys('q')
    await terminal.waitForExit()
  })

  it('says so when a search finds nothing', async () => {
    terminal = openTerminal(['show', 'seeds/000_72f9c9affa5958ed.txt'])
    await terminal.waitFor('q quit')
    terminal.keys('/')
    terminal.type('zeppelin')
    terminal.keys('Enter')
    await terminal.waitFor('no match for “zeppelin”')
    terminal.keys('q')
    await terminal.waitForExit()
  })

  it('reflows when the terminal is resized', async () => {
    terminal = openTerminal(['show', 'seeds/000_72f9c9affa5958ed.txt'], {columns: 120, rows: 30})
    const wide = await terminal.waitFor('q quit')
    const widest = (screen: string) => Math.max(...screen.split('\n').map(line => line.trimEnd().length))
    expect(widest(wide)).toBeGreaterThan(90)
    terminal.resize(60, 30)
    // Every line of the redrawn screen fits the new width, and the claim text reflows rather than being cut.
    const narrow = await terminal.waitFor(/^(?![\s\S]*^.{61})[\s\S]*In the post Seth’s Blog: The reason/mu)
    expect(widest(narrow)).toBeLessThanOrEqual(60)
    expect(narrow).toContain('organizations Seth Godin gives the answer')
    terminal.keys('q')
    await terminal.waitForExit()
  })
})
