// Fetches a web page for a snapshot: bounded in time, size and redirects; HTML and plain text only; no cookies.

import {InputError, UsageError} from '../../util/errors.js'
import {decodeHtml} from './decode.js'

/** Limits of one fetch. */
export interface FetchLimits {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeout: number
  /** Bytes of body accepted. */
  maxBytes: number
  /** Redirects followed before giving up. */
  maxRedirects: number
}

export const defaultLimits: FetchLimits = {timeout: 20_000, maxBytes: 25 * 2 ** 20, maxRedirects: 5}

/** A fetched page: its final address, its kind and its decoded text. */
export interface FetchedPage {
  url: string
  kind: 'html' | 'text'
  text: string
}

export const userAgent = 'argmap/0.1 (essay snapshot; +https://www.npmjs.com/package/argmap)'

/** Fetch `address`, following at most `maxRedirects` redirects, refusing what is not a page. */
export async function fetchPage(address: string, limits: FetchLimits = defaultLimits): Promise<FetchedPage> {
  let url = parseAddress(address)
  const signal = AbortSignal.timeout(limits.timeout)
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        credentials: 'omit',
        signal,
        headers: {'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.8'}
      })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        if (redirects >= limits.maxRedirects)
          throw new InputError(
            `redirected more than ${limits.maxRedirects} times`,
            'open the address in a browser to see where it leads, and fetch the final address',
            url.href
          )
        url = parseAddress(new URL(location, url).href)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new InputError(
          `the server answered ${response.status} ${response.statusText}`.trim(),
          'check the address; a page behind a login cannot be fetched (save it from the browser instead)',
          url.href
        )
      }
      const type = response.headers.get('content-type') ?? ''
      const kind = kindOf(type)
      if (!kind) {
        await response.body?.cancel()
        throw new InputError(
          `is ${type.split(';')[0] || 'of no stated type'}, not a web page`,
          'argmap fetches HTML pages and plain text; download other files some other way',
          url.href
        )
      }
      const bytes = await readCapped(response, limits.maxBytes, url.href)
      const charset = /charset\s*=\s*["']?([\w.:-]+)/iu.exec(type)?.[1]
      const text =
        kind === 'html' ? decodeHtml(bytes, charset) : new TextDecoder(charset ?? 'utf-8').decode(bytes)
      return {url: url.href, kind, text}
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as Error).name === 'TimeoutError' || signal.aborted)
      throw new InputError(
        `did not answer within ${limits.timeout / 1000} s`,
        'try again later, or raise --timeout',
        url.href
      )
    const cause = (error as {cause?: {code?: string; message?: string}}).cause
    throw new InputError(
      `could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      'check the address and the network connection',
      url.href
    )
  }
}

function parseAddress(address: string): URL {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new UsageError(
      `${address} is not a web address`,
      'give a full address such as https://example.com/post'
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${address} is not an http or https address`, 'argmap fetches web pages only')
  return url
}

function kindOf(contentType: string): FetchedPage['kind'] | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type === 'text/plain') return 'text'
  return undefined
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooBig = () =>
    new InputError(
      `is larger than ${Math.round(maxBytes / 2 ** 20)} MB`,
      'raise --max-size if the page really is that large',
      url
    )
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel()
    throw tooBig()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  if (response.body) {
    const reader = response.body.getReader()
    for (;;) {
      const {done, value} = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        throw tooBig()
      }
      chunks.push(value)
    }
  }
  return Buffer.concat(chunks)
}
