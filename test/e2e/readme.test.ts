import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, onTestFinished} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {root} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

const readme = readFileSync(`${root}README.md`, 'utf8')
const quickStartPattern = /## A two-command quick start\n\n```sh\n([^`]*)```/u

/** Every command line of the README's `sh` blocks after the quick start, in order. */
function examples(): string[] {
  const quickStart = quickStartPattern.exec(readme)!
  const afterQuickStart = readme.slice(quickStart.index + quickStart[0].length)
  return [...afterQuickStart.matchAll(/```sh\n([^`]*)```/gu)].flatMap(match =>
    match[1]!.split('\n').filter(line => line.trim() !== '' && !line.startsWith('#'))
  )
}

/** Run one line with the shell, as a user pastes it; standard output is a pipe. */
function shell(line: string, cwd: string): Promise<{status: number | null; stderr: string}> {
  return new Promise(done => {
    const child = spawn('sh', ['-c', line], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', chunk => {
      stderr += chunk
    })
    child.on('close', status => done({status, stderr}))
  })
}

describe('README', () => {
  it('opens with a quick start of exactly two commands', () => {
    const quickStart = quickStartPattern.exec(readme)![1]!.trim().split('\n')
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

  it('has examples that all run as written after the quick start, in a clone', async () => {
    // A clone after `npm ci`: the checkout's files and its installed packages (npx builds it).
    const clone = tempDir('readme')
    for (const name of readdirSync(root).filter(
      name => !['node_modules', 'dist', '.git', 'corpus', 'test'].includes(name)
    ))
      cpSync(join(root, name), join(clone, name), {recursive: true})
    // The README's examples may read the test pages; the tests themselves are left behind.
    cpSync(join(root, 'test', 'fixtures'), join(clone, 'test', 'fixtures'), {recursive: true})
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir')
    // npx runs a checkout's own bin through an entry in npm's cache named by the checkout's path.
    const npxEntry = join(
      process.env.npm_config_cache ?? join(homedir(), '.npm'),
      '_npx',
      createHash('sha512').update(clone).digest('hex').slice(0, 16)
    )
    onTestFinished(() => rmSync(npxEntry, {recursive: true, force: true}))
    const lines = examples()
    expect(lines.length).toBeGreaterThan(10)
    // The clone shares this checkout's packages: an example may use them, not reinstall them.
    expect(lines.filter(line => /\bnpm (ci|install|i)\b/u.test(line))).toEqual([])
    const failed: string[] = []
    for (const line of lines) {
      const run = await shell(line, clone)
      if (run.status !== 0) failed.push(`${line}\n  exit ${run.status}: ${run.stderr.trim()}`)
    }
    expect(failed).toEqual([])
  }, 300_000)
})
