import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {argmap, type Run} from '../helpers/cli.js'
import {root} from '../helpers/seeds.js'

const fixture = (name: string) => `test/fixtures/essays/html/${name}.html`
const scratch = mkdtempSync(join(tmpdir(), 'argmap-html-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('argmap show <page>.html', () => {
  it('prints the article’s title, author and claims with their place in the HTML', () => {
    const run = argmap(['show', fixture('wordpress'), '--json'])
    expect(run.status).toBe(0)
    const essay = JSON.parse(run.stdout)
    expect(essay.format).toBe('html')
    expect(essay.title).toBe('Why meetings fail')
    expect(essay.author).toBe('Jane Roe')
    const claim = essay.claims.find((each: {text: string}) =>
      each.text.startsWith('That is the whole problem')
    )
    expect(claim).toMatchObject({
      text: 'That is the whole problem, and it is easy to fix & cheap.',
      line: 10,
      column: 56
    })
    for (const each of essay.claims) expect(each.text).not.toMatch(/<\/?[a-z]+[ >]|&amp;/u)
  })

  it('reads a Windows-1252 page by its <meta charset>', () => {
    const run = argmap(['show', fixture('windows-1252')])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Café culture')
    expect(run.stdout).toContain('Naïve managers think a café fixes culture – it does not.')
  })

  it('accepts .htm and .xhtml, and says so when an HTML file is empty', () => {
    const page = readFileSync(fixture('h-entry'), 'utf8')
    for (const name of ['page.htm', 'page.xhtml']) {
      writeFileSync(join(scratch, name), page)
      expect(argmap(['show', join(scratch, name)]).stdout).toContain('Reviews are not approvals')
    }
    writeFileSync(join(scratch, 'empty.html'), '  \n')
    const run = argmap(['show', join(scratch, 'empty.html')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('empty.html: is empty')
  })
})

/** A local server whose pages the tests set, recording the headers it was sent. */
let server: Server
let base = ''
const seen: IncomingHttpHeaders[] = []
const routes: Record<
  string,
  (respond: (status: number, headers: Record<string, string>, body?: string | Buffer) => void) => void
> = {
  '/essays/why-meetings-fail/': respond =>
    respond(200, {'content-type': 'text/html; charset=utf-8'}, readFileSync(fixture('wordpress'))),
  '/latin': respond => respond(200, {'content-type': 'text/html'}, readFileSync(fixture('windows-1252'))),
  '/moved': respond => respond(301, {location: '/essays/why-meetings-fail/'}),
  '/loop': respond => respond(302, {location: '/loop'}),
  '/report.pdf': respond => respond(200, {'content-type': 'application/pdf'}, '%PDF-1.4'),
  '/big': respond => respond(200, {'content-type': 'text/html'}, `<p>${'x'.repeat(2 * 2 ** 20)}</p>`),
  '/gone': respond => respond(404, {'content-type': 'text/html'}, 'no'),
  '/notes.txt': respond => respond(200, {'content-type': 'text/plain'}, 'Plain words.\n'),
  '/slow': () => {}
}

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers)
    const route = routes[request.url ?? '']
    if (!route) return response.writeHead(404).end()
    route((status, headers, body) => response.writeHead(status, headers).end(body))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

/** The CLI, run without blocking this process (the server answers from it). */
function run(args: string[], cwd = scratch): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [`${root}bin/argmap.js`, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: ''}
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', status => resolve({status, stdout, stderr}))
  })
}

describe('argmap fetch <url>', () => {
  it('saves a snapshot recording the address and time, which show and init read back', async () => {
    const fetched = await run(['fetch', `${base}/moved`])
    expect(fetched.stderr).toContain('why-meetings-fail.html: saved')
    expect(fetched.status).toBe(0)
    const saved = readFileSync(join(scratch, 'why-meetings-fail.html'), 'utf8')
    expect(saved).toMatch(
      new RegExp(
        `^\\uFEFF<!-- argmap snapshot: source=${base}/essays/why-meetings-fail/ retrieved=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ -->\\n<!doctype html>`,
        'u'
      )
    )
    const shown = await run(['show', 'why-meetings-fail.html', '--width', '200'])
    expect(shown.stdout).toContain(`from ${base}/essays/why-meetings-fail/, retrieved 20`)
    expect(shown.stdout).toContain('Most meetings fail because nobody owns the outcome.')
    mkdirSync(join(scratch, 'maps'), {recursive: true})
    const init = await run(['init', 'maps/meetings.yaml', 'why-meetings-fail.html'])
    expect(init.status).toBe(0)
    expect(readFileSync(join(scratch, 'maps/meetings.yaml'), 'utf8')).toContain('roe/meetings-fail-nobody')
    const headers = seen.at(-1)!
    expect(headers['user-agent']).toMatch(/^argmap\//u)
    expect(headers.cookie).toBeUndefined()
  })

  it('stores a page in another charset as UTF-8 that reads back the same', async () => {
    expect((await run(['fetch', `${base}/latin`, '-o', 'latin.html'])).status).toBe(0)
    expect((await run(['show', 'latin.html'])).stdout).toContain(
      'Naïve managers think a café fixes culture – it does not.'
    )
  })

  it('saves plain text as .txt with the record beside it', async () => {
    expect((await run(['fetch', `${base}/notes.txt`])).status).toBe(0)
    expect(readFileSync(join(scratch, 'notes.txt'), 'utf8')).toBe('Plain words.\n')
    expect(readFileSync(join(scratch, 'notes.txt.source'), 'utf8')).toMatch(
      `source: ${base}/notes.txt\nretrieved: 20`
    )
  })

  it.each([
    ['/report.pdf', 'is application/pdf, not a web page'],
    ['/loop', 'redirected more than 5 times'],
    ['/gone', 'the server answered 404 Not Found'],
    ['/big --max-size 1', 'is larger than 1 MB'],
    ['/slow --timeout 0.5', 'did not answer within 0.5 s']
  ])('refuses %s clearly, writing nothing', async (path, message) => {
    const [address, ...options] = path.split(' ')
    const result = await run(['fetch', `${base}${address}`, '-o', 'refused.html', ...options])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('hint:')
    expect(existsSync(join(scratch, 'refused.html'))).toBe(false)
  })

  it('is a usage error for what is not an http address, and never overwrites without --force', async () => {
    const ftp = await run(['fetch', 'ftp://127.0.0.1/x'])
    expect(ftp.status).toBe(2)
    expect(ftp.stderr).toContain('is not an http or https address')
    writeFileSync(join(scratch, 'kept.html'), 'mine')
    const again = await run(['fetch', `${base}/latin`, '-o', 'kept.html'])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('kept.html: already exists')
    expect(readFileSync(join(scratch, 'kept.html'), 'utf8')).toBe('mine')
  })
})
