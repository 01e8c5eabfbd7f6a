// `argmap link` and `argmap unlink`: one link added or removed, checked first, written atomically.

import type {MapClaimInfo} from '../map/check-map.js'
import {insertLink, removeLinks} from '../map/edit-map.js'
import {type CheckedMap, hasErrors, loadMap, type LoadOptions} from '../map/load-map.js'
import {type ClaimLock, lockPathFor, namedIds, saveLock} from '../map/lock.js'
import {parseMap} from '../map/parse-map.js'
import {resolveClaim} from '../map/resolve-claim.js'
import {didYouMean} from '../map/suggest.js'
import type {Relation} from '../map/types.js'
import {replaceText, writableTarget} from '../util/write-text.js'
import {outputChalk} from '../render/print.js'
import {brokenMapReport} from '../render/report.js'
import {withEditLock} from '../util/edit-lock.js'
import {InputError, UsageError} from '../util/errors.js'
import {sanitizeLine} from '../util/sanitize.js'

/** Add `from relation to` to the map, holding its edit lock. Resolves to the exit code. */
export async function linkCommand(
  file: string,
  fromArgument: string,
  relation: Relation,
  toArgument: string,
  options: LoadOptions & {note?: string}
): Promise<number> {
  if (options.note !== undefined && !/\S/u.test(options.note))
    throw new UsageError('--note takes the reason the link holds, in one line; it was empty')
  return withEditLock(file, () => link(file, fromArgument, relation, toArgument, options))
}

async function link(
  file: string,
  fromArgument: string,
  relation: Relation,
  toArgument: string,
  options: LoadOptions & {note?: string}
): Promise<number> {
  const loaded = await loadValid(file, options)
  if (!loaded) return 1
  const claims = loaded.claims
  const from = resolve(fromArgument, claims)
  const to = resolve(toArgument, claims)
  if (from === to)
    throw new InputError(
      `a claim cannot ${relation === 'supports' ? 'support' : 'rebut'} itself (${from})`,
      'link two different claims',
      file
    )
  for (const link of loaded.map.links) {
    if (link.from !== from || link.to !== to) continue
    throw new InputError(
      link.relation === relation
        ? `${from} already ${relation} ${to}`
        : `${from} already ${link.relation} ${to}; a claim cannot both support and rebut another`,
      link.relation === relation
        ? 'nothing to do'
        : `run argmap unlink ${file} ${from} ${to} first if you changed your mind`,
      file
    )
  }
  const next = insertLink(loaded.text, {from, to, relation, note: options.note})
  ensureValid(next, file)
  // The lock file is written after the map: check first that it can be, so the two agree.
  await writableTarget(lockPathFor(file))
  await replaceText(file, loaded.text, next)
  await recordTexts(file, loaded, next)
  process.stderr.write(`linked: ${from} ${relation} ${to}\n`)
  return 0
}

/** Remove every link from `from` to `to`, holding the map's edit lock. Resolves to the exit code. */
export async function unlinkCommand(
  file: string,
  fromArgument: string,
  toArgument: string,
  options: LoadOptions
): Promise<number> {
  return withEditLock(file, () => unlink(file, fromArgument, toArgument, options))
}

async function unlink(file: string, fromArgument: string, toArgument: string, options: LoadOptions) {
  const loaded = await loadValid(file, options)
  if (!loaded) return 1
  const from = resolve(fromArgument, loaded.claims)
  const to = resolve(toArgument, loaded.claims)
  const indexes = loaded.map.links.flatMap((link, index) =>
    link.from === from && link.to === to ? [index] : []
  )
  if (indexes.length === 0)
    throw new InputError(
      `no link from ${from} to ${to}`,
      'argmap show on the map lists its links; unlink takes the answering claim first',
      file
    )
  const next = removeLinks(
    loaded.text,
    indexes.map(index => Number(loaded.map.links[index]!.path[1]))
  )
  ensureValid(next, file)
  await replaceText(file, loaded.text, next)
  await recordTexts(file, loaded, next)
  process.stderr.write(`unlinked: ${from} → ${to}\n`)
  return 0
}

/** The map, loaded and free of errors; a broken map is reported and not edited. */
async function loadValid(file: string, options: LoadOptions): Promise<CheckedMap | undefined> {
  const loaded = await loadMap(file, options)
  if (!hasErrors(loaded.problems) && loaded.read) return loaded
  process.stderr.write(
    brokenMapReport(loaded, outputChalk(process.stderr)).replace(
      /not shown, fix the errors above first/u,
      'not changed, fix the errors above first'
    )
  )
  return undefined
}

function resolve(argument: string, claims: Map<string, MapClaimInfo>): string {
  const found = resolveClaim(argument, claims)
  if ('id' in found) return found.id
  const shown = found.candidates
    .slice(0, 8)
    .map(id => `    ${id}  ${sanitizeLine(claims.get(id)!.text).slice(0, 60)}`)
  const more = found.candidates.length > 8 ? [`    … and ${found.candidates.length - 8} more`] : []
  const hint =
    found.candidates.length > 0
      ? `say which one:\n${[...shown, ...more].join('\n')}`
      : (didYouMean(argument, claims.keys()) ?? 'argmap show <essay> lists its claim IDs')
  throw new InputError(sanitizeLine(found.problem), hint)
}

/** Never write a map that would not read back. */
function ensureValid(text: string, file: string): void {
  if (hasErrors(parseMap(text).problems))
    throw new InputError(
      'the edit would leave the map unreadable; nothing was written',
      'please report this with the map file',
      file
    )
}

/**
 * Record, beside the map, the text of every claim the edited map names: the recorded text where
 * there is one, else the current text. Claims it no longer names keep no record.
 */
async function recordTexts(file: string, loaded: CheckedMap, text: string): Promise<void> {
  const lock: ClaimLock = {}
  const current = loaded.lock()
  for (const id of namedIds(parseMap(text).map)) {
    const recorded = loaded.recordedLock[id] ?? current[id]
    const claim = loaded.claims.get(id)
    if (recorded !== undefined) lock[id] = recorded
    else if (claim?.essay) lock[id] = claim.text
  }
  await saveLock(file, lock)
}
