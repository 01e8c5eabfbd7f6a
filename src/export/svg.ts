// SVG export: the DOT export laid out by Graphviz compiled to WebAssembly; no system Graphviz needed.

import type {DebateForest} from '../graph/debate-view.js'
import {toDot} from './dot.js'

/** Render the forest's DOT to SVG. The Graphviz module (5 MB) loads only for this format. */
export async function toSvg(forest: DebateForest): Promise<string> {
  const {instance} = await import('@viz-js/viz')
  const viz = await instance()
  return viz.renderString(toDot(forest), {format: 'svg'})
}
