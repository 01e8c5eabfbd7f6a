import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {root} from '../helpers/seeds.js'

const readme = readFileSync(`${root}README.md`, 'utf8')

describe('README', () => {
  it('opens with a quick start of exactly two commands', () => {
    const quickStart = /## A two-command quick start\n\n```sh\n([^`]*)```/u
      .exec(readme)![1]!
      .trim()
      .split('\n')
    expect(quickStart).toEqual(['npm ci && npx argmap show maps/social-media.yaml', 'npm test'])
    expect(readFileSync(`${root}.ci/run`, 'utf8')).toContain('\nnpm test\n')
  })

  it('shows a map example that checks without errors', () => {
    const example = /```yaml\n([^`]*)```/u.exec(readme)![1]!
    const path = `${root}maps/.readme-example.yaml`
    writeFileSync(path, example)
    try {
      const run = argmap(['check', 'maps/.readme-example.yaml'])
      expect(run.stderr).toContain('0 errors')
      expect(run.status).toBe(0)
    } finally {
      rmSync(path)
    }
  })
})
