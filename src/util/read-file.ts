// Reads a file the user named, refusing what is not a regular file and stopping at a size cap.

import {constants} from 'node:fs'
import {open} from 'node:fs/promises'
import {InputError} from './errors.js'
import {describeFsError, kindOf} from './fs-errors.js'

/** How much more is read at a time from a file that grows while it is read. */
const chunk = 2 ** 16

/**
 * The bytes of `file`, a regular file of at most `maxBytes`. Devices, FIFOs, sockets and
 * folders are refused before a byte is read (a FIFO is opened without waiting for a writer);
 * the size is checked before reading and again while reading, so a file that grows (or lies
 * about its size) stops at the cap. `what` names the file in messages ("essay", "map").
 */
export async function readRegularFile(file: string, maxBytes: number, what: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (thrown) {
    throw new InputError(describeFsError(thrown), `check the ${what}'s path and its permissions`, file)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile())
      throw new InputError(
        `is ${kindOf(stats)}, not a regular file`,
        stats.isDirectory()
          ? `name ${article(what)} ${what} file inside it`
          : `argmap reads ${article(what)} ${what} only from a regular file`,
        file
      )
    const tooLarge = () =>
      new InputError(
        `is larger than ${formatBytes(maxBytes)}, more than argmap reads as ${article(what)} ${what}`,
        `split it into smaller files`,
        file
      )
    if (stats.size > maxBytes) throw tooLarge()
    // One buffer of the size the file says it has (and a byte more, to notice growth): a 15 MB map
    // is read in one call, not copied together from hundreds of pieces.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, maxBytes + 1))
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) throw tooLarge()
        const larger = Buffer.allocUnsafe(Math.min(2 * total + chunk, maxBytes + 1))
        buffer.copy(larger, 0, 0, total)
        buffer = larger
      }
      const {bytesRead} = await handle.read(buffer, total, buffer.length - total, null)
      if (bytesRead === 0) break
      total += bytesRead
    }
    if (total > maxBytes) throw tooLarge()
    return buffer.subarray(0, total)
  } catch (thrown) {
    if (thrown instanceof InputError) throw thrown
    throw new InputError(describeFsError(thrown), `check the ${what}'s path and its permissions`, file)
  } finally {
    await handle.close()
  }
}

/** "64 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${bytes / 2 ** 20} MB` : `${bytes / 2 ** 10} KB`
}

function article(word: string): string {
  return /^[aeiou]/iu.test(word) ? 'an' : 'a'
}
