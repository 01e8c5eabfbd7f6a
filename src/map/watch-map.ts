// Reloads a map whenever it or one of its essays changes on disk, for `show --watch`.

import {unwatchFile, watchFile} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {InputError} from '../util/errors.js'
import {loadMap, type LoadedMap, type LoadOptions} from './load-map.js'

/** What a reload found: a loaded map (maybe with problems), or why the map file could not be read. */
export type MapState = {loaded: LoadedMap; error?: undefined} | {loaded?: undefined; error: InputError}

/** Polling survives editors that save by renaming a new file over the old one. */
const interval = 200

/** Load the map now and after every change; returns a function that stops watching. */
export function watchMap(file: string, options: LoadOptions, onState: (state: MapState) => void): () => void {
  let watched: string[] = []
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const changed = () => {
    clearTimeout(timer)
    timer = setTimeout(reload, 80)
  }
  // Watchers are kept while the paths stay the same: a new watcher on a missing file reports it
  // missing at once, which would reload, and report again, several times a second.
  const watch = (paths: string[]) => {
    const next = [...new Set(paths)]
    if (next.length === watched.length && next.every((path, index) => path === watched[index])) return
    for (const path of watched) unwatchFile(path, changed)
    watched = next
    for (const path of watched) watchFile(path, {interval}, changed)
  }
  async function reload() {
    let state: MapState
    try {
      state = {loaded: await loadMap(file, options)}
    } catch (thrown) {
      if (!(thrown instanceof InputError)) throw thrown
      state = {error: thrown}
    }
    if (closed) return
    const folder = dirname(resolve(file))
    const essays =
      (state.loaded?.read ? state.loaded.map.essays : undefined)?.map(essay => resolve(folder, essay.file)) ??
      watched.slice(1)
    watch([resolve(file), ...essays])
    onState(state)
  }
  void reload()
  return () => {
    closed = true
    clearTimeout(timer)
    watch([])
  }
}
