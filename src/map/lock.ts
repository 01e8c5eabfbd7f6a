// The lock file beside a map: the text each linked essay claim had when it was linked.

import {readRegularFile} from '../util/read-file.js'
import type {ClaimMap} from './types.js'

/** A lock file holds one line per linked claim: larger than this, it is not read. */
const maxLockBytes = 64 * 2 ** 20

/** Recorded claim texts, by claim ID. */
export type ClaimLock = Record<string, string>

/** `maps/debate.yaml` → `maps/debate.lock.json`. */
export function lockPathFor(mapFile: string): string {
  return `${mapFile.replace(/\.ya?ml$/iu, '')}.lock.json`
}

/** The lock file's text: sorted, one claim per line, stable for diffs. */
export function serializeLock(lock: ClaimLock): string {
  const claims = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return `${JSON.stringify(
    {
      version: 1,
      about:
        'Written by argmap: the text each linked claim had when it was linked, to notice later edits. Do not edit by hand.',
      claims
    },
    null,
    2
  )}\n`
}

/** Read a lock file's text; anything unreadable counts as no record. */
export function parseLock(text: string): ClaimLock {
  try {
    const data = JSON.parse(text) as {claims?: unknown}
    if (typeof data.claims !== 'object' || data.claims === null || Array.isArray(data.claims)) return {}
    const claims = data.claims as Record<string, unknown>
    // Written by argmap, a lock holds only texts: keep it as it is unless an entry is not one.
    if (Object.values(claims).every(text => typeof text === 'string')) return claims as ClaimLock
    return Object.fromEntries(
      Object.entries(claims).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    )
  } catch {
    return {}
  }
}

/** Write the lock beside `mapFile` when it differs from what is there; says whether it wrote. */
export async function saveLock(mapFile: string, lock: ClaimLock): Promise<boolean> {
  const file = lockPathFor(mapFile)
  const next = serializeLock(lock)
  const current = await readLockText(file)
  // No lock yet and nothing to record: leave no empty file behind.
  if (current === next || (current === undefined && Object.keys(lock).length === 0)) return false
  // The atomic writer is loaded only by the runs that write.
  const {writeText} = await import('../util/write-text.js')
  await writeText(file, next)
  return true
}

/** The lock beside `mapFile`; none, or an unreadable one (not a regular file, too large), records nothing. */
export async function readLock(mapFile: string): Promise<ClaimLock> {
  return parseLock((await readLockText(lockPathFor(mapFile))) || '{}')
}

/** A lock file's text, or undefined when it cannot be read. */
async function readLockText(file: string): Promise<string | undefined> {
  return (await readRegularFile(file, maxLockBytes, 'lock file').catch(() => undefined))?.toString('utf8')
}

/** The IDs a map names, in links and theses: the only claims its lock keeps texts of. */
export function namedIds(map: ClaimMap | undefined): Set<string> {
  return new Set([
    ...(map?.links.flatMap(link => [link.from, link.to]) ?? []),
    ...(map?.theses.map(thesis => thesis.id) ?? [])
  ])
}
