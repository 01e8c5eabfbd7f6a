// Reads an essay file from disk, refusing what is not readable text, and parses it.

import {InputError} from '../util/errors.js'
import {essayKinds, kindOf, unreadable} from '../util/file-kinds.js'
import {decodeHtml} from './html/decode.js'
import {openParseCache} from './parse-cache.js'
import {formatOf} from './essay-format.js'
import type {ParseOptions} from './parse-essay.js'
import {parseMany} from './parse-many.js'
import {readRegularFile} from '../util/read-file.js'
import type {Essay} from './types.js'

/**
 * Decode a file's bytes as UTF-8 text (a BOM is dropped), or an HTML page by the charset it
 * declares, or say why they are not an essay.
 */
export function decodeEssay(bytes: Uint8Array, file: string): string {
  if (formatOf(file) === 'html') return nonEmpty(decodeHtml(bytes), file)
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
  return nonEmpty(text, file)
}

function nonEmpty(text: string, file: string): string {
  if (text.trim() === '')
    throw new InputError('is empty', 'an essay needs some text to split into claims', file)
  return text
}

/** Essays larger than this are refused before they are read: parsing them would take minutes. */
export const maxEssayBytes = 32 * 2 ** 20

/**
 * Read the file's decoded text, with a clear error for a missing file, a folder, a device or
 * FIFO, a file too large, a kind of file argmap does not read as an essay, or unreadable bytes.
 */
export async function readEssayText(file: string): Promise<string> {
  refuseNonEssay(file)
  return decodeEssay(await readRegularFile(file, maxEssayBytes, 'essay'), file)
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

/** Read and parse one essay; an unchanged one comes from the parse cache unless `cache` is false. */
export async function readEssay(
  file: string,
  {cache = true, ...options}: Omit<ParseOptions, 'file' | 'markdown' | 'html'> & {cache?: boolean} = {}
): Promise<{essay: Essay; text: string}> {
  const text = await readEssayText(file)
  const [essay] = await parseMany([{text, options: {...options, file}}], openParseCache(cache))
  return {essay: essay!, text}
}
