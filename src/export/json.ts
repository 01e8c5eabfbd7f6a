// The debate forest as JSON for scripts: trees with stances and labels, claims, and speakers. Versioned.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import type {TreeNode} from '../graph/trees.js'

/** Bump when the shape changes in a way that breaks readers. */
export const jsonVersion = 1

interface JsonNode {
  number: string
  id: string
  relation: TreeNode['relation']
  note: string | null
  stance: TreeNode['stance']
  label: TreeNode['label']
  seeAlso: string | null
  cycle: boolean
  children: JsonNode[]
}

/** The forest as plain data: `JSON.stringify` of it is the `--json` output. */
export function forestToJson(forest: DebateForest) {
  const node = (tree: TreeNode): JsonNode => ({
    number: tree.number,
    id: tree.id,
    relation: tree.relation,
    note: tree.note ?? null,
    stance: tree.stance,
    label: tree.label,
    seeAlso: tree.seeAlso ?? null,
    cycle: tree.cycle ?? false,
    children: tree.children.map(node)
  })
  return {
    version: jsonVersion,
    title: forest.title,
    claims: Object.fromEntries(
      forest.graph.mapNodes((id, claim) => [
        id,
        {
          text: claim.text,
          speaker: claimant(claim),
          reportedBy: claim.attributedTo ? claim.speaker : null,
          essay: claim.essay,
          file: claim.file || null,
          line: claim.line || null,
          label: forest.labels.get(id)
        }
      ])
    ),
    links: forest.graph.mapEdges((_edge, link, from, to) => ({
      from,
      to,
      relation: link.relation,
      note: link.note ?? null
    })),
    debates: forest.debates.map(debate => ({theses: debate.theses, claims: debate.claims})),
    trees: forest.trees.map(tree => ({debate: tree.debate + 1, thesis: tree.thesis, root: node(tree.root)})),
    speakers: forest.speakers
  }
}
