import {readFileSync, writeFileSync} from 'node:fs'
import {afterEach, describe, expect, it} from 'vitest'
import {scratchProject} from '../helpers/project.js'
import {openTerminal, type Terminal} from '../helpers/tmux.js'

let terminal: Terminal | undefined
afterEach(() => terminal?.close())

describe('argmap show <map> --watch in a real terminal', () => {
  it('redraws on save, shows diagnostics while broken, and recovers', async () => {
    const project = scratchProject()
    const good = readFileSync(project.map, 'utf8')
    terminal = openTerminal(['show', project.map, '--watch'], {columns: 100, rows: 30})
    let screen = await terminal.waitFor('q quit')
    expect(screen.split('\n')[0]).toBe('Pets')

    writeFileSync(project.map, good.replace('beta/cats-ignore-owners', 'beta/cats-ignore-ownerz'))
    screen = await terminal.waitFor('watching for the next save')
    expect(screen).toContain('error: unknown claim “beta/cats-ignore-ownerz”')
    expect(screen).toContain('hint: did you mean “beta/cats-ignore-owners”?')

    writeFileSync(project.map, good.replace('title: Pets', 'title: Pets, revised'))
    screen = await terminal.waitFor(/^Pets, revised$/mu)
    expect(screen).not.toContain('watching for the next save')

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
    screen = await terminal.waitFor('watching for the next save')
    expect(screen).toContain('unknown claim “alpha/dogs-need-care”')

    terminal.keys('q')
    await terminal.waitForExit()
  })
})
