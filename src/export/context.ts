// What every export format needs besides the forest: where the output goes, for relative links.

import {dirname, relative, resolve} from 'node:path'
import type {ClaimNode} from '../graph/build-graph.js'

export interface ExportContext {
  /** The output file, or undefined for standard output (links are then relative to the cwd). */
  outFile?: string
  cwd: string
}

/** `../seeds/file.txt#L12`: the claim's source, relative to where the export is written. */
export function sourceLink(claim: ClaimNode, context: ExportContext): string | undefined {
  if (!claim.file) return undefined
  const from = context.outFile ? dirname(resolve(context.cwd, context.outFile)) : context.cwd
  const path = relative(from, resolve(context.cwd, claim.file)).split('\\').join('/')
  return `${path}#L${claim.line}`
}
