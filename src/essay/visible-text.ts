// A block's visible text: the values of its mdast text nodes, each mapped back to offsets in the file.

import type {Node} from 'mdast'

/**
 * A stretch of visible text and the source it came from. Exact when the stretch is the
 * source character for character (`to - from === end - start`); otherwise every character
 * of it stands for the whole source stretch (an entity, an escape).
 */
interface Run {
  /** Offsets in the visible text. */
  from: number
  to: number
  /** Offsets in the file. */
  start: number
  end: number
}

/** What a reader sees of a block, and where each character of it stands in the file. */
export interface VisibleText {
  text: string
  runs: Run[]
}

interface Positioned {
  type: string
  value?: unknown
  alt?: unknown
  children?: unknown
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/** Inline nodes that show nothing a claim should carry: images, raw markup, footnote marks. */
const invisible = new Set(['image', 'imageReference', 'html', 'footnoteReference', 'definition'])
/** How far ahead the alignment looks for a visible character in its source (escapes, entities). */
const lookahead = 12

/**
 * The visible text of a block node. Nodes without a position (a reader that does not place
 * its text nodes) take the position of the nearest ancestor that has one.
 */
export function visibleText(node: Node, source: string): VisibleText {
  const visible: VisibleText = {text: '', runs: []}
  const own = offsetsOf(node as Positioned)
  collect(node as Positioned, own ?? {start: 0, end: 0}, source, visible)
  return visible
}

function collect(node: Positioned, around: {start: number; end: number}, source: string, into: VisibleText) {
  if (invisible.has(node.type)) return
  const span = offsetsOf(node) ?? around
  if (node.type === 'break') return append(into, '\n', span, source)
  if (typeof node.value === 'string') return append(into, node.value, span, source)
  if (Array.isArray(node.children))
    for (const child of node.children as Positioned[]) collect(child, span, source, into)
}

function offsetsOf(node: Positioned): {start: number; end: number} | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return typeof start === 'number' && typeof end === 'number' ? {start, end} : null
}

/** Add a node's value, aligned to its source slice. */
function append(into: VisibleText, value: string, span: {start: number; end: number}, source: string) {
  if (value === '') return
  const base = into.text.length
  into.text += value
  const slice = source.slice(span.start, span.end)
  if (slice === value) {
    into.runs.push({from: base, to: base + value.length, start: span.start, end: span.end})
    return
  }
  // The value differs from its source (an escape, an entity, stripped indentation, code
  // marks): walk both, matching characters and skipping source that shows nothing.
  let at = slice.indexOf(value)
  if (at !== -1) {
    into.runs.push({
      from: base,
      to: base + value.length,
      start: span.start + at,
      end: span.start + at + value.length
    })
    return
  }
  at = 0
  let run: Run | undefined
  for (let i = 0; i < value.length; i++) {
    const found = indexWithin(slice, value[i]!, at)
    if (
      found === at &&
      run &&
      run.to === base + i &&
      run.end === span.start + at &&
      run.to - run.from === run.end - run.start
    ) {
      run.to++
      run.end++
      at++
      continue
    }
    if (found !== -1) {
      run = {from: base + i, to: base + i + 1, start: span.start + found, end: span.start + found + 1}
      at = found + 1
    } else {
      // Shown but not written as such (an entity's character): it stands for the source up to
      // the next character that is.
      const next = i + 1 < value.length ? indexWithin(slice, value[i + 1]!, at) : -1
      const end = next === -1 ? Math.min(at + 1, slice.length) : next
      run = {from: base + i, to: base + i + 1, start: span.start + at, end: span.start + Math.max(end, at)}
      at = Math.max(end, at)
    }
    into.runs.push(run)
  }
}

function indexWithin(slice: string, char: string, from: number): number {
  const found = slice.indexOf(char, from)
  return found !== -1 && found - from <= lookahead ? found : -1
}

/** The run that holds visible offset `offset` (the last run for the end of the text). */
function runAt(visible: VisibleText, offset: number): Run | undefined {
  const runs = visible.runs
  let low = 0
  let high = runs.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (runs[mid]!.from <= offset) low = mid
    else high = mid - 1
  }
  return runs[low]
}

/** The file offsets of the visible text `[from, to)`. */
export function sourceSpan(visible: VisibleText, from: number, to: number): {start: number; end: number} {
  const first = runAt(visible, from)
  const last = runAt(visible, Math.max(from, to - 1))
  if (!first || !last) return {start: 0, end: 0}
  const exact = (run: Run) => run.to - run.from === run.end - run.start
  const start = exact(first) ? first.start + (from - first.from) : first.start
  const end = exact(last) ? last.start + (to - last.from) : last.end
  return {start, end: Math.max(start, end)}
}
