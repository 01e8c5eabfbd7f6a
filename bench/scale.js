// Whole-process figures at every size: startup against bare node, essays from the comment-heavy generator at
// 1×, 4× and 16×, maps of up to 100k links on one core, a 100k-deep chain and a 5 MB token, with peak memory.

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'bin/argmap.js')
const MiB = 2 ** 20

const middle = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Run one whole process and return its wall time (ms), peak resident memory (MiB) and output.
 * `oneCore` pins it to CPU 0 with taskset.
 */
export function measure(args, {oneCore = false, env = {}, cwd = root, allowFailure = false} = {}) {
  const command = [...(oneCore ? ['taskset', '-c', '0'] : []), process.execPath, ...args]
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {
    cwd,
    env: {...process.env, NO_COLOR: '1', ...env},
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * MiB
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const stderr = result.stderr.toString()
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr)?.[1] ?? Number.NaN) / 1024
  const cpu =
    1000 *
    (Number(/User time \(seconds\): ([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN) +
      Number(/System time \(seconds\): ([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN))
  const status = Number(/Exit status: (\d+)/u.exec(stderr)?.[1] ?? result.status)
  if (status !== 0 && !allowFailure)
    throw new Error(`${args.join(' ')} failed (${status}): ${stderr.slice(0, 600)}`)
  return {ms, cpu, peak, status, stderr}
}

/** Medians of `runs` rounds of every command, interleaved so that each sees the same machine load. */
export function interleaved(commands, runs, options = {}) {
  const times = commands.map(() => [])
  const cpus = commands.map(() => [])
  const peaks = commands.map(() => [])
  for (let round = 0; round < runs; round++)
    commands.forEach(({args, env}, index) => {
      const {ms, cpu, peak} = measure(args, {...options, env: {...options.env, ...env?.()}})
      times[index].push(ms)
      cpus[index].push(cpu)
      peaks[index].push(peak)
    })
  return commands.map((_, index) => ({
    ms: middle(times[index]),
    cpu: middle(cpus[index]),
    peak: middle(peaks[index])
  }))
}

/** The comment-heavy page generator in ../shared/bench, searched for upwards from the repository. */
function generator() {
  for (let dir = root; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'shared/bench/gen-comment-heavy.mjs')
    if (existsSync(file)) return file
  }
  return undefined
}

const fresh = () => mkdtempSync(join(tmpdir(), 'argmap-scale-'))

/** Startup: the flagship map's commands, cold (an empty parse cache) and warm, beside bare node. */
export function benchStartup(report, runs = 15) {
  const cache = fresh()
  const emptyCache = () => ({XDG_CACHE_HOME: mkdtempSync(join(cache, 'cold-'))})
  const warm = () => ({XDG_CACHE_HOME: join(cache, 'warm')})
  const paths = [
    ['show maps/social-media.yaml --print', ['show', 'maps/social-media.yaml', '--print']],
    ['check maps/social-media.yaml', ['check', 'maps/social-media.yaml']],
    ['export maps/social-media.yaml (md)', ['export', 'maps/social-media.yaml']],
    ['show <essay> --json', ['show', 'seeds/002_8b5a276f637f064e.txt', '--json']]
  ]
  // Fill the warm cache once.
  for (const [, args] of paths) measure([cli, ...args], {env: warm()})
  const commands = [
    {name: "node -e ''", args: ['-e', '']},
    ...paths.flatMap(([name, args]) => [
      {name: `${name}, cold`, args: [cli, ...args], env: emptyCache},
      {name: `${name}, warm cache`, args: [cli, ...args], env: warm}
    ])
  ]
  const figures = interleaved(commands, runs)
  const [bare] = figures
  commands.forEach(({name}, index) => {
    const {ms, cpu} = figures[index]
    report(
      `startup: ${name}`,
      `${ms.toFixed(0)} ms = ${(ms / bare.ms).toFixed(2)}× bare node; CPU ${cpu.toFixed(0)} ms = ${(cpu / bare.cpu).toFixed(2)}×`
    )
  })
  rmSync(cache, {recursive: true, force: true})
}

/** A helper process that parses one file once and prints the milliseconds and the claims. */
const parseOnce = file => [
  '--input-type=module',
  '-e',
  `import {readFileSync} from 'node:fs'
   import {parseEssay, loadMarkdownReader} from ${JSON.stringify(join(root, 'dist/index.js'))}
   const text = readFileSync(${JSON.stringify(file)}, 'utf8')
   const markdown = ${JSON.stringify(file)}.endsWith('.md') ? await loadMarkdownReader() : undefined
   const start = performance.now()
   const essay = parseEssay(text, {file: ${JSON.stringify(file)}, markdown})
   process.stderr.write('parsed ' + (performance.now() - start) + ' ' + essay.claims.length + '\\n')`
]

/** Parse time in a fresh process (median of `runs`), throughput, scaling against 1× and peak memory, per size. */
function scaling(report, name, dir, format, make, runs) {
  let first
  let fourth
  for (const times of [1, 4, 16]) {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}-${times}.${format}`)
    const text = make(times)
    writeFileSync(file, text)
    const bytes = Buffer.byteLength(text)
    const samples = Array.from({length: runs}, () => {
      const {peak, stderr} = measure(parseOnce(file))
      const [, ms, claims] = /parsed ([\d.]+) (\d+)/u.exec(stderr)
      return {ms: Number(ms), claims: Number(claims), peak}
    })
    const ms = middle(samples.map(sample => sample.ms))
    const peak = middle(samples.map(sample => sample.peak))
    first ??= ms
    if (times === 4) fourth = ms
    const ratio =
      times === 1
        ? ''
        : `, ${(ms / first).toFixed(1)}× the 1× time${times === 16 ? `, ${(ms / fourth).toFixed(2)}× the 4× time` : ''}`
    report(
      `essay ${name} ${times}× (${(bytes / MiB).toFixed(2)} MiB)`,
      `${ms.toFixed(0)} ms = ${(bytes / MiB / (ms / 1000)).toFixed(2)} MiB/s${ratio}; peak ${peak.toFixed(0)} MiB = ${(peak / (bytes / MiB)).toFixed(1)}× input (${samples[0].claims} claims)`
    )
  }
}

/** Essays from the comment-heavy generator at 1×, 4× and 16× `base` bytes, plain text and Markdown. */
export function benchEssayScaling(report, {runs = 3, base = 1.25 * MiB} = {}) {
  const gen = generator()
  if (!gen) return report('essays: comment-heavy', 'skipped: ../shared/bench/gen-comment-heavy.mjs not found')
  const dir = fresh()
  for (const format of ['txt', 'md'])
    scaling(
      report,
      `${format} comment-heavy`,
      dir,
      format,
      times =>
        spawnSync(process.execPath, [gen, String(base * times), format, '7', `${join(root, 'seeds')}/`], {
          maxBuffer: 256 * MiB
        }).stdout.toString(),
      runs
    )
  rmSync(dir, {recursive: true, force: true})
}

/** The corpus's plain-text pages (whatever part of corpus/pages is present), one after another, 1×, 4× and 16×. */
export function benchCorpusScaling(report, {runs = 3} = {}) {
  const pages = join(root, 'corpus/pages')
  const names = existsSync(pages) ? readdirSync(pages).filter(name => name.endsWith('.txt')) : []
  if (names.length === 0) return report('essays: corpus pages', 'skipped: corpus/pages holds no .txt page')
  const text = names.map(name => readFileSync(join(pages, name), 'utf8')).join('\n\n')
  const dir = fresh()
  scaling(report, `txt corpus (${names.length} pages)`, dir, 'txt', times => text.repeat(times), runs)
  rmSync(dir, {recursive: true, force: true})
}

/** A project with one essay of `count` claims and a map whose links chain them: each rebuts the one before. */
export async function deepChain(count) {
  const {parseEssay} = await import('../dist/index.js')
  const dir = fresh()
  writeFileSync(join(dir, 'package.json'), '{}')
  const words = index => `Claim number w${index.toString(36)} stands here.`
  const text = `Deep Essay\n\nby Ann Deep on 01/02/2012\n\n${Array.from({length: count}, (_, index) => words(index)).join('\n\n')}\n`
  writeFileSync(join(dir, 'deep.txt'), text)
  const ids = parseEssay(text, {file: 'deep.txt', key: 'deep'}).claims.map(claim => claim.id)
  const lines = ['essays:', '  deep: deep.txt', 'links:']
  for (let index = 1; index < ids.length; index++) lines.push(`  - ${ids[index]} rebuts ${ids[index - 1]}`)
  writeFileSync(join(dir, 'map.yaml'), `${lines.join('\n')}\n`)
  return dir
}

/** Maps: the bench's generated projects at 1×, 4× and 16× links, each command on one core with a lock file. */
export async function benchMapScaling(report, {sizes = [6_250, 25_000, 100_000]} = {}) {
  const {generate} = await import('./map.js')
  for (const links of sizes) {
    const {dir, map} = generate(links, Math.max(6, Math.round(links / 1000)))
    // A lock file, as every map that was ever linked or fixed has.
    measure([cli, 'check', map, '--fix'], {allowFailure: true})
    const commands = [
      ['check', ['check', map]],
      ['show --print', ['show', map, '--print']],
      ['show --json', ['show', map, '--json']],
      ['export md', ['export', map]]
    ]
    for (const [name, args] of commands) {
      const cold = measure([cli, ...args], {
        oneCore: true,
        env: {XDG_CACHE_HOME: join(dir, 'cold')},
        allowFailure: true
      })
      rmSync(join(dir, 'cold'), {recursive: true, force: true})
      report(
        `map ${links / 1000}k links: ${name} (one core)`,
        `${cold.status === 0 ? '' : `exit ${cold.status}: `}${(cold.ms / 1000).toFixed(2)} s, peak ${cold.peak.toFixed(0)} MiB`
      )
    }
    rmSync(dir, {recursive: true, force: true})
  }
}

/** Depth and length: a 100k-deep rebuttal chain shown and exported, and one 5 MB token printed. */
export async function benchExtremes(report, {depth = 100_000, token = 5 * MiB} = {}) {
  const dir = await deepChain(depth)
  for (const [name, args] of [
    ['check', ['check', 'map.yaml']],
    ['show --print', ['show', 'map.yaml', '--print']],
    ['show --json', ['show', 'map.yaml', '--json']],
    ['export md', ['export', 'map.yaml']]
  ]) {
    const run = measure([cli, ...args], {
      cwd: dir,
      allowFailure: true,
      env: {XDG_CACHE_HOME: join(dir, 'cache')}
    })
    const why =
      run.status === 0
        ? ''
        : ` (exit ${run.status}: ${run.stderr.split('\n').find(line => line.startsWith('argmap') || /error/iu.test(line)) ?? ''})`
    report(
      `chain ${depth / 1000}k deep: ${name}`,
      `${(run.ms / 1000).toFixed(2)} s, peak ${run.peak.toFixed(0)} MiB${why}`
    )
  }
  rmSync(dir, {recursive: true, force: true})
  const long = fresh()
  mkdirSync(long, {recursive: true})
  writeFileSync(join(long, 'token.txt'), `A Title\n\nOne sentence before ${'x'.repeat(token)} and after.\n`)
  const run = measure([cli, 'show', 'token.txt', '--print'], {cwd: long, allowFailure: true})
  report(
    `one ${(token / MiB).toFixed(0)} MB token: show --print`,
    `${(run.ms / 1000).toFixed(2)} s, peak ${run.peak.toFixed(0)} MiB${run.status === 0 ? '' : ` (exit ${run.status})`}`
  )
  rmSync(long, {recursive: true, force: true})
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = (name, figure) => console.log(`${name.padEnd(56)} ${figure}`)
  const only = process.argv[2]
  console.log(`node ${process.version}, ${new Date().toISOString()}\n`)
  if (!only || only === 'startup') benchStartup(report)
  if (!only || only === 'essays') benchEssayScaling(report)
  if (!only || only === 'corpus') benchCorpusScaling(report)
  if (!only || only === 'maps') await benchMapScaling(report)
  if (!only || only === 'extremes') await benchExtremes(report)
}
