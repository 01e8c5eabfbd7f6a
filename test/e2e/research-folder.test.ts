import {copyFileSync, mkdirSync, readFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {root, seedFiles} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

/** A researcher's folder: `essays/` and `maps/`, no .git, no package.json. */
function researchFolder() {
  const dir = tempDir('research')
  mkdirSync(join(dir, 'essays'))
  mkdirSync(join(dir, 'maps'))
  copyFileSync(join(root, seedFiles.borjesson), join(dir, 'essays', 'borjesson.txt'))
  copyFileSync(join(root, seedFiles.dimaio), join(dir, 'essays', 'dimaio.txt'))
  return dir
}

describe('a research folder without .git or package.json', () => {
  it('init, link and check work on essays/ and maps/, run from the folder', () => {
    const dir = researchFolder()
    const init = argmap(['init', 'maps/debate.yaml', 'essays/borjesson.txt', 'essays/dimaio.txt'], {cwd: dir})
    expect(init.status).toBe(0)
    expect(init.stderr).not.toContain('outside')
    expect(argmap(['check', 'maps/debate.yaml'], {cwd: dir}).stderr).toContain('0 errors')
    const link = argmap(
      ['link', 'maps/debate.yaml', 'borjesson/completely-wrong', 'rebuts', 'borjesson/post-seths-blog'],
      {cwd: dir}
    )
    expect(link.stderr).toBe('linked: borjesson/completely-wrong rebuts borjesson/post-seths-blog\n')
    expect(link.status).toBe(0)
    const check = argmap(['check', 'maps/debate.yaml'], {cwd: dir})
    expect(check.stderr).toContain('0 errors, 1 warning (1 link over 2 essays)')
    expect(check.status).toBe(0)
    const show = argmap(['show', join(dir, 'maps', 'debate.yaml')])
    expect(show.stdout).toContain('borjesson/completely-wrong')
    expect(show.status).toBe(0)
  })

  it('still keeps a map from reading beyond the folder that holds its maps/ folder', () => {
    const dir = researchFolder()
    mkdirSync(join(dir, 'project', 'maps'), {recursive: true})
    const map = join(dir, 'project', 'maps', 'debate.yaml')
    const init = argmap(['init', map, join(dir, 'essays', 'dimaio.txt')])
    expect(init.status).toBe(0)
    expect(init.stderr).toMatch(/warning: .*dimaio\.txt lies outside the map’s project \(.*project\)/)
    expect(init.stderr).toContain('--allow-outside')
    const check = argmap(['check', map])
    expect(check.stderr).toContain('[outside-project]')
    expect(check.status).toBe(1)
    expect(argmap(['check', map, '--allow-outside']).status).toBe(0)
  })

  it('warns at init when the map lies in a folder that cannot reach its essays', () => {
    const dir = researchFolder()
    mkdirSync(join(dir, 'notes'))
    const init = argmap(['init', 'notes/debate.yaml', 'essays/dimaio.txt'], {cwd: dir})
    expect(init.status).toBe(0)
    expect(init.stderr).toContain('warning: essays/dimaio.txt lies outside the map’s project (notes)')
  })
})

describe('argmap init', () => {
  it('refuses the same essay twice, writing nothing', () => {
    const dir = researchFolder()
    const run = argmap(['init', 'maps/debate.yaml', 'essays/dimaio.txt', './essays/../essays/dimaio.txt'], {
      cwd: dir
    })
    expect(run.stderr).toContain(
      'essays/dimaio.txt and ./essays/../essays/dimaio.txt are the same essay; nothing was written'
    )
    expect(run.status).toBe(2)
    expect(existsSync(join(dir, 'maps', 'debate.yaml'))).toBe(false)
    const twice = argmap(['init', 'maps/debate.yaml', 'essays/dimaio.txt', 'essays/dimaio.txt'], {cwd: dir})
    expect(twice.stderr).toContain('essays/dimaio.txt is named twice')
    expect(twice.status).toBe(2)
  })

  it('counts one essay in the singular', () => {
    const dir = researchFolder()
    const run = argmap(['init', 'maps/one.yaml', 'essays/dimaio.txt'], {cwd: dir})
    expect(run.stderr).toMatch(/^wrote maps\/one\.yaml: 1 essay, \d+ claims listed/)
    expect(readFileSync(join(dir, 'maps', 'one.yaml'), 'utf8')).toContain('dimaio: ../essays/dimaio.txt')
  })
})

describe('argmap without a command', () => {
  it('prints the usage and exits 2, as usage errors do', () => {
    const run = argmap([])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Usage: argmap [options] [command]')
  })
})
