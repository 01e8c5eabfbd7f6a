// Loads a map and everything it names from disk, and checks it: the I/O edge of the map stage.

import {realpath} from 'node:fs/promises'
import {dirname, relative, resolve} from 'node:path'
import {decodeEssay, readEssayText} from '../essay/read-essay.js'
import {openParseCache} from '../essay/parse-cache.js'
import {parseMany} from '../essay/parse-many.js'
import {InputError} from '../util/errors.js'
import {kindOf, readableKinds, unreadable} from '../util/file-kinds.js'
import {describeFsError} from '../util/fs-errors.js'
import {readRegularFile} from '../util/read-file.js'
import {checkMap, type LoadedEssay, type MapCheck} from './check-map.js'
import {readLock, type ClaimLock} from './lock.js'
import {maxMapBytes, parseMap} from './parse-map.js'
import {error, type Problem} from './problem.js'
import {isInside, projectRoot} from './project-root.js'
import type {ClaimMap, MapEssay} from './types.js'

export interface LoadOptions {
  /** Let essays lie outside the map's project. */
  allowOutside?: boolean
  /** Read unchanged essays from the parse cache (on unless --no-cache). */
  cache?: boolean
}

/** What every loaded map has: its file as the user named it, its text, and every problem, placed. */
interface LoadedBase {
  file: string
  text: string
  problems: Problem[]
}

/** A map whose YAML could not be read at all: only its problems. */
export interface UnreadMap extends LoadedBase {
  read: false
}

/** A map that was read: its valid parts, its essays, the recorded claim texts and the check. */
export interface CheckedMap extends LoadedBase, Omit<MapCheck, 'problems'> {
  read: true
  map: ClaimMap
  essays: LoadedEssay[]
  recordedLock: ClaimLock
}

/** A map as loaded. */
export type LoadedMap = UnreadMap | CheckedMap

/** Whether any problem is an error. */
export const hasErrors = (problems: Problem[]) => problems.some(problem => problem.severity === 'error')

/** Read, parse and check a map. Throws InputError only when the map file itself cannot be read. */
export async function loadMap(file: string, options: LoadOptions = {}): Promise<LoadedMap> {
  const text = await readMapText(file)
  const parsed = parseMap(text)
  if (!parsed.map) {
    const quote =
      parsed.unclosedQuote && (await import('./locate.js')).unclosedQuoteProblem(text, parsed.unclosedQuote)
    const problems = quote ? [quote] : parsed.problems
    return {read: false, file, text, problems: byPlace(await placeProblems(text, problems))}
  }

  const folder = dirname(resolve(file))
  const root = await realpath(projectRoot(folder))
  // Read every essay first (or the problem that keeps it out), then parse them all at once.
  const read = await Promise.all(
    parsed.map.essays.map(async entry => {
      const shown = relative(process.cwd(), resolve(folder, entry.file)) || entry.file
      try {
        return {entry, shown, text: await readEssayText(await essayPath(folder, root, entry, options))}
      } catch (thrown) {
        const message = thrown instanceof InputError ? thrown.message : String(thrown)
        const hint = thrown instanceof InputError ? thrown.hint : undefined
        return {
          entry,
          shown,
          problem: error(
            thrown instanceof OutsideError ? 'outside-project' : 'essay-unreadable',
            entry.path,
            `essay “${entry.file}”: ${message}`,
            hint
          )
        }
      }
    })
  )
  // Recorded IDs keep their claims: a linked claim is not renamed by a sentence added before it.
  const recordedLock = await readLock(file)
  const kept = keptSlugsByEssay(recordedLock)
  const readable = read.filter((each): each is typeof each & {text: string} => each.text !== undefined)
  const parsedEssays = await parseMany(
    readable.map(({entry, shown, text}) => ({
      text,
      options: {
        file: shown,
        key: entry.key,
        author: entry.author,
        unnamedAuthor: `the author of “${entry.key}”`,
        keptSlugs: kept.get(entry.key) ?? {}
      }
    })),
    openParseCache(options.cache !== false)
  )
  let next = 0
  const essays: LoadedEssay[] = read.map(({entry, shown, problem}) => {
    if (problem) return {key: entry.key, file: shown, problem}
    const essay = parsedEssays[next++]!
    if (entry.title) essay.title = entry.title
    return {key: entry.key, file: shown, essay}
  })
  const check = checkMap(parsed.map, essays, recordedLock)
  const problems = byPlace(await placeProblems(text, [...parsed.problems, ...check.problems]))
  return {read: true, file, text, map: parsed.map, essays, recordedLock, ...check, problems}
}

/**
 * The recorded slugs of each essay's claims, by their recorded text, read in one pass over the lock
 * (not once per essay: a lock of 200k IDs over 100 essays took seconds).
 */
function keptSlugsByEssay(lock: ClaimLock): Map<string, Record<string, string[]>> {
  const byEssay = new Map<string, Record<string, string[]>>()
  for (const [id, text] of Object.entries(lock)) {
    const slash = id.indexOf('/')
    if (slash < 0) continue
    const key = id.slice(0, slash)
    let kept = byEssay.get(key)
    if (!kept) {
      kept = {}
      byEssay.set(key, kept)
    }
    if (!Object.hasOwn(kept, text)) Object.defineProperty(kept, text, {value: [], enumerable: true})
    kept[text]!.push(id.slice(slash + 1))
  }
  return byEssay
}

/** Problems with their places in the map file; the exact YAML reader is loaded only when one needs a place. */
async function placeProblems(text: string, problems: Problem[]): Promise<Problem[]> {
  if (problems.every(problem => problem.start || problem.file)) return problems
  return (await import('./locate.js')).placeProblems(text, problems)
}

/** Problems in file order. */
function byPlace(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0)
  )
}

class OutsideError extends InputError {}

/** The essay's real path, refused when it lies outside the project. */
async function essayPath(
  folder: string,
  root: string,
  entry: MapEssay,
  options: LoadOptions
): Promise<string> {
  const path = resolve(folder, entry.file)
  let real: string
  try {
    real = await realpath(path)
  } catch (thrown) {
    throw new InputError(describeFsError(thrown), 'essay paths are relative to the map file')
  }
  if (!options.allowOutside && !isInside(real, root)) {
    throw new OutsideError(
      `lies outside the map’s project (${root})`,
      'a map may only read essays inside its project; pass --allow-outside if you trust this map'
    )
  }
  return real
}

/** The map file's text, refusing what cannot be a map: an essay, another kind of file, not a regular file, too large, binary data. */
async function readMapText(file: string): Promise<string> {
  refuseNonMap(file)
  const bytes = await readRegularFile(file, maxMapBytes, 'map')
  if (bytes.length === 0)
    throw new InputError('is empty', 'a map needs at least `essays:` and `links:`', file)
  if (bytes.includes(0))
    throw new InputError(
      'is a binary file, not a map',
      `a map is YAML text; argmap reads ${readableKinds()}`,
      file
    )
  return decodeEssay(bytes, file)
}

/** A map command given an essay, a lock file or another kind of file: say what it is, and what to run. */
function refuseNonMap(file: string): void {
  const kind = kindOf(file)
  if (kind === 'map') return
  if (kind !== undefined)
    throw new InputError(
      'is an essay, not a claim map',
      `argmap show ${file} shows its claims; argmap init maps/debate.yaml ${file} starts a map of it`,
      file
    )
  const why = unreadable(file)!
  throw new InputError(why.message, `${why.hint}; this command takes a claim map (.yaml)`, file)
}
