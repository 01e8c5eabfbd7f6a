// Reads an essay file from disk, refusing what is not readable text, and parses it.

import {readFile, stat} from 'node:fs/promises'
import {InputError} from '../util/errors.js'
import {essayKinds, kindOf, unreadable} from '../util/file-kinds.js'
import {loadMarkdownReader} from './load-markdown.js'
import {formatOf, parseEssay, type ParseOptions} from './parse-essay.js'
import type {Essay} from './types.js'

/** Decode a file's bytes as UTF-8 text (a BOM is dropped), or say why they are not an essay. */
export function decodeEssay(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0))
    throw new InputError(
      'is a binary file, not text',
      `argmap reads essays as UTF-8 text, in ${essayKinds()}`,
      file
    )
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new InputError('is not valid UTF-8', 'save the file as UTF-8 and try again', file)
  }
  if (text.trim() === '')
    throw new InputError('is empty', 'an essay needs some text to split into claims', file)
  return text
}

/** Read the file's decoded text, with a clear error for a missing file, a folder, a kind of file argmap does not read as an essay, or unreadable bytes. */
export async function readEssayText(file: string): Promise<string> {
  refuseNonEssay(file)
  let bytes: Uint8Array
  try {
    if ((await stat(file)).isDirectory())
      throw new InputError('is a directory, not an essay file', 'name a .txt or .md file inside it', file)
    bytes = await readFile(file)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(describeFsError(error), 'check the path and its permissions', file)
  }
  return decodeEssay(bytes, file)
}

/** A map, a lock file or a kind argmap does not read is not an essay: say so, and what is. */
function refuseNonEssay(file: string): void {
  if (kindOf(file) === 'map')
    throw new InputError(
      'is a claim map, not an essay',
      `argmap show ${file} shows its debate; argmap reads essays in ${essayKinds()}`,
      file
    )
  const why = unreadable(file)
  if (why) throw new InputError(why.message, why.hint, file)
}

/** Read and parse one essay. */
export async function readEssay(
  file: string,
  options: Omit<ParseOptions, 'file'> = {}
): Promise<{essay: Essay; text: string}> {
  const text = await readEssayText(file)
  const markdown =
    formatOf(file) === 'markdown' || options.format === 'markdown' ? await loadMarkdownReader() : undefined
  return {essay: parseEssay(text, {...options, file, markdown}), text}
}

/** A file-system error in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return (error as Error)?.message ?? String(error)
}
