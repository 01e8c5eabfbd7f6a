// AIF JSON as AIFdb stores it: I-nodes for claims, RA-nodes for supports, CA-nodes for rebuttals,
// L-nodes (with YA "Asserting" nodes) for who said what, and the participants.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant} from '../graph/speakers.js'

interface AifNode {
  nodeID: string
  text: string
  type: 'I' | 'RA' | 'CA' | 'L' | 'YA'
  timestamp: string
}

interface AifEdge {
  edgeID: string
  fromID: string
  toID: string
  formEdgeID: null
}

/** The forest as an AIF document. */
export function toAif(forest: DebateForest) {
  const nodes: AifNode[] = []
  const edges: AifEdge[] = []
  const participants: Array<{participantID: string; firstname: string; surname: string}> = []
  const locutions: Array<{nodeID: string; personID: string}> = []
  const people = new Map<string, string>()
  const claimNode = new Map<string, string>()
  const node = (text: string, type: AifNode['type']) => {
    const nodeID = String(nodes.length + 1)
    nodes.push({nodeID, text, type, timestamp: ''})
    return nodeID
  }
  const edge = (fromID: string, toID: string) =>
    edges.push({edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null})

  forest.graph.forEachNode((id, claim) => {
    const inode = node(claim.text, 'I')
    claimNode.set(id, inode)
    const speaker = claimant(claim)
    if (!people.has(speaker)) {
      const participantID = String(people.size + 1)
      people.set(speaker, participantID)
      const parts = speaker.split(' ')
      participants.push({
        participantID,
        firstname: parts.length > 1 ? parts.slice(0, -1).join(' ') : speaker,
        surname: parts.length > 1 ? parts.at(-1)! : ''
      })
    }
    const lnode = node(`${speaker}: ${claim.text}`, 'L')
    locutions.push({nodeID: lnode, personID: people.get(speaker)!})
    const ya = node('Asserting', 'YA')
    edge(lnode, ya)
    edge(ya, inode)
  })
  forest.graph.forEachEdge((_edge, link, from, to) => {
    const scheme = node(
      link.relation === 'supports' ? 'Default Inference' : 'Default Conflict',
      link.relation === 'supports' ? 'RA' : 'CA'
    )
    edge(claimNode.get(from)!, scheme)
    edge(scheme, claimNode.get(to)!)
  })
  return {nodes, edges, locutions, participants}
}
