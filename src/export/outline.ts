// Cuts debate trees into parts no deeper than a reader can follow: past `nestingLimit` levels a
// branch continues in a part of its own, so every nested format stays shallow and linear in size.

import type {DebateForest, Source} from '../graph/debate-view.js'
import type {DebateTree, TreeNode} from '../graph/trees.js'

/** Past this many levels below a part's root, nesting stops helping a reader (the view cuts there too). */
export const nestingLimit = 16

/** A claim as exports number and nest it. */
export interface OutlineNode {
  node: TreeNode
  /** The outline number as exports print it: "1.2.3", or "1~2.1" inside the second part of thesis 1. */
  number: string
  children: OutlineNode[]
  /** For a claim met again: the number of its first place. */
  seeAlso?: string
  /** For a claim whose answers were cut at the nesting limit: the name of the part they continue in. */
  continuedIn?: string
}

/** One part of a tree: the whole tree when it is shallow, else a continuation of a cut branch. */
export interface OutlinePart {
  tree: DebateTree
  /** "1" for thesis 1 itself, "1~2", "1~3" … for its continuations. */
  name: string
  root: OutlineNode
  /** For a continuation: the claim it continues, at its place in the part before. */
  continues?: OutlineNode
}

/** The forest's trees as parts, each at most `limit` levels deep, in reading order. */
export function outlineParts(forest: Pick<DebateForest, 'trees'>, limit = nestingLimit): OutlinePart[] {
  const parts: OutlinePart[] = []
  // The claim's first place, by claim ID: seeAlso references point there in the outline's numbering.
  const firstPlace = new Map<string, string>()
  const references: OutlineNode[] = []
  for (const tree of forest.trees) {
    const name = tree.root.number
    let count = 1
    const pending: Array<{node: TreeNode; name: string; continues?: OutlineNode}> = [{node: tree.root, name}]
    while (pending.length > 0) {
      const {node, name: partName, continues} = pending.shift()!
      const root: OutlineNode = {node, number: continues ? partName : node.number, children: []}
      parts.push({tree, name: partName, root, continues})
      if (!continues) firstPlace.set(node.id, root.number)
      const stack: Array<{outline: OutlineNode; depth: number}> = [{outline: root, depth: 0}]
      while (stack.length > 0) {
        const {outline, depth} = stack.pop()!
        const {node: original} = outline
        if (original.seeAlso || original.cycle) {
          if (original.seeAlso) references.push(outline)
          continue
        }
        if (original.children.length > 0 && depth === limit) {
          outline.continuedIn = `${name}~${++count}`
          pending.push({node: original, name: outline.continuedIn, continues: outline})
          continue
        }
        original.children.forEach((child, index) => {
          const number = `${outline.number}.${index + 1}`
          if (!child.seeAlso && !child.cycle) firstPlace.set(child.id, number)
          outline.children.push({node: child, number, children: []})
        })
        for (let index = outline.children.length - 1; index >= 0; index--)
          stack.push({outline: outline.children[index]!, depth: depth + 1})
      }
    }
  }
  for (const reference of references) reference.seeAlso = firstPlace.get(reference.node.id)
  return parts
}

/** Each outline node with its depth in its part, parents before children, in reading order. */
export function* walkOutline(root: OutlineNode): Generator<{outline: OutlineNode; depth: number}> {
  const stack = [{outline: root, depth: 0}]
  while (stack.length > 0) {
    const entry = stack.pop()!
    yield entry
    for (let index = entry.outline.children.length - 1; index >= 0; index--)
      stack.push({outline: entry.outline.children[index]!, depth: entry.depth + 1})
  }
}

/** The parts of the debates whose theses one essay states; `source` is null for the map's own claims. */
export interface EssayGroup {
  source: Source | null
  parts: OutlinePart[]
}

/** Parts grouped by the essay that states each thesis, in the map's order; the map's own claims last. */
export function groupByEssay(
  forest: Pick<DebateForest, 'graph' | 'sources'>,
  parts: OutlinePart[]
): EssayGroup[] {
  const byEssay = new Map<string | null, OutlinePart[]>()
  for (const part of parts) {
    const essay = forest.graph.getNodeAttribute(part.tree.thesis, 'essay')
    if (!byEssay.has(essay)) byEssay.set(essay, [])
    byEssay.get(essay)!.push(part)
  }
  const groups: EssayGroup[] = forest.sources.flatMap(source =>
    byEssay.has(source.key) ? [{source, parts: byEssay.get(source.key)!}] : []
  )
  if (byEssay.has(null)) groups.push({source: null, parts: byEssay.get(null)!})
  return groups
}
