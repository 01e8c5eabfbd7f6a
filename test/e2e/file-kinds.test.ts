import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {root, seedFiles} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

/** A folder with an essay, a map of it and the map's lock file. */
function folder() {
  const dir = tempDir('kinds')
  mkdirSync(join(dir, 'maps'))
  copyFileSync(join(root, seedFiles.dimaio), join(dir, 'essay.txt'))
  writeFileSync(join(dir, 'package.json'), '{}')
  return dir
}

describe('the wrong kind of file', () => {
  it('check on an essay says it is an essay, and what to run', () => {
    const run = argmap(['check', 'essay.txt'], {cwd: folder()})
    expect(run.stderr).toBe(
      'argmap: essay.txt: is an essay, not a claim map\n  hint: argmap show essay.txt shows its claims; argmap init maps/debate.yaml essay.txt starts a map of it\n'
    )
    expect(run.status).toBe(1)
  })

  it('a binary map is refused as a map, not with the essay hint', () => {
    const dir = folder()
    writeFileSync(join(dir, 'maps', 'debate.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]))
    const run = argmap(['check', 'maps/debate.yaml'], {cwd: dir})
    expect(run.stderr).toContain('maps/debate.yaml: is a binary file, not a map')
    expect(run.stderr).toContain('claim maps (.yaml, .yml)')
    expect(run.stderr).not.toContain('reads essays as')
    expect(run.status).toBe(1)
  })

  it('show on a lock file or another kind of file is refused with the kinds argmap reads', () => {
    const dir = folder()
    writeFileSync(join(dir, 'maps', 'debate.lock.json'), '{"version": 1, "claims": {}}\n')
    const lock = argmap(['show', 'maps/debate.lock.json'], {cwd: dir})
    expect(lock.stderr).toContain('is the lock file argmap writes beside a map')
    expect(lock.stderr).toContain('name the map itself: maps/debate.yaml')
    expect(lock.status).toBe(1)
    writeFileSync(join(dir, 'data.json'), '{"text": "Not an essay."}\n')
    const json = argmap(['show', 'data.json'], {cwd: dir})
    expect(json.stderr).toContain('data.json: is a .json file, a kind argmap does not read')
    expect(json.stderr).toContain('essays in plain text (.txt, .text) or Markdown (.md')
    expect(json.stdout).toBe('')
    expect(json.status).toBe(1)
  })

  it('link on a map whose links are a flow list says so clearly and writes nothing', () => {
    const dir = folder()
    const map = join(dir, 'maps', 'flow.yaml')
    const text =
      'essays:\n  dimaio: ../essay.txt\nlinks: [dimaio/future-social-organizations rebuts dimaio/andrea-wrote-tenet]\n'
    writeFileSync(map, text)
    expect(argmap(['check', map]).status).toBe(0)
    const run = argmap([
      'link',
      map,
      'dimaio/andrea-wrote-tenet',
      'supports',
      'dimaio/future-social-organizations'
    ])
    expect(run.stderr).toContain('writes `links:` as a flow list [ … ]')
    expect(run.stderr).toContain('hint: write the links as a block list')
    expect(run.stderr).not.toContain('bug')
    expect(run.status).toBe(1)
    expect(readFileSync(map, 'utf8')).toBe(text)
  })
})
