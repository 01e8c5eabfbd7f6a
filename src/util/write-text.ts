// The one guarded write path: regular files only, links kept inside the project, permissions respected, atomic.

import type {Stats} from 'node:fs'
import {lstat, realpath, stat} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {isInside, projectRoot} from '../map/project-root.js'
import {InputError} from './errors.js'
import {codeOf, describeFsError, kindOf, writeHint} from './fs-errors.js'
import {readRegularFile} from './read-file.js'

const bom = '\uFEFF'
/** Files argmap replaces are maps and lock files: this caps reading them back before a replace. */
const maxReplaced = 64 * 2 ** 20
const nothingWritten = 'nothing was written'

/**
 * Where a write to `file` really lands, after checking that it may: its folder exists and is
 * writable, and the file is missing or a regular, writable file. A symbolic link (of the file or
 * of its folder) is followed only when it stays inside the project it lies in. Mode bits are
 * checked here, because root would otherwise write over a read-only file.
 */
export async function writableTarget(file: string): Promise<string> {
  const absolute = resolve(file)
  const folder = await folderOf(file, dirname(absolute))
  const root = await realpath(projectRoot(dirname(absolute)))
  if (!isInside(folder.real, root))
    throw refusal(
      `lies in ${folder.real}, outside the project (${root}), through a symbolic link`,
      'write to a file inside the project',
      file
    )
  let target = join(folder.real, basename(absolute))
  let stats = await lstat(target).catch(thrown => {
    if (codeOf(thrown) === 'ENOENT') return undefined
    throw new InputError(describeFsError(thrown), writeHint(thrown), file)
  })
  if (stats?.isSymbolicLink()) {
    const real = await realpath(target).catch(() => undefined)
    if (real === undefined)
      throw refusal(
        'is a symbolic link to a file that does not exist',
        'replace the link with a regular file',
        file
      )
    if (!isInside(real, root))
      throw refusal(
        `is a symbolic link to ${real}, outside the project (${root})`,
        'replace the link with a regular file, or write to another file',
        file
      )
    target = real
    stats = await stat(real)
  }
  if (stats && !stats.isFile())
    throw refusal(
      `is ${kindOf(stats)}, not a regular file`,
      stats.isDirectory()
        ? `name a file inside it, such as ${join(file, 'out.md')}`
        : 'argmap writes only regular files',
      file
    )
  if (stats && !writable(stats))
    throw refusal('is read-only', `make it writable first (chmod u+w ${file}) if it is yours to change`, file)
  if (!writable(folder.stats))
    throw refusal(
      `its folder ${dirname(file)} is read-only`,
      'argmap writes a new file beside the old one and renames it over: the folder must be writable',
      file
    )
  return target
}

/** Write `file` atomically after the checks of `writableTarget`, whatever it held. */
export async function writeText(file: string, text: string): Promise<void> {
  await atomically(file, await writableTarget(file), text)
}

/**
 * Replace `file`'s content with `next`, unless its content is no longer `expected` (both as
 * decoded, without a byte-order mark). A mark the file had is kept.
 */
export async function replaceText(file: string, expected: string, next: string): Promise<void> {
  const target = await writableTarget(file)
  const current = (await readRegularFile(target, maxReplaced, 'file').catch(() => undefined))?.toString(
    'utf8'
  )
  const marked = current?.startsWith(bom) ?? false
  if ((marked ? current!.slice(1) : current) !== expected)
    throw refusal('changed on disk while argmap was working on it', 'run the command again', file)
  await atomically(file, target, marked ? bom + next : next)
}

async function atomically(file: string, target: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(target, text)
  } catch (thrown) {
    throw refusal(describeFsError(thrown), writeHint(thrown), file)
  }
}

/** The folder a file goes in, which must exist: its stats and real path. */
async function folderOf(file: string, folder: string): Promise<{stats: Stats; real: string}> {
  try {
    const stats = await stat(folder)
    if (!stats.isDirectory()) throw Object.assign(new Error('not a folder'), {code: 'ENOTDIR'})
    return {stats, real: await realpath(folder)}
  } catch (thrown) {
    const code = codeOf(thrown)
    if (code === 'ENOENT')
      throw refusal(
        `its folder ${dirname(file)} does not exist`,
        `create it first (mkdir -p ${dirname(file)}), or choose another path`,
        file
      )
    if (code === 'ENOTDIR')
      throw refusal(`${dirname(file)} is not a folder`, 'choose a path inside a folder', file)
    throw refusal(describeFsError(thrown), writeHint(thrown), file)
  }
}

/** Whether the mode bits let this process write, judged for root as for its owner: root bypasses them otherwise. */
function writable(stats: Stats): boolean {
  const uid = process.getuid?.()
  if (uid === undefined) return true
  if (uid === 0) return (stats.mode & 0o222) !== 0
  if (stats.uid === uid) return (stats.mode & 0o200) !== 0
  if (process.getgroups?.().includes(stats.gid)) return (stats.mode & 0o020) !== 0
  return (stats.mode & 0o002) !== 0
}

/** A write refused: what is wrong, that nothing was written, and the hint. */
function refusal(problem: string, hint: string, file: string): InputError {
  return new InputError(`${problem}; ${nothingWritten}`, hint, file)
}
