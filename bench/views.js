// The interactive debate view: time to the first full frame, and to redraw after a keystroke,
// on generated forests of 1k and 10k claims, drawn by Ink into an in-memory terminal.

import {PassThrough, Writable} from 'node:stream'
import {analyseMap} from '../dist/index.js'
import {ForestApp, createElement, render} from '../dist/views.js'
import {random} from './corpus.js'

/** A forest of `size` claims: each answers an earlier one, a tenth answer a second one too. */
function forest(size) {
  const next = random(size)
  const links = []
  const claims = new Map()
  const words =
    'organizations individuals managers communities purpose social media coordination change leadership'.split(
      ' '
    )
  const sentence = () =>
    `${Array.from({length: 8 + Math.floor(next() * 20)}, () => words[Math.floor(next() * words.length)]).join(
      ' '
    )}.`
  for (let index = 0; index < size; index++) {
    const id = `e${index % 50}/claim-${index}`
    claims.set(id, {
      id,
      text: sentence(),
      speaker: `Speaker ${index % 12}`,
      attributedTo: null,
      kind: 'claim',
      essay: `e${index % 50}`,
      file: 'x.txt',
      line: index + 1,
      column: 1
    })
    const answer = target =>
      links.push({
        from: id,
        to: target,
        relation: next() < 0.5 ? 'supports' : 'rebuts',
        path: ['links', links.length],
        fromPlace: {path: []},
        toPlace: {path: []}
      })
    const earlier = () => {
      const target = Math.floor(next() * index)
      return `e${target % 50}/claim-${target}`
    }
    if (index > 0) answer(earlier())
    if (index > 10 && next() < 0.1) answer(earlier())
  }
  const seen = new Set()
  const unique = links.filter(
    link =>
      link.from !== link.to && !seen.has(`${link.from} ${link.to}`) && seen.add(`${link.from} ${link.to}`)
  )
  return analyseMap({title: 'Generated', essays: [], claims: [], theses: [], links: unique}, claims)
}

/** An in-memory terminal: stdout that records when frames are written, stdin that takes keys. */
function terminal(columns = 120, rows = 40) {
  const writes = []
  const stdout = new Writable({
    write(_chunk, _encoding, done) {
      writes.push(performance.now())
      done()
    }
  })
  Object.assign(stdout, {columns, rows, isTTY: true})
  const stdin = new PassThrough()
  Object.assign(stdin, {isTTY: true, setRawMode() {}, ref() {}, unref() {}})
  return {stdout, stdin, writes}
}

const settle = () => new Promise(resolve => setTimeout(resolve, 150))

export async function benchViews(report) {
  for (const size of [1_000, 10_000]) {
    const debate = forest(size)
    const {stdout, stdin, writes} = terminal()
    const started = performance.now()
    const app = render(createElement(ForestApp, {forest: debate, file: 'generated.yaml'}), {
      stdout,
      stdin,
      patchConsole: false,
      exitOnCtrlC: false
    })
    await settle()
    const firstFrame = writes[0] - started
    const keys = []
    for (const key of ['j', 'j', '\u001B[B', 'j', '\u001B[A']) {
      const before = writes.length
      const pressed = performance.now()
      stdin.write(key)
      await settle()
      if (writes.length > before) keys.push(writes[before] - pressed)
    }
    app.unmount()
    keys.sort((a, b) => a - b)
    report(`view: ${size / 1000}k claims, first frame`, `${firstFrame.toFixed(0)} ms`)
    report(
      `view: ${size / 1000}k claims, keystroke redraw`,
      `${keys[Math.floor(keys.length / 2)].toFixed(0)} ms (median of ${keys.length})`
    )
  }
}
