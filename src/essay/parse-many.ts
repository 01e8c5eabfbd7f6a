// Parses many essays at once: a share of them in a worker thread when there is enough text and a core for it.

import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {loadReaders} from './load-readers.js'
import {formatOf, parseEssay} from './parse-essay.js'
import type {ParseJob} from './parse-worker.js'
import type {Essay} from './types.js'

/** Below this much text, starting a worker costs more than it saves. */
const workerThreshold = 2 * 2 ** 20

/** Parse every job, in order. Falls back to this thread when no worker can be had. */
export async function parseMany(jobs: ParseJob[]): Promise<Essay[]> {
  const size = jobs.reduce((total, job) => total + job.text.length, 0)
  const worker = size >= workerThreshold && availableParallelism() > 1 ? workerFile() : undefined
  if (!worker) return parseHere(jobs)
  // The worker takes the second half (by size) while this thread parses the first.
  let half = 0
  for (let running = 0; half < jobs.length && running < size / 2; half++) running += jobs[half]!.text.length
  const rest = jobs.slice(half)
  const there = inWorker(worker, rest).catch(() => parseHere(rest))
  const here = await parseHere(jobs.slice(0, half))
  return [...here, ...(await there)]
}

async function parseHere(jobs: ParseJob[]): Promise<Essay[]> {
  const readers = await loadReaders(jobs.map(job => job.options.format ?? formatOf(job.options.file)))
  return jobs.map(job => parseEssay(job.text, {...job.options, ...readers}))
}

function inWorker(file: string, jobs: ParseJob[]): Promise<Essay[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file)
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
