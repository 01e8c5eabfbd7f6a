import {afterEach, describe, expect, it} from 'vitest'
import {openTerminal, type Terminal} from '../helpers/tmux.js'

let terminal: Terminal | undefined
afterEach(() => terminal?.close())

/** The detail pane's first line: the selected claim's ID and where it stands. */
const detail = (screen: string) => /─{20,}\n(.*)\n/u.exec(screen)?.[1] ?? ''

describe('argmap show <map> in a real terminal', () => {
  it('opens, moves, folds, searches, focuses, goes back and quits', async () => {
    terminal = openTerminal(['show', 'maps/social-media.yaml'], {columns: 110, rows: 32})
    let screen = await terminal.waitFor('q quit')
    expect(screen.split('\n')[0]).toBe('Social media and the organization')
    expect(detail(screen)).toBe('borjesson/post-seths-blog · for the thesis · falls')
    expect(screen).toContain(
      'Seth Godin (reported by P A Martin Börjesson) · seeds/000_72f9c9affa5958ed.txt:3:1'
    )

    terminal.keys('j')
    screen = await terminal.waitFor(/─\nborjesson\/view-todo-social /u)
    expect(detail(screen)).toBe('borjesson/view-todo-social · against the thesis · stands')

    terminal.keys('Left')
    screen = await terminal.waitFor('folded')
    expect(screen).toMatch(/borjesson\/view-todo-social · \d+ folded/)
    expect(screen).not.toContain('1.1.1 P A Martin Börjesson')
    terminal.keys('Right')
    await terminal.waitFor('1.1.1 P A Martin Börjesson')

    terminal.keys('/')
    terminal.type('supposed')
    terminal.keys('Enter')
    screen = await terminal.waitFor(
      /─\ndimaio\/(?:sure-agree-supposed|tenet-management-traditional|andrea-wrote-tenet) /u
    )

    const found = detail(screen)
    terminal.keys('Enter')
    screen = await terminal.waitFor('focused on')
    // Focused: only that subtree is drawn, starting with the claim itself.
    expect(screen).not.toContain('Debate 1 · thesis 1')
    expect(detail(screen)).toBe(found)

    terminal.keys('BSpace')
    screen = await terminal.waitFor(/^Social media and the organization\n/u)
    expect(detail(screen)).toBe(found)

    terminal.keys('q')
    await terminal.waitForExit()
  })

  it('filters by speaker and shows the speakers’ table', async () => {
    terminal = openTerminal(['show', 'maps/social-media.yaml'], {columns: 110, rows: 40})
    await terminal.waitFor('q quit')
    terminal.keys('p')
    let screen = await terminal.waitFor('Speakers')
    expect(screen).toMatch(/P A Martin Börjesson +✘ rebuts ×3 {2}Seth Godin/u)
    terminal.keys('s')
    screen = await terminal.waitFor('show whose claims?')
    expect(screen).toMatch(/› all speakers[^\n]*\n[^\n]*Andrea Di Maio \(\d+\)/u)
    // A letter jumps to the next speaker whose name starts with it; Enter picks.
    terminal.keys('S')
    await terminal.waitFor('› Seth Godin (1)')
    terminal.keys('Enter')
    screen = await terminal.waitFor(/^Social media and the organization · speaker: Seth Godin/u)
    terminal.keys('s')
    await terminal.waitFor('show whose claims?')
    terminal.keys('Escape')
    screen = await terminal.waitFor(/Debate \d+ · thesis/u)
    expect(screen).not.toContain('show whose claims?')
    expect(screen.split('\n')[0]).toBe('Social media and the organization · speaker: Seth Godin')
    terminal.keys('q')
    await terminal.waitForExit()
  })

  it('closes the help with Esc and stays open', async () => {
    terminal = openTerminal(['show', 'maps/social-media.yaml'], {columns: 110, rows: 32})
    await terminal.waitFor('q quit')
    terminal.keys('?')
    await terminal.waitFor('this help')
    terminal.keys('Escape')
    const screen = await terminal.waitFor(/Debate 1 · thesis 1/u)
    expect(screen).not.toContain('this help')
    terminal.keys('j')
    await terminal.waitFor(/─\nborjesson\/view-todo-social /u)
    terminal.keys('q')
    await terminal.waitForExit()
  })
})
