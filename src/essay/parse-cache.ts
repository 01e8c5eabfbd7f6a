// Parsed essays kept on disk by content hash, so an unchanged essay is read back instead of parsed again.

import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, statSync, utimesSync} from 'node:fs'
import {join} from 'node:path'
import {argmapCacheFolder, removeQuietly, replaceFile} from '../util/cache-files.js'
import type {ParseJob} from './parse-worker.js'
import type {Essay} from './types.js'

/** Set by the build (scripts/build.js): argmap's version and a hash of its source, so any new build misses. */
declare const __ARGMAP_BUILD__: string | undefined

/** Where parsed essays are kept, for which build, and how many bytes of them at most. */
export interface ParseCache {
  dir: string
  build: string
  maxBytes: number
}

/** 256 MiB unless ARGMAP_CACHE_MAX_BYTES says otherwise. */
const defaultMaxBytes = 256 * 2 ** 20
const entrySuffix = '.json'

/**
 * The cache for this run: `$XDG_CACHE_HOME/argmap`, else `~/.cache/argmap`. None when the user turned it
 * off (`--no-cache`) or when running unbuilt source, whose parser may change without a new build ID.
 */
export function openParseCache(enabled = true, env = process.env): ParseCache | undefined {
  const build = typeof __ARGMAP_BUILD__ === 'string' ? __ARGMAP_BUILD__ : undefined
  if (!enabled || !build) return undefined
  const max = Number(env.ARGMAP_CACHE_MAX_BYTES)
  return {
    dir: argmapCacheFolder(env),
    build,
    maxBytes: Number.isFinite(max) && max >= 0 ? max : defaultMaxBytes
  }
}

/** sha256 of the build, the options that change a parse, and the text. */
export function cacheKey(cache: ParseCache, job: ParseJob): string {
  // The lock's recorded IDs (keptSlugs) decide which ID a sentence gets, so they are part of the key.
  const {file, format, key, author, unnamedAuthor, keptSlugs} = job.options
  return createHash('sha256')
    .update(JSON.stringify([cache.build, file, format, key, author, unnamedAuthor, keptSlugs ?? {}]))
    .update('\0')
    .update(job.text)
    .digest('hex')
}

/** The essay stored under `key`, or undefined when there is none or it is unreadable or corrupt. */
export function readCached(cache: ParseCache, key: string): Essay | undefined {
  const path = join(cache.dir, key + entrySuffix)
  let stored: {key?: unknown; essay?: Essay}
  try {
    stored = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  if (stored?.key !== key || !isEssayShaped(stored.essay)) return undefined
  try {
    // Recently used entries are the last to be evicted.
    const now = new Date()
    utimesSync(path, now, now)
  } catch {
    // A read-only cache still serves.
  }
  return stored.essay
}

function isEssayShaped(essay: unknown): essay is Essay {
  const value = essay as Essay | undefined
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.key === 'string' &&
    Array.isArray(value.claims) &&
    Array.isArray(value.posts) &&
    Array.isArray(value.dropped)
  )
}

/**
 * Store essays: each is written to a file of its own and renamed into place, so a concurrent run
 * reads a whole entry or none. Then the oldest entries go until the cache fits its bound. Failures
 * (a read-only or full disk) only mean no caching.
 */
export function writeCached(cache: ParseCache, entries: Array<{key: string; essay: Essay}>): void {
  if (entries.length === 0) return
  try {
    mkdirSync(cache.dir, {recursive: true})
    for (const {key, essay} of entries)
      replaceFile(join(cache.dir, key + entrySuffix), JSON.stringify({key, essay}))
    evict(cache)
  } catch {
    // A cache that cannot be written is no cache; the parse stands.
  }
}

/** Remove the oldest entries (and temporary files left by killed runs) until the cache fits its bound. */
function evict(cache: ParseCache): void {
  const now = Date.now()
  const files: Array<{path: string; size: number; time: number}> = []
  let total = 0
  for (const name of readdirSync(cache.dir)) {
    const path = join(cache.dir, name)
    let stats: {size: number; mtimeMs: number}
    try {
      stats = statSync(path)
    } catch {
      continue
    }
    if (name.endsWith('.tmp')) {
      // Another run may be writing it right now; only an old one is abandoned.
      if (now - stats.mtimeMs > 60_000) removeQuietly(path)
      continue
    }
    if (!name.endsWith(entrySuffix)) continue
    files.push({path, size: stats.size, time: stats.mtimeMs})
    total += stats.size
  }
  files.sort((a, b) => a.time - b.time)
  for (const file of files) {
    if (total <= cache.maxBytes) break
    removeQuietly(file.path)
    total -= file.size
  }
}
