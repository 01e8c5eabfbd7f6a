// Unfolds each debate into one tree per thesis: who answers whom, with stance and label.

import type {Relation} from '../map/types.js'
import type {ClaimGraph} from './build-graph.js'
import type {Debate} from './debates.js'
import type {Label} from './evaluate.js'

/** For or against the tree's thesis: the signs of the links multiply along the path. */
export type Stance = 'for' | 'against'

/** A claim in a tree. A claim met again is a reference to its first place, without children. */
export interface TreeNode {
  id: string
  /** Numbered like an outline: "1", "1.2", "1.2.1". */
  number: string
  /** How this claim answers its parent; null for the thesis. */
  relation: Relation | null
  note?: string
  stance: Stance
  label: Label
  children: TreeNode[]
  /** Set when the claim appears earlier in the tree: that place's number. */
  seeAlso?: string
  /** Set when the claim is one of its own ancestors: the link closes a cycle. */
  cycle?: boolean
}

export interface DebateTree {
  debate: number
  thesis: string
  root: TreeNode
}

/**
 * One tree per thesis of each debate, numbered across the forest. A claim is unfolded once in
 * the whole forest; where it appears again it refers to that place, so the forest stays as
 * small as the graph.
 */
export function buildTrees(graph: ClaimGraph, debates: Debate[], labels: Map<string, Label>): DebateTree[] {
  const trees: DebateTree[] = []
  const firstPlace = new Map<string, string>()
  debates.forEach((debate, index) => {
    for (const thesis of debate.theses)
      trees.push({
        debate: index,
        thesis,
        root: unfold(graph, thesis, String(trees.length + 1), labels, firstPlace)
      })
  })
  return trees
}

/** The claims answering `id`: most answered first, then in source order. */
export function answersOf(
  graph: ClaimGraph,
  id: string
): Array<{from: string; relation: Relation; note?: string; index: number}> {
  return graph
    .mapInEdges(id, (_, link, source) => ({
      from: source,
      relation: link.relation,
      note: link.note,
      index: link.index
    }))
    .sort((a, b) => graph.inDegree(b.from) - graph.inDegree(a.from) || a.index - b.index)
}

/** Unfold the tree under `thesis` without recursion, so long chains cannot overflow the stack. */
function unfold(
  graph: ClaimGraph,
  thesis: string,
  number: string,
  labels: Map<string, Label>,
  firstPlace: Map<string, string>
): TreeNode {
  const root: TreeNode = {
    id: thesis,
    number,
    relation: null,
    stance: 'for',
    label: labels.get(thesis) ?? 'open',
    children: []
  }
  firstPlace.set(thesis, number)
  // The claims on the path from the thesis to the node being unfolded: meeting one is a cycle.
  const onPath = new Set<string>()
  const stack: Array<{node: TreeNode; leave?: boolean}> = [{node: root}]
  while (stack.length > 0) {
    const {node, leave} = stack.pop()!
    if (leave) {
      onPath.delete(node.id)
      continue
    }
    onPath.add(node.id)
    stack.push({node, leave: true})
    const unfoldLater: TreeNode[] = []
    answersOf(graph, node.id).forEach((answer, position) => {
      const child: TreeNode = {
        id: answer.from,
        number: `${node.number}.${position + 1}`,
        relation: answer.relation,
        note: answer.note,
        stance: answer.relation === 'supports' ? node.stance : node.stance === 'for' ? 'against' : 'for',
        label: labels.get(answer.from) ?? 'open',
        children: []
      }
      node.children.push(child)
      if (onPath.has(answer.from)) child.cycle = true
      else if (firstPlace.has(answer.from)) child.seeAlso = firstPlace.get(answer.from)
      else {
        firstPlace.set(answer.from, child.number)
        unfoldLater.push(child)
      }
    })
    // Depth-first in order: the first child's subtree is unfolded before the second's.
    for (const child of unfoldLater.reverse()) stack.push({node: child})
  }
  return root
}

/** The node at an outline number ("2.1.3") in the forest, found by its path. */
export function nodeAt(trees: DebateTree[], number: string): TreeNode | undefined {
  const [root, ...path] = number.split('.')
  let node = trees.find(tree => tree.root.number === root)?.root
  for (const step of path) node = node?.children[Number(step) - 1]
  return node
}

/** How many nodes hang below a node, counted without recursion. */
export function countBelow(node: TreeNode): number {
  let count = 0
  const stack = [...node.children]
  while (stack.length > 0) {
    count++
    stack.push(...stack.pop()!.children)
  }
  return count
}
