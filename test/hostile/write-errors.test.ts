// File-system errors of a write are the user's problem: the file named, a hint, never "a bug".

import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {InputError} from '../../src/util/errors.js'
import {writeText} from '../../src/util/write-text.js'

const failure = vi.hoisted(() => ({code: 'ENOSPC'}))
vi.mock('write-file-atomic', () => ({
  default: async () => {
    throw Object.assign(new Error(`${failure.code}: simulated`), {code: failure.code})
  }
}))

const dir = mkdtempSync(join(tmpdir(), 'argmap-write-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('a failed write', () => {
  it.each([
    ['ENOSPC', 'no space left on the device', 'free some space and run the command again'],
    ['EROFS', 'is on a read-only file system', 'write to a file on a writable file system'],
    [
      'EXDEV',
      'cannot be replaced across file systems',
      'the file is a mount point of its own; write to another file'
    ],
    ['EACCES', 'permission denied', 'check the permissions of the file and of its folder (ls -l)'],
    ['EISDIR', 'is a folder', 'check the path and its permissions'],
    ['ENOTDIR', 'a part of its path is not a folder', 'create the folder first, or choose another path']
  ])('reports %s with the file and a hint', async (code, problem, hint) => {
    failure.code = code
    const file = join(dir, 'out.md')
    const error = await writeText(file, 'text').catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).line).toBe(`${file}: ${problem}; nothing was written`)
    expect((error as InputError).hint).toBe(hint)
  })
})
