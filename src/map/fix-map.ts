// `check --fix`: re-points drifted links and records linked claims' texts, keeping the file's layout.

import {sanitizeLine} from '../util/sanitize.js'
import type {Fix} from './check-map.js'
import type {CheckedMap} from './load-map.js'
import {locator} from './locate.js'
import {lockPathFor, saveLock} from './lock.js'
import {replaceText, writableTarget} from '../util/write-text.js'

/** Splice each fix's new ID into the text at its exact range: every other byte stays as it was. */
export function spliceFixes(text: string, fixes: Fix[]): string {
  const locate = locator(text)
  const edits = fixes
    .map(fix => ({range: locate.range(fix.place), fix}))
    .filter(
      (edit): edit is {range: [number, number]; fix: Fix} =>
        edit.range !== undefined && text.slice(edit.range[0], edit.range[1]).includes(edit.fix.from)
    )
    .sort((a, b) => b.range[0] - a.range[0])
  let out = text
  for (const {range, fix} of edits) {
    const value = out.slice(range[0], range[1])
    out = out.slice(0, range[0]) + value.replace(fix.from, fix.to) + out.slice(range[1])
  }
  return out
}

/** Apply the fixes of a loaded map to its file, and record every linked claim's text in its lock file. */
export async function applyFixes(loaded: CheckedMap): Promise<{changed: boolean; description: string}> {
  const fixes = loaded.fixes
  const lines: string[] = []
  const lock = {...loaded.lock()}
  // The lock file is written after the map: check first that it can be, so the two agree.
  if (Object.keys(lock).length > 0) await writableTarget(lockPathFor(loaded.file))
  if (fixes.length > 0) {
    await replaceText(loaded.file, loaded.text, spliceFixes(loaded.text, fixes))
    for (const fix of fixes) {
      const text = loaded.claims.get(fix.to)?.text
      // The link now names the claim it moved to: record that one, forget the one that vanished.
      delete lock[fix.from]
      if (text !== undefined) lock[fix.to] = text
      lines.push(`fixed: ${sanitizeLine(fix.from)} → ${sanitizeLine(fix.to)}`)
    }
  }
  if (await saveLock(loaded.file, lock)) {
    lines.push(
      `recorded the text of ${Object.keys(lock).length} linked claims in ${lockPathFor(loaded.file)}`
    )
  }
  return {changed: lines.length > 0, description: lines.map(line => `${line}\n`).join('')}
}
