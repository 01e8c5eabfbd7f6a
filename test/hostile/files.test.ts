// Hostile files through the built CLI: special files, links out of the project, read-only maps,
// racing edits. Nothing is written outside the project or a regular file, and no success is lost.

import {spawn, spawnSync} from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {scratchProject} from '../helpers/project.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})
function project() {
  const scratch = scratchProject()
  made.push(scratch.dir)
  return scratch
}
function scratchFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-outside-'))
  made.push(dir)
  return dir
}
/** A special file made with a system tool; false when this machine does not allow it. */
function make(tool: string, args: string[]): boolean {
  return spawnSync(tool, args).status === 0
}
const oneLine = (stderr: string) => stderr.split('\n')[0]
const noBug = (stderr: string) => expect(stderr).not.toMatch(/this is a bug|unexpected error|\n\s+at /u)

describe('writes stay inside the project and inside regular files', () => {
  it('refuses a lock file that is a link out of the project, for link and check --fix', () => {
    const scratch = project()
    const outside = join(scratchFolder(), 'victim.txt')
    writeFileSync(outside, 'precious\n')
    symlinkSync(outside, join(scratch.dir, 'maps', 'map.lock.json'))
    const before = readFileSync(scratch.map, 'utf8')
    const link = argmap(['link', scratch.map, 'alpha/fish-easiest', 'supports', 'alpha/cats-better-dogs'])
    expect(link.status).toBe(1)
    expect(oneLine(link.stderr)).toMatch(
      /map\.lock\.json: is a symbolic link to .*victim\.txt, outside the project .*; nothing was written$/u
    )
    const fix = argmap(['check', '--fix', scratch.map])
    expect(fix.status).toBe(1)
    expect(fix.stderr).toMatch(/map\.lock\.json: is a symbolic link to .*outside the project/u)
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    expect(readFileSync(scratch.map, 'utf8')).toBe(before)
  })

  it('refuses an export target that is a link out of the project', () => {
    const scratch = project()
    const outside = join(scratchFolder(), 'victim.md')
    writeFileSync(outside, 'precious\n')
    symlinkSync(outside, join(scratch.dir, 'out.md'))
    const run = argmap(['export', scratch.map, '-o', 'out.md', '--force'], {cwd: scratch.dir})
    expect(run.status).toBe(1)
    expect(oneLine(run.stderr)).toMatch(/^argmap: out\.md: is a symbolic link to .*outside the project/u)
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
  })

  it('refuses to replace a FIFO or a device, and never replaces one', () => {
    const scratch = project()
    const fifo = join(scratch.dir, 'pipe.md')
    expect(make('mkfifo', [fifo])).toBe(true)
    const run = argmap(['export', scratch.map, '-o', fifo, '--force', '--to', 'md'])
    expect(run.status).toBe(1)
    expect(oneLine(run.stderr)).toBe(
      `argmap: ${fifo}: is a FIFO (named pipe), not a regular file; nothing was written`
    )
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    // A copy of /dev/null (root only): the real one is never a target, even if this test fails.
    const device = join(scratch.dir, 'null')
    if (make('mknod', [device, 'c', '1', '3'])) {
      const onDevice = argmap(['export', scratch.map, '-o', device, '--force', '--to', 'md'])
      expect(onDevice.status).toBe(1)
      expect(onDevice.stderr).toMatch(/is a character device, not a regular file; nothing was written/u)
      expect(lstatSync(device).isCharacterDevice()).toBe(true)
    }
  })

  it('writes to standard output for -o -, and names a missing folder or a folder given as the file', () => {
    const scratch = project()
    const out = argmap(['export', scratch.map, '-o', '-'], {cwd: scratch.dir})
    expect(out.status).toBe(0)
    expect(out.stdout).toMatch(/^# Pets\n/u)
    expect(existsSync(join(scratch.dir, '-'))).toBe(false)
    const missing = argmap(['export', scratch.map, '-o', 'missing-folder/x.md'], {cwd: scratch.dir})
    expect(missing.status).toBe(1)
    expect(missing.stderr).toBe(
      'argmap: missing-folder/x.md: its folder missing-folder does not exist; nothing was written\n' +
        '  hint: create it first (mkdir -p missing-folder), or choose another path\n'
    )
    const folder = argmap(['export', scratch.map, '-o', 'essays', '--force', '--to', 'md'], {
      cwd: scratch.dir
    })
    expect(folder.status).toBe(1)
    expect(folder.stderr).toBe(
      'argmap: essays: is a folder, not a regular file; nothing was written\n' +
        '  hint: name a file inside it, such as essays/out.md\n'
    )
  })

  it('respects a read-only map and lock file for link, unlink and check --fix, even as root', () => {
    const scratch = project()
    const before = readFileSync(scratch.map, 'utf8')
    const lock = join(scratch.dir, 'maps', 'map.lock.json')
    writeFileSync(lock, '{}\n', {mode: 0o444})
    chmodSync(scratch.map, 0o444)
    const runs = [
      argmap(['link', scratch.map, 'alpha/fish-easiest', 'supports', 'alpha/cats-better-dogs']),
      argmap(['unlink', scratch.map, 'beta/dogs-loyal-companions', 'alpha/cats-better-dogs']),
      argmap(['check', '--fix', scratch.map])
    ]
    for (const run of runs) {
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(
        /map\.(yaml|lock\.json)?.*: is read-only; nothing was written\n {2}hint: make it writable/u
      )
      noBug(run.stderr)
    }
    expect(readFileSync(scratch.map, 'utf8')).toBe(before)
    expect(readFileSync(lock, 'utf8')).toBe('{}\n')
    expect(statSync(scratch.map).mode & 0o777).toBe(0o444)
  })

  it('names a read-only folder instead of failing with EACCES', () => {
    const scratch = project()
    const folder = join(scratch.dir, 'locked')
    mkdirSync(folder, {mode: 0o555})
    const run = argmap(['export', scratch.map, '-o', join(folder, 'x.md')])
    expect(run.status).toBe(1)
    expect(oneLine(run.stderr)).toMatch(/x\.md: its folder .*locked is read-only; nothing was written$/u)
    expect(existsSync(join(folder, 'x.md'))).toBe(false)
    chmodSync(folder, 0o755)
  })
})

describe('reads take regular files only, of a bounded size', () => {
  it('refuses /dev/zero, a FIFO and a huge essay at once', () => {
    const dir = scratchFolder()
    const zero = argmap(['show', '/dev/zero'])
    expect([zero.status, zero.stderr]).toEqual([
      1,
      'argmap: /dev/zero: is a character device, not a regular file\n  hint: argmap reads an essay only from a regular file\n'
    ])
    const fifo = join(dir, 'essay.txt')
    expect(make('mkfifo', [fifo])).toBe(true)
    const fromFifo = argmap(['show', fifo])
    expect(fromFifo.status).toBe(1)
    expect(oneLine(fromFifo.stderr)).toBe(`argmap: ${fifo}: is a FIFO (named pipe), not a regular file`)
    const huge = join(dir, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 40 * 2 ** 20)
    const big = argmap(['show', huge])
    expect(big.status).toBe(1)
    expect(oneLine(big.stderr)).toBe(
      `argmap: ${huge}: is larger than 32 MB, more than argmap reads as an essay`
    )
  })

  it('refuses a map that is a FIFO, and essays a map names that are a FIFO or /dev/zero', () => {
    const scratch = project()
    const fifoMap = join(scratch.dir, 'maps', 'pipe.yaml')
    expect(make('mkfifo', [fifoMap])).toBe(true)
    const map = argmap(['show', fifoMap])
    expect(map.status).toBe(1)
    expect(oneLine(map.stderr)).toBe(`argmap: ${fifoMap}: is a FIFO (named pipe), not a regular file`)
    expect(make('mkfifo', [join(scratch.dir, 'essays', 'pipe.txt')])).toBe(true)
    writeFileSync(
      scratch.map,
      'essays:\n  alpha: ../essays/alpha.txt\n  pipe: ../essays/pipe.txt\n  zero: /dev/zero\nlinks: []\n'
    )
    const check = argmap(['check', scratch.map, '--allow-outside'])
    expect(check.status).toBe(1)
    expect(check.stderr).toMatch(
      /essay “\.\.\/essays\/pipe\.txt”: is a FIFO \(named pipe\), not a regular file/u
    )
    expect(check.stderr).toMatch(/essay “\/dev\/zero”: is a character device, not a regular file/u)
  })
})

describe('edits of one map are serialized', () => {
  it('keeps every link reported as added when many link commands run at once', async () => {
    const scratch = project()
    const ids = [
      'alpha/cats-better-dogs',
      'alpha/dogs-need-care',
      'alpha/fish-easiest',
      'beta/cats-ignore-owners',
      'folk/pets-good'
    ]
    const linked = new Set(readFileSync(scratch.map, 'utf8').match(/[a-z]+\/[a-z-]+/gu))
    const pairs = ids.flatMap((from, index) => ids.slice(index + 1).map(to => [from, to] as const))
    const runs = await Promise.all(
      pairs.slice(0, 8).map(
        ([from, to]) =>
          new Promise<{from: string; to: string; status: number | null; stderr: string}>(done => {
            const child = spawn(process.execPath, [
              join(__dirname, '../../bin/argmap.js'),
              'link',
              scratch.map,
              from,
              'supports',
              to
            ])
            let stderr = ''
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
            child.on('close', status => done({from, to, status, stderr}))
          })
      )
    )
    const map = readFileSync(scratch.map, 'utf8')
    const succeeded = runs.filter(run => run.status === 0)
    expect(succeeded.length).toBeGreaterThan(0)
    for (const run of succeeded) expect(map).toContain(`${run.from} supports ${run.to}`)
    // Anything refused is refused clearly: an existing link, or another edit that took too long.
    for (const run of runs.filter(run => run.status !== 0)) {
      expect(run.stderr).toMatch(/already|another argmap command is editing this map/u)
      noBug(run.stderr)
    }
    expect(linked.size).toBeGreaterThan(0)
    expect(existsSync(`${scratch.map}.lock`)).toBe(false)
  }, 120_000)
})
