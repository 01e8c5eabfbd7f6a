// Exports at scale: every format of a 10k-link map and of a 100k-level rebuttal chain, as whole
// processes (`argmap export … -o`), with the time and the size of what was written.

import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {generate} from './map.js'

/** A project whose map is one chain: each claim rebuts the one before, `depth` levels deep. */
export function chain(depth) {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-bench-chain-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  writeFileSync(
    join(dir, 'map.yaml'),
    [
      'title: A chain of rebuttals',
      'essays: {}',
      'claims:',
      ...Array.from(
        {length: depth + 1},
        (_, index) => `  chain/c${index}: {text: Claim number ${index} of the chain., author: Ann}`
      ),
      'links:',
      ...Array.from({length: depth}, (_, index) => `  - chain/c${index + 1} rebuts chain/c${index}`),
      ''
    ].join('\n')
  )
  return {dir, map: join(dir, 'map.yaml')}
}

/**
 * One export as a process: CPU time (all threads; wall time swings on a shared machine), wall
 * time, and the size of the output; or the first line of its error.
 */
function timeExport(map, format, dir) {
  const out = join(dir, `out-${format}`)
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    ['--import', './bench/cpu-hook.js', 'bin/argmap.js', 'export', map, '--to', format, '-o', out, '--force'],
    {encoding: 'utf8', maxBuffer: 2 ** 28}
  )
  const ms = performance.now() - started
  if (run.status !== 0) return `fails (${run.stderr.trim().split('\n')[0]})`
  const cpu = Number(/cpu-ms (\d+)/u.exec(run.stderr)?.[1]) / 1000
  return `${cpu.toFixed(2)} s CPU, ${(ms / 1000).toFixed(2)} s wall, ${(statSync(out).size / 2 ** 20).toFixed(1)} MB`
}

export async function benchExports(
  report,
  formats = ['md', 'html', 'json', 'argdown', 'aif', 'dot', 'svg', 'graphml'],
  shapes = ['wide', 'deep']
) {
  const wide = generate(10_000, 20)
  const deep = chain(100_000)
  try {
    for (const format of formats) {
      if (shapes.includes('wide'))
        report(`export 10k links --to ${format}`, timeExport(wide.map, format, wide.dir))
      if (shapes.includes('deep'))
        report(`export 100k-deep chain --to ${format}`, timeExport(deep.map, format, deep.dir))
    }
  } finally {
    rmSync(wide.dir, {recursive: true, force: true})
    rmSync(deep.dir, {recursive: true, force: true})
  }
}
