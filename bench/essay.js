// Essay parsing: throughput on a generated corpus, and the cold start of `argmap show --print`.

import {spawnSync} from 'node:child_process'
import {loadMarkdownReader, parseEssay} from '../dist/index.js'
import {page} from './corpus.js'

const megabytes = text => Buffer.byteLength(text) / 2 ** 20

/** Median wall time of `runs` calls, in milliseconds. */
export function median(runs, action) {
  const times = []
  for (let index = 0; index < runs; index++) {
    const start = process.hrtime.bigint()
    action()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

/** Median time to run a command to completion. */
export function coldStart(args, runs = 9) {
  return median(runs, () => {
    const result = spawnSync(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {...process.env, NO_COLOR: '1'}
    })
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  })
}

export async function benchEssays(report) {
  const markdown = await loadMarkdownReader()
  // 50 pages of ~110 KB: many essays, as a user would parse them.
  const pages = Array.from({length: 50}, (_, index) => page(110_000, {seed: index + 1}))
  const text = pages.join('')
  for (const format of ['text', 'markdown']) {
    const corpus =
      format === 'text'
        ? pages
        : Array.from({length: 10}, (_, index) => page(110_000, {md: true, seed: index + 1}))
    const size = corpus.reduce((total, each) => total + megabytes(each), 0)
    let claims = 0
    const ms = median(3, () => {
      claims = 0
      for (const each of corpus)
        claims += parseEssay(each, {file: format === 'text' ? 'bench.txt' : 'bench.md', markdown}).claims
          .length
    })
    report(
      `parse ${format}`,
      `${size.toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(size / (ms / 1000)).toFixed(1)} MB/s (${claims} claims)`
    )
  }
  const one = megabytes(text)
  const ms = median(1, () => parseEssay(text, {file: 'one-big.txt'}))
  report(
    'parse text, one 5 MB file',
    `${one.toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(one / (ms / 1000)).toFixed(1)} MB/s`
  )

  const node = coldStart(['-e', ''])
  const show = coldStart(['bin/argmap.js', 'show', 'seeds/002_8b5a276f637f064e.txt', '--print'])
  report("cold: node -e ''", `${node.toFixed(0)} ms`)
  report(
    'cold: argmap show <essay> --print',
    `${show.toFixed(0)} ms (+${(show - node).toFixed(0)} ms over bare node)`
  )
}
