import {readFileSync, writeFileSync} from 'node:fs'
import {afterEach, describe, expect, it} from 'vitest'
import {scratchProject} from '../helpers/project.js'
import {openTerminal, type Terminal} from '../helpers/tmux.js'

let terminal: Terminal | undefined
afterEach(() => terminal?.close())

describe('argmap show <map> --watch in a real terminal', () => {
  it('redraws on save, keeps what is valid in view while a save has errors, and recovers', async () => {
    const project = scratchProject()
    const good = readFileSync(project.map, 'utf8')
    terminal = openTerminal(['show', project.map, '--watch'], {columns: 100, rows: 30})
    let screen = await terminal.waitFor('q quit')
    expect(screen.split('\n')[0]).toBe('Pets')

    writeFileSync(project.map, good.replace('beta/cats-ignore-owners', 'beta/cats-ignore-ownerz'))
    screen = await terminal.waitFor('error: unknown claim “beta/cats-ignore-ownerz”')
    expect(screen.split('\n')[0]).toBe('Pets')
    expect(screen).toContain('beta/dogs-loyal-companions')
    expect(screen).toContain('what it touches is left out')

    writeFileSync(project.map, good.replace('title: Pets', 'title: Pets, revised'))
    screen = await terminal.waitFor(/^Pets, revised$/mu)
    expect(screen).not.toContain('left out')

    writeFileSync(
      project.essay('beta'),
      readFileSync(project.essay('beta'), 'utf8').replace(
        'Cats ignore their owners.',
        'Cats ignore their owners. Fish never do.'
      )
    )
    writeFileSync(
      project.essay('alpha'),
      readFileSync(project.essay('alpha'), 'utf8').replace(
        'Dogs need too much care.',
        'Hamsters need too much care.'
      )
    )
    // An essay edit that removes a linked claim breaks the map too.
    screen = await terminal.waitFor('unknown claim “alpha/dogs-need-care”')
    expect(screen.split('\n')[0]).toBe('Pets, revised')

    // A save whose YAML cannot be read shows the diagnostics until the next good one.
    writeFileSync(project.map, 'title: "Pets\n')
    screen = await terminal.waitFor('watching for the next save')
    expect(screen).toContain('hint: end it with " on this line')

    terminal.keys('q')
    await terminal.waitForExit()
  })
})
