/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'

// The HTML export in a real browser: Debian's chromium, driven by playwright-core (no download).
// ARGMAP_SCREENSHOT=<file.png> keeps a screenshot of the page to look at.

const hostile = {
  script: '<script>window.__pwned = "script"</script> Managers must <b>listen</b>.',
  handler: 'Teams decide faster <img src=x onerror="window.__pwned = \'onerror\'"> than managers.',
  link: 'Read [this](javascript:window.__pwned=1) and <a href="javascript:window.__pwned=2">that</a> first.',
  breakout: '"></p></li></ul><svg onload="window.__pwned = \'svg\'"></svg> Structure stays.'
}

let browser: Browser
let dir: string

beforeAll(async () => {
  browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
  dir = mkdtempSync(join(tmpdir(), 'argmap-html-'))
})

afterAll(async () => {
  await browser?.close()
  rmSync(dir, {recursive: true, force: true})
})

/** Open an exported page and record what would betray an injection: dialogs, requests, errors. */
async function open(file: string): Promise<{page: Page; requests: string[]; dialogs: string[]}> {
  const page = await browser.newPage({viewport: {width: 1100, height: 900}})
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', request => {
    if (!request.url().startsWith('data:')) requests.push(request.url())
  })
  page.on('dialog', dialog => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(pathToFileURL(file).href)
  await page.waitForLoadState('load')
  return {page, requests, dialogs}
}

describe('the HTML export in a browser', () => {
  it('shows the flagship debate: thesis headings, nested trees, speakers, sources and the drawn map', async () => {
    const out = join(dir, 'flagship.html')
    expect(argmap(['export', 'maps/social-media.yaml', '-o', out]).status).toBe(0)
    const {page, requests} = await open(out)
    expect(await page.title()).toBe('Social media and the organization')
    const headings = await page.locator('h2').allInnerTexts()
    expect(headings[0]).toBe(
      'Thesis 1: “In the post Seth’s Blog: The reason social media is so difficult for most organizations…” (Seth Godin)'
    )
    expect(headings.slice(-3)).toEqual(['Map', 'Speakers', 'Sources'])
    // The first thesis's tree: Börjesson's rebuttal nested under Godin's claim, marked and labelled.
    const rebuttal = page.locator('#claim-1\\.1')
    expect(await rebuttal.locator(':scope > p:first-child').innerText()).toMatch(
      /^✘ P A Martin Börjesson: In my view it has much more todo .* ▼ against the thesis, stands borjesson\/view-todo-social$/u
    )
    expect(await page.locator('#claim-1 > ul > li.claim').count()).toBe(3)
    expect(await page.locator('li.claim').count()).toBeGreaterThan(33)
    expect(await page.locator('section.sources tbody tr').count()).toBe(5)
    const map = page.locator('section.map img')
    expect(await map.evaluate(image => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(500)
    expect(requests).toEqual([pathToFileURL(out).href])
    const screenshot = await page.screenshot({fullPage: false})
    expect(screenshot.subarray(1, 4).toString()).toBe('PNG')
    if (process.env.ARGMAP_SCREENSHOT) writeFileSync(process.env.ARGMAP_SCREENSHOT, screenshot)
    await page.close()
  })

  it('keeps hostile claim text inert: shown as text, no script run, no element injected', async () => {
    writeFileSync(join(dir, 'package.json'), '{}')
    const claim = (id: string, text: string, author: string) =>
      `  h/${id}:\n    text: ${JSON.stringify(text)}\n    author: ${JSON.stringify(author)}`
    writeFileSync(
      join(dir, 'hostile.yaml'),
      [
        `title: ${JSON.stringify('</title><script>window.__pwned = "title"</script>Hostile')}`,
        'essays: {}',
        'claims:',
        claim('thesis', hostile.script, '<i onmouseover="window.__pwned=1">Mallory</i>'),
        claim('handler', hostile.handler, 'Eve'),
        claim('link', hostile.link, 'Eve'),
        claim('breakout', hostile.breakout, 'Trudy'),
        'links:',
        '  - from: h/handler',
        '    rebuts: h/thesis',
        `    note: ${JSON.stringify('<script>window.__pwned = "note"</script>')}`,
        '  - h/link supports h/thesis',
        '  - h/breakout rebuts h/handler',
        ''
      ].join('\n')
    )
    const out = join(dir, 'hostile.html')
    const run = argmap(['export', join(dir, 'hostile.yaml'), '-o', out])
    expect(run.status, run.stderr).toBe(0)
    const {page, requests, dialogs} = await open(out)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([pathToFileURL(out).href])
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('main img, main svg, main b, main i').count()).toBe(1) // the drawn map
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap(element =>
        [...element.attributes]
          .filter(attribute => attribute.name.startsWith('on'))
          .map(attribute => attribute.name)
      )
    )
    expect(handlers).toEqual([])
    // Every hostile text reads back exactly, as text.
    const texts = await page.locator('span.text').allInnerTexts()
    expect(texts.sort()).toEqual(Object.values(hostile).sort())
    expect(await page.title()).toBe('</title><script>window.__pwned = "title"</script>Hostile')
    expect(await page.locator('p.note').innerText()).toBe('Note: <script>window.__pwned = "note"</script>')
    expect(await page.locator('li.claim').count()).toBe(4)
    expect(readFileSync(out, 'utf8')).not.toMatch(/<script/iu)
    await page.close()
  })
})
