import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {scratchProject} from '../helpers/project.js'

const lockOf = (map: string) =>
  JSON.parse(readFileSync(map.replace(/\.yaml$/u, '.lock.json'), 'utf8')).claims as Record<string, string>

describe('the lock file', () => {
  it('keeps the text of a vanished claim through check --fix, so later checks still say what it read', () => {
    const project = scratchProject()
    expect(argmap(['check', project.map, '--fix']).status).toBe(0)
    expect(lockOf(project.map)['alpha/dogs-need-care']).toBe('Dogs need too much care.')
    const alpha = project.essay('alpha')
    writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('Dogs need too much care.', ''))

    const fix = argmap(['check', project.map, '--fix'])
    expect(fix.status).toBe(1)
    expect(lockOf(project.map)['alpha/dogs-need-care']).toBe('Dogs need too much care.')
    const later = argmap(['check', project.map])
    expect(later.stderr).toContain('claim “alpha/dogs-need-care” is no longer in its essay')
    expect(later.stderr).toContain('it read “Dogs need too much care.”')
    expect(later.stderr).not.toContain('unknown claim')
  })

  it('keeps no texts of claims no longer linked, after unlink and after check --fix', () => {
    const project = scratchProject()
    expect(argmap(['check', project.map, '--fix']).status).toBe(0)
    expect(lockOf(project.map)['beta/cats-ignore-owners']).toBeDefined()
    const unlink = argmap(['unlink', project.map, 'beta/cats-ignore-owners', 'alpha/dogs-need-care'])
    expect(unlink.status).toBe(0)
    expect(lockOf(project.map)['beta/cats-ignore-owners']).toBeUndefined()
    expect(lockOf(project.map)['alpha/dogs-need-care']).toBe('Dogs need too much care.')
    // A stale entry written by an older argmap goes at the next --fix.
    const stale = {...lockOf(project.map), 'beta/old-claim': 'An old claim.'}
    writeFileSync(
      project.map.replace(/\.yaml$/u, '.lock.json'),
      JSON.stringify({version: 1, claims: stale}, null, 2)
    )
    argmap(['check', project.map, '--fix'])
    expect(lockOf(project.map)['beta/old-claim']).toBeUndefined()
    const link = argmap(['link', project.map, 'beta/cats-ignore-owners', 'supports', 'alpha/dogs-need-care'])
    expect(link.status).toBe(0)
    expect(Object.keys(lockOf(project.map)).sort()).toEqual([
      'alpha/cats-better-dogs',
      'alpha/dogs-need-care',
      'beta/cats-ignore-owners',
      'beta/dogs-loyal-companions'
    ])
    expect(existsSync(project.map)).toBe(true)
  })
})

describe('argmap link with a mistyped ID', () => {
  it('lists the close matches, as check does', () => {
    const project = scratchProject()
    const run = argmap(['link', project.map, 'alpha/dogs-need-cars', 'rebuts', 'beta/dogs-loyal-companions'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('hint: did you mean “alpha/dogs-need-care”?')
  })
})

describe('a linked claim’s ID when a sentence is added to its essay', () => {
  /** A project whose essay's first claim is linked and recorded. */
  function linkedProject() {
    const project = scratchProject()
    const essay = project.essay('gamma')
    writeFileSync(
      essay,
      'Change Notes\n\nby Ann Gamma on 01/02/2012\n\nMeaningful change rarely comes from the top of an organization. Leaders should listen more.\n'
    )
    writeFileSync(
      project.map,
      'essays:\n  gamma: ../essays/gamma.txt\nlinks:\n  - gamma/leaders-listen supports gamma/meaningful-change-rarely\n'
    )
    expect(argmap(['check', project.map, '--fix']).status).toBe(0)
    const text = readFileSync(essay, 'utf8')
    const add = (where: 'before' | 'after') =>
      writeFileSync(
        essay,
        text.replace(
          'Meaningful change rarely comes from the top of an organization.',
          where === 'before'
            ? 'Meaningful change rarely comes scheduled. Meaningful change rarely comes from the top of an organization.'
            : 'Meaningful change rarely comes from the top of an organization. Meaningful change rarely comes scheduled.'
        )
      )
    return {project, add}
  }

  it.each(['after', 'before'] as const)(
    'keeps it when the new sentence shares its first words, %s it',
    where => {
      const {project, add} = linkedProject()
      add(where)
      const check = argmap(['check', project.map])
      expect(check.stderr).toContain('0 errors')
      expect(check.status).toBe(0)
      const show = argmap(['show', project.map, '--json'])
      expect(show.stdout).toContain('Meaningful change rarely comes from the top of an organization.')
      expect(show.stdout).not.toContain('comes scheduled')
    }
  )
})
