// What every export format needs besides the forest: where the output goes, for relative links.

import {dirname, relative, resolve} from 'node:path'
import type {ClaimNode} from '../graph/build-graph.js'

export interface ExportContext {
  /** The output file, or undefined for standard output (links are then relative to the cwd). */
  outFile?: string
  cwd: string
  /** `essay`: one section per essay, with the debates whose thesis it states (md and html). */
  group?: 'essay'
}

/** A file's path relative to where the export is written, with forward slashes. */
export function relativeToOutput(file: string, context: ExportContext): string {
  const from = context.outFile ? dirname(resolve(context.cwd, context.outFile)) : context.cwd
  return relative(from, resolve(context.cwd, file)).split('\\').join('/')
}

/** `../seeds/file.txt#L12`: the claim's source, relative to where the export is written. */
export function sourceLink(claim: ClaimNode, context: ExportContext): string | undefined {
  if (!claim.file) return undefined
  return `${relativeToOutput(claim.file, context)}#L${claim.line}`
}
