// Makes untrusted text safe to print: no escape sequences, no control characters.

// CSI, OSC, DCS/SOS/PM/APC strings and lone ESC sequences, in 7-bit and 8-bit forms. A string
// left unterminated ends at the end of its line, so it cannot swallow the rest of a file.
const escapeSequence =
  // eslint-disable-next-line no-control-regex
  /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[^\u0007\u001B\u009C\n\r]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g
// Every other C0 and C1 control, DEL, and bidirectional overrides that can hide text.
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Whether a text holds any character `sanitize` may remove: every sequence starts with a control. */
// eslint-disable-next-line no-control-regex
const anyControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** Strip terminal escape sequences and control characters; keep newlines and tabs. */
export function sanitize(text: string): string {
  return anyControl.test(text) ? text.replace(escapeSequence, '').replace(control, '') : text
}

/** Sanitize and fold all whitespace, for one-line display. */
export function sanitizeLine(text: string): string {
  const clean = sanitize(text)
  // Most texts are one line with single spaces already: tested once, not copied twice.
  return unfolded.test(clean) ? clean.replace(/\s+/g, ' ').trim() : clean
}

/** White space that `sanitizeLine` changes: any but a single space between words. */
const unfolded = /[^\S ]| {2}|^ | $/u

/** Sanitize and fold whitespace to single spaces, keeping leading and trailing space. */
export function sanitizeInline(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ')
}

/**
 * Blank out escape sequences and control characters with spaces of the same length, so that
 * text can be parsed safely while every offset still points at the same place in the file.
 * A lone CR (old Mac files) ends a line as LF does: it becomes one, so line numbers stay true.
 */
export function blankControls(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length)
  return text
    .replace(/\r(?!\n)/g, '\n')
    .replace(escapeSequence, blank)
    .replace(control, match => (match === '\r' ? match : blank(match)))
}

/** What `JSON.stringify` leaves raw that a terminal may act on: DEL, C1 controls, bidirectional controls. */
// eslint-disable-next-line no-control-regex
const rawInJson = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/**
 * JSON for machines and files: every string value sanitized as the terminal output is, and any
 * control left in a key written as a `\u` escape, so no raw control reaches a reader.
 */
export function safeJson(data: unknown, indent = 2): string {
  return JSON.stringify(
    data,
    (_key, value) => (typeof value === 'string' ? sanitize(value) : value),
    indent
  ).replace(rawInJson, escapeRaw)
}

/** A control character as the `\\u` escape JSON allows for it. */
const escapeRaw = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * The text of `safeJson(data, indent)` in pieces: the entries of the first `levels` levels are
 * written one at a time, so a forest of 100k links is never one string of hundreds of megabytes.
 */
export function* safeJsonPieces(data: unknown, indent = 2, levels = 2, depth = 0): Generator<string> {
  const splittable =
    levels > 0 &&
    typeof data === 'object' &&
    data !== null &&
    typeof (data as {toJSON?: unknown}).toJSON !== 'function'
  if (!splittable) {
    // Nested values are indented from their own level: shift every line after the first.
    const text = safeJson(data, indent) ?? 'null'
    yield depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`)
    return
  }
  const array = Array.isArray(data)
  const entries = array
    ? data.map((value, index) => [String(index), value] as const)
    : Object.entries(data).filter(([, value]) => serialized(value))
  if (entries.length === 0) {
    yield array ? '[]' : '{}'
    return
  }
  // Without indentation JSON.stringify writes no line breaks and no space after a colon.
  const line = (level: number) => (indent > 0 ? `\n${' '.repeat(indent * level)}` : '')
  yield array ? '[' : '{'
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}${line(depth + 1)}${array ? '' : `${JSON.stringify(key).replace(rawInJson, escapeRaw)}:${indent > 0 ? ' ' : ''}`}`
    yield* safeJsonPieces(serialized(value) ? value : null, indent, levels - 1, depth + 1)
  }
  yield `${line(depth)}${array ? ']' : '}'}`
}

/** Whether JSON.stringify writes the value (in an object; in an array it writes null instead). */
const serialized = (value: unknown) =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
