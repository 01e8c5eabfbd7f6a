// A worker thread that parses essays, so a map's essays are split across the machine's cores.

import {parentPort} from 'node:worker_threads'
import {loadMarkdownReader} from './load-markdown.js'
import {formatOf, parseEssay, type ParseOptions} from './parse-essay.js'

/** One essay to parse: its text and the options, less the Markdown reader (a function cannot cross threads). */
export type ParseJob = {text: string; options: Omit<ParseOptions, 'markdown'>}

parentPort?.on('message', async (jobs: ParseJob[]) => {
  const markdown = jobs.some(job => (job.options.format ?? formatOf(job.options.file)) === 'markdown')
    ? await loadMarkdownReader()
    : undefined
  parentPort!.postMessage(jobs.map(job => parseEssay(job.text, {...job.options, markdown})))
})
