import {spawn} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {scratchProject} from '../helpers/project.js'
import {root} from '../helpers/seeds.js'

describe('argmap show <map> --watch, piped', () => {
  it('prints the forest again after each save, and the diagnostics while broken', async () => {
    const project = scratchProject()
    const good = readFileSync(project.map, 'utf8')
    const child = spawn(process.execPath, [`${root}bin/argmap.js`, 'show', project.map, '--watch'], {
      env: {...process.env, NO_COLOR: '1'}
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const waitFor = async (pattern: RegExp) => {
      for (let tries = 0; tries < 200 && !pattern.test(output); tries++)
        await new Promise(resolve => setTimeout(resolve, 50))
      expect(output).toMatch(pattern)
    }
    try {
      await waitFor(/^── .* ──\nPets\n/mu)
      writeFileSync(project.map, good.replace('beta/cats-ignore-owners', 'beta/cats-ignore-ownerz'))
      // What is valid stays on screen, with the problem under it.
      await waitFor(
        /── .* ──\nPets\n[\s\S]*unknown claim “beta\/cats-ignore-ownerz”[\s\S]*1 error; the links and claims they touch are left out/u
      )
      writeFileSync(project.map, good.replace('title: Pets', 'title: Pets again'))
      await waitFor(/^Pets again$/mu)
      expect(output.match(/^── .* ──$/gmu)).toHaveLength(3)
    } finally {
      child.kill('SIGINT')
    }
  })
})
