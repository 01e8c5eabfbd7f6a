// Runs the built CLI as a user would, and captures what it prints.

import {spawnSync} from 'node:child_process'
import {root} from './seeds.js'

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run `bin/argmap.js` with arguments; standard output is a pipe, so print mode applies. */
export function argmap(
  args: string[],
  options: {env?: Record<string, string>; cwd?: string; input?: string} = {}
): Run {
  const result = spawnSync(process.execPath, [`${root}bin/argmap.js`, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: {...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
