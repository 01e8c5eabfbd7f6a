// Parses many essays at once: unchanged ones read back from the parse cache, a share of the rest in a worker
// thread when there is enough text and a core for it.

import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {loadReaders} from './load-readers.js'
import {cacheKey, type ParseCache, readCached, writeCached} from './parse-cache.js'
import {formatOf} from './essay-format.js'
import type {Worker} from 'node:worker_threads'
import type {ParseJob} from './parse-worker.js'
import type {Essay} from './types.js'

/** Below this much text, starting a worker costs more than it saves. */
const workerThreshold = 2 * 2 ** 20

/** Parse every job, in order, through the cache when there is one. */
export async function parseMany(jobs: ParseJob[], cache?: ParseCache): Promise<Essay[]> {
  if (!cache) return parseFresh(jobs)
  const keys = jobs.map(job => cacheKey(cache, job))
  const essays = keys.map(key => readCached(cache, key))
  const missing = jobs.flatMap((job, index) => (essays[index] ? [] : [{job, index}]))
  const parsed = await parseFresh(missing.map(each => each.job))
  // Stored before the caller sees them: callers may change the essays they get.
  writeCached(
    cache,
    missing.map(({index}, position) => ({key: keys[index]!, essay: parsed[position]!}))
  )
  missing.forEach(({index}, position) => {
    essays[index] = parsed[position]
  })
  return essays as Essay[]
}

/** Parse every job, in order. Falls back to this thread when no worker can be had. */
async function parseFresh(jobs: ParseJob[]): Promise<Essay[]> {
  const size = jobs.reduce((total, job) => total + job.text.length, 0)
  const worker = size >= workerThreshold && availableParallelism() > 1 ? workerFile() : undefined
  if (!worker) return parseHere(jobs)
  // The worker takes the second half (by size) while this thread parses the first.
  let half = 0
  for (let running = 0; half < jobs.length && running < size / 2; half++) running += jobs[half]!.text.length
  const rest = jobs.slice(half)
  if (rest.length === 0) return parseHere(jobs)
  // Loaded only by the runs with that much text, and before this thread gets busy.
  const {Worker} = await import('node:worker_threads')
  const there = inWorker(Worker, worker, rest).catch(() => parseHere(rest))
  const here = await parseHere(jobs.slice(0, half))
  return [...here, ...(await there)]
}

async function parseHere(jobs: ParseJob[]): Promise<Essay[]> {
  if (jobs.length === 0) return []
  // The reader itself is loaded only when an essay is not in the cache.
  const [{parseEssay}, readers] = await Promise.all([
    import('./parse-essay.js'),
    loadReaders(jobs.map(job => job.options.format ?? formatOf(job.options.file)))
  ])
  return jobs.map(job => parseEssay(job.text, {...job.options, ...readers}))
}

function inWorker(Thread: typeof Worker, file: string, jobs: ParseJob[]): Promise<Essay[]> {
  return new Promise((resolve, reject) => {
    const worker = new Thread(file)
    worker.once('message', (essays: Essay[]) => {
      resolve(essays)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.postMessage(jobs)
  })
}

/** The built worker script (dist/parse-worker.js); absent when running from the TypeScript source, which then stays on one thread. */
function workerFile(): string | undefined {
  for (const candidate of ['./parse-worker.js', '../parse-worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}
