// SVG export: the DOT export laid out by Graphviz compiled to WebAssembly; no system Graphviz needed.

import type {DebateForest} from '../graph/debate-view.js'
import {toDot} from './dot.js'

/** Past this many claims a drawing is too big to read, and Graphviz's layout too slow to wait for. */
export const drawLimit = 2000

/**
 * Render the forest's DOT to SVG. The Graphviz module (5 MB) loads only for this format. A map
 * with more claims than `drawLimit` gets a drawing of its first parts, and says so in its title.
 */
export async function toSvg(forest: DebateForest): Promise<string> {
  const {instance} = await import('@viz-js/viz')
  const viz = await instance()
  return viz.renderString(toDot(forest, drawLimit), {format: 'svg'})
}
