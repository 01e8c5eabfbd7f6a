// Decodes an HTML page's bytes by the charset it declares: BOM, then <meta charset>, else UTF-8 or Windows-1252.

/** Bytes of the head the charset is looked for in (the HTML standard's prescan reads 1024). */
const prescanLength = 4096

/**
 * The page's text. A BOM wins, then a charset the transport stated (a fetched page's
 * Content-Type), then `<meta charset>` or `http-equiv` in the first bytes; without one,
 * UTF-8 if the bytes are valid UTF-8, else Windows-1252 (which the web reads Latin-1 as).
 */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string): string {
  const bom = bomEncoding(bytes)
  if (bom) return new TextDecoder(bom).decode(bytes)
  const declared = usableLabel(transportCharset) ?? usableLabel(metaCharset(bytes))
  if (declared) return decode(bytes, declared)
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return decode(bytes, 'windows-1252')
  }
}

/** Windows-1252's characters at 0x80–0x9F (Node's TextDecoder reads that label as Latin-1 and leaves control codes). */
const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes)
  if (encoding !== 'windows-1252') return text
  return text.replace(/[\u0080-\u009f]/gu, char => windows1252[char.charCodeAt(0) - 0x80]!)
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** The charset a `<meta>` in the page's head declares, if any. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, prescanLength))
  for (const match of head.matchAll(/<meta\b[^>]*>/giu)) {
    const tag = match[0]
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag)
    if (charset) return charset[1]
  }
  return undefined
}

/**
 * A label TextDecoder knows, as the HTML standard reads it: a page that says UTF-16 in its
 * markup is in fact ASCII-compatible, so it is read as UTF-8.
 */
function usableLabel(label: string | undefined): string | undefined {
  if (!label) return undefined
  try {
    const encoding = new TextDecoder(label.trim()).encoding
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding
  } catch {
    return undefined
  }
}
