import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Worker} from 'node:worker_threads'
import {loadMarkdownReader} from '../../src/essay/load-markdown.js'
import {parseEssay} from '../../src/essay/parse-essay.js'
import type {ParseJob} from '../../src/essay/parse-worker.js'
import {argmap} from '../helpers/cli.js'
import {root, seedText} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

describe('a map over essays too large for one thread', () => {
  it('parses them across threads with the same claims as one thread', () => {
    const dir = tempDir('large')
    writeFileSync(join(dir, 'package.json'), '{}')
    mkdirSync(join(dir, 'essays'))
    // Three essays of about 1 MB each: more than the threshold for a worker thread.
    const texts = ['dimaio', 'deragon', 'benckenstein'] as const
    const keys = ['one', 'two', 'three']
    for (const [index, name] of texts.entries())
      writeFileSync(
        join(dir, 'essays', `${keys[index]}.txt`),
        seedText(name).repeat(Math.ceil(1_000_000 / seedText(name).length))
      )
    const claims = keys.map(
      key =>
        parseEssay(readFileSync(join(dir, 'essays', `${key}.txt`), 'utf8'), {
          file: `${key}.txt`,
          key,
          unnamedAuthor: `the author of “${key}”`
        }).claims
    )
    const last = claims[2]!.at(-1)!
    const first = claims[0]![0]!
    writeFileSync(
      join(dir, 'map.yaml'),
      `${[
        'essays:',
        ...keys.map(key => `  ${key}: essays/${key}.txt`),
        'links:',
        `  - ${last.id} rebuts ${first.id}`,
        `  - ${claims[1]![5]!.id} supports ${last.id}`
      ].join('\n')}\n`
    )

    const run = argmap(['show', join(dir, 'map.yaml'), '--json'])
    expect(run.stderr).toBe('')
    const forest = JSON.parse(run.stdout)
    expect(forest.claims[last.id]).toMatchObject({text: last.text, speaker: last.speaker, line: last.line})
    expect(forest.claims[first.id].text).toBe(first.text)
    expect(argmap(['check', join(dir, 'map.yaml')]).stderr).toContain('0 errors')
  }, 120_000)
})

describe('the parse worker', () => {
  it('parses in its own thread exactly as this thread does: tested itself, with no fallback to hide it', async () => {
    const jobs: ParseJob[] = [
      {text: seedText('dimaio'), options: {file: 'dimaio.txt', key: 'dimaio'}},
      {
        text: '---\ntitle: A Note\nauthor: Ann Note\n---\n\nMeetings are *rarely* useful. Write things down.\n',
        options: {file: 'note.md'}
      }
    ]
    const worker = new Worker(`${root}dist/parse-worker.js`)
    try {
      const essays = await new Promise((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
        worker.postMessage(jobs)
      })
      const markdown = await loadMarkdownReader()
      expect(essays).toEqual(jobs.map(job => parseEssay(job.text, {...job.options, markdown})))
    } finally {
      await worker.terminate()
    }
  })
})
