// Writes a file atomically, refusing when it changed on disk since it was read.

import {readFile} from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import {InputError} from './errors.js'

const bom = '\uFEFF'

/**
 * Replace `file`'s content with `next`, unless its content is no longer `expected` (both as
 * decoded, without a byte-order mark). A mark the file had is kept.
 */
export async function replaceText(file: string, expected: string, next: string): Promise<void> {
  let current: string | undefined
  try {
    current = await readFile(file, 'utf8')
  } catch {
    current = undefined
  }
  const marked = current?.startsWith(bom) ?? false
  if ((marked ? current!.slice(1) : current) !== expected)
    throw new InputError(
      'changed on disk while argmap was working on it; nothing was written',
      'run the command again',
      file
    )
  await writeFileAtomic(file, marked ? bom + next : next)
}

/** Write `file` atomically, whatever it held. */
export async function writeText(file: string, text: string): Promise<void> {
  await writeFileAtomic(file, text)
}
