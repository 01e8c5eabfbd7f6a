// The debate forest as JSON for scripts: trees with stances and labels, claims, and speakers. Versioned.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'
import type {TreeNode} from '../graph/trees.js'
import {type OutlineNode, outlineParts} from './outline.js'

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
  /** Set where a branch too deep to nest was cut: the part its answers continue in. */
  continuedIn: string | null
  children: JsonNode[]
}

/**
 * The forest as plain data: `JSON.stringify` of it is the `--json` output. Trees deeper than the
 * outline's nesting limit come as parts, so the data nests a bounded number of levels.
 */
export function forestToJson(forest: DebateForest) {
  // Bounded by the nesting limit: outline parts are shallow.
  const node = ({node: tree, number, seeAlso, continuedIn, children}: OutlineNode): JsonNode => ({
    number,
    id: tree.id,
    relation: tree.relation,
    note: tree.note ?? null,
    stance: tree.stance,
    label: tree.label,
    seeAlso: seeAlso ?? null,
    cycle: tree.cycle ?? false,
    continuedIn: continuedIn ?? null,
    children: children.map(node)
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
    trees: outlineParts(forest).map(part => ({
      debate: part.tree.debate + 1,
      thesis: part.tree.thesis,
      part: part.name,
      continues: part.continues?.number ?? null,
      root: node(part.root)
    })),
    speakers: forest.speakers,
    sources: forest.sources
  }
}
