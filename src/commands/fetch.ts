// `argmap fetch <url>`: saves a web page as a snapshot that records its address and retrieval time.

import {existsSync} from 'node:fs'
import {basename} from 'node:path'
import {defaultLimits, fetchPage} from '../essay/html/fetch-page.js'
import {snapshotComment} from '../essay/html/snapshot.js'
import {InputError, UsageError} from '../util/errors.js'
import {sanitizeLine} from '../util/sanitize.js'
import {writeText} from '../util/write-text.js'

export interface FetchOptions {
  output?: string
  force?: boolean
  /** Seconds. */
  timeout?: number
  /** Megabytes. */
  maxSize?: number
}

/** Fetch the page and save it; the file name comes from the address unless `-o` names one. */
export async function fetchCommand(address: string, options: FetchOptions): Promise<number> {
  const limits = {
    ...defaultLimits,
    ...(options.timeout ? {timeout: options.timeout * 1000} : {}),
    ...(options.maxSize ? {maxBytes: options.maxSize * 2 ** 20} : {})
  }
  if (options.output) refuseExisting(options.output, options.force)
  const page = await fetchPage(address, limits)
  const retrieved = new Date().toISOString().replace(/\.\d+Z$/u, 'Z')
  const output = options.output ?? `${stemFor(page.url)}.${page.kind === 'html' ? 'html' : 'txt'}`
  refuseExisting(output, options.force)
  if (page.kind === 'html' && !/\.x?html?$/iu.test(output))
    throw new UsageError(
      `${output}: a web page is saved as .html`,
      `name the file ${basename(output).replace(/\.[^.]*$/u, '')}.html`
    )
  if (page.kind === 'text' && !/\.txt$/iu.test(output))
    throw new UsageError(
      `${output}: plain text is saved as .txt`,
      `name the file ${basename(output).replace(/\.[^.]*$/u, '')}.txt`
    )
  // Saved as UTF-8 whatever the page's charset: the byte-order mark says so over any <meta charset>.
  const text =
    page.kind === 'html' ? `\uFEFF${snapshotComment({url: page.url, retrieved})}${page.text}` : page.text
  await writeText(output, text)
  if (page.kind === 'text')
    await writeText(`${output}.source`, `source: ${page.url}\nretrieved: ${retrieved}\n`)
  process.stderr.write(`${sanitizeLine(output)}: saved ${sanitizeLine(page.url)} (${retrieved})\n`)
  return 0
}

function refuseExisting(output: string, force: boolean | undefined) {
  if (existsSync(output) && !force)
    throw new InputError(
      'already exists; nothing was saved',
      'pass --force to replace it, or -o to name another file',
      output
    )
}

/** `https://example.com/2024/why-meetings-fail/` → `why-meetings-fail` (the address is valid: fetched already). */
export function stemFor(address: string): string {
  const url = new URL(address)
  const segment = url.pathname.split('/').filter(Boolean).pop() ?? ''
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {}
  const stem = decoded
    .replace(/\.(?:x?html?|php|aspx?|jsp|txt)$/iu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
  return stem || url.hostname.replace(/^www\./u, '').replace(/[^a-z0-9]+/giu, '-')
}
