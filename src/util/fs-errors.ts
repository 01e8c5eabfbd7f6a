// File-system errors in words a user can act on: what went wrong with the file, and what to do.

import type {Stats} from 'node:fs'

/** What a file is, for a message: "a FIFO", "a character device", "a folder". */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'a regular file'
}

/** The error's code, if it is a file-system error. */
export const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException)?.code

/** A file-system error in words. */
export function describeFsError(error: unknown): string {
  switch (codeOf(error)) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    case 'ENOTDIR':
      return 'a part of its path is not a folder'
    case 'EROFS':
      return 'is on a read-only file system'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EDQUOT':
      return 'the disk quota is exceeded'
    case 'EXDEV':
      return 'cannot be replaced across file systems'
    case 'ELOOP':
      return 'has too many levels of symbolic links'
    case 'ENAMETOOLONG':
      return 'has a name that is too long'
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened: too many files are open'
    case 'EIO':
      return 'could not be read or written: input/output error'
    default:
      return (error as Error)?.message ?? String(error)
  }
}

/** What to do about a failed write, by its code. */
export function writeHint(error: unknown): string {
  switch (codeOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'check the permissions of the file and of its folder (ls -l)'
    case 'EROFS':
      return 'write to a file on a writable file system'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'free some space and run the command again'
    case 'EXDEV':
      return 'the file is a mount point of its own; write to another file'
    case 'ENOENT':
    case 'ENOTDIR':
      return 'create the folder first, or choose another path'
    default:
      return 'check the path and its permissions'
  }
}
