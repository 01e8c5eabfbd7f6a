// A worker thread that parses essays, so a map's essays are split across the machine's cores.

import {parentPort} from 'node:worker_threads'
import {loadReaders} from './load-readers.js'
import {formatOf} from './essay-format.js'
import {parseEssay, type ParseOptions} from './parse-essay.js'

/** One essay to parse: its text and the options, less the readers (a function cannot cross threads). */
export type ParseJob = {text: string; options: Omit<ParseOptions, 'markdown' | 'html'>}

parentPort?.on('message', async (jobs: ParseJob[]) => {
  const readers = await loadReaders(jobs.map(job => job.options.format ?? formatOf(job.options.file)))
  parentPort!.postMessage(jobs.map(job => parseEssay(job.text, {...job.options, ...readers})))
})
