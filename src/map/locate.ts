// Places values of the map file: resolves a path to its source range with the yaml package.

import {isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Node} from 'yaml'
import {error, type Problem} from './problem.js'
import type {MapPath} from './types.js'

/** What to find: a value by path, its key instead, or a part of its scalar. */
export interface Target {
  path: MapPath
  onKey?: boolean
  within?: [number, number]
}

/** Finds source ranges in one map text, and turns offsets into lines and columns. */
export interface Locator {
  range(target: Target): [number, number] | undefined
  point(offset: number): {line: number; column: number}
}

/** Parse `text` once (slowly, with every position) to answer where its values stand. */
export function locator(text: string): Locator {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, keepSourceTokens: false, uniqueKeys: false})
  return {
    range: target => rangeOf(document.contents as Node | null, target, text),
    point(offset) {
      const {line, col} = lineCounter.linePos(offset)
      return {line, column: col}
    }
  }
}

/** Give each problem without a place its start and end, reading the YAML again with every position. */
export function placeProblems(text: string, problems: Problem[]): Problem[] {
  const locate = locator(text)
  return problems.map(problem => {
    if (problem.start || problem.file) return problem
    const range = locate.range(problem)
    return range
      ? {...problem, start: locate.point(range[0]), end: locate.point(range[1])}
      : {...problem, start: {line: 1, column: 1}}
  })
}

/** The source range of the node at the target's path (its key, or a part of a scalar). */
function rangeOf(root: Node | null, target: Target, text: string): [number, number] | undefined {
  let node: unknown = root
  let keyNode: unknown
  for (const step of target.path) {
    if (isMap(node)) {
      const pair = node.items.find(
        item => (isScalar(item.key) ? String(item.key.value) : item.key) === String(step)
      )
      if (!pair) break
      keyNode = pair.key
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number') {
      keyNode = undefined
      node = node.items[step]
    } else break
  }
  const found = (target.onKey ? keyNode : node) as Node | undefined
  if (!found?.range) return undefined
  const [start, end] = found.range
  if (target.within && isScalar(found)) {
    // Plain scalars start at their value; quoted ones one character later.
    const quote = text[start] === '"' || text[start] === "'" ? 1 : 0
    return [start + quote + target.within[0], start + quote + target.within[1]]
  }
  return [start, end]
}

/** A map that ends inside a quoted value: the problem placed where that quote opens, if the lexer finds it. */
export function unclosedQuoteProblem(text: string, quote: "'" | '"'): Problem | undefined {
  let offset = 0
  let opening: number | undefined
  for (const token of new Lexer().lex(text)) {
    // The lexer marks documents and scalars with control characters that are not in the text.
    if (/^[\u0002\u0018\u001f]$/u.test(token)) continue
    if (token.startsWith(quote) && offset + token.length >= text.length) opening = offset
    offset += token.length
  }
  if (opening === undefined) return undefined
  const before = text.slice(0, opening)
  const kind = quote === "'" ? 'single' : 'double'
  return {
    ...error('yaml-syntax', [], `YAML syntax: this ${kind}-quoted value is never closed`),
    hint: `end it with ${quote} on this line, or drop the opening quote`,
    start: {line: before.split('\n').length, column: opening - before.lastIndexOf('\n')}
  }
}
