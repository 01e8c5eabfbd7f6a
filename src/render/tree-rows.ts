// Lays out debate trees as rows with box-drawing branches: the one layout the printer and Ink share.

import type {DebateForest} from '../graph/debate-view.js'
import {claimant, type SpeakerPair} from '../graph/speakers.js'
import {countBelow, nodeAt, type TreeNode} from '../graph/trees.js'
import {sanitizeLine} from '../util/sanitize.js'
import type {Row, Span} from './layout.js'
import {speakerPalette} from './palette.js'

export interface TreeRowOptions {
  /** Show grounded labels (stands / falls / open). */
  labels?: boolean
  /** Node numbers whose children are hidden. */
  folded?: ReadonlySet<string>
  /** Show only the subtree at this node number. */
  focus?: string
  /** Show only claims by this speaker (and the paths to them). */
  speaker?: string
  /** Give claim rows their lower-case search text (on unless false: printing searches nothing). */
  searchable?: boolean
}

const relationMark = {supports: {text: '✔', color: 'green'}, rebuts: {text: '✘', color: 'red'}} as const
const labelStyle = {stands: {color: 'green'}, falls: {color: 'red'}, open: {color: 'yellow'}} as const

/** The rows of every tree of the forest, built without recursion so that deep chains cannot overflow the stack. */
export function forestRows(forest: DebateForest, options: TreeRowOptions = {}): Row[] {
  return [...forestRowStream(forest, options)]
}

/** The same rows one node at a time, so that a printer holds only the rows it is drawing. */
export function* forestRowStream(forest: DebateForest, options: TreeRowOptions = {}): Generator<Row> {
  if (forest.trees.length === 0) {
    yield* [
      {
        key: 'empty',
        indent: 0,
        spans: [
          {text: 'No links yet: add one with argmap link <map> <from> supports|rebuts <to>.', dim: true}
        ]
      }
    ]
    return
  }
  const color = speakerPalette(
    [...forest.graph.nodes()].map(id => claimant(forest.graph.getNodeAttributes(id)))
  )
  const shown = options.speaker ? nodesMentioning(forest, options.speaker) : undefined
  const places = placeBook(forest)
  for (const tree of forest.trees) {
    const root = options.focus ? nodeAt([tree], options.focus) : tree.root
    if (!root || (shown && !shown.has(root))) continue
    yield {
      key: `tree-${tree.root.number}`,
      indent: 0,
      spans: [{text: `Debate ${tree.debate + 1} · thesis ${tree.root.number}`, bold: true, color: 'white'}]
    }
    const stack: Frame[] = [
      {node: root, lead: '', isRoot: true, isLast: true, outline: outlineOf(root.number)}
    ]
    while (stack.length > 0) {
      const frame = stack.pop()!
      const rows: Row[] = []
      const below = nodeRows(forest, frame, rows, color, options, places)
      yield* rows
      if (options.folded?.has(frame.node.number)) continue
      // With their places among all the children: a filtered tree keeps the outline numbers.
      const children = frame.node.children.flatMap((node, index) =>
        !shown || shown.has(node) ? [{node, position: index + 1}] : []
      )
      const lead = capLead(frame.lead + below)
      for (let index = children.length - 1; index >= 0; index--) {
        const {node, position} = children[index]!
        stack.push({
          node,
          lead,
          isRoot: false,
          isLast: index === children.length - 1,
          outline: deeper(frame.outline, position)
        })
      }
    }
    yield {key: `gap-${tree.root.number}`, indent: 0, spans: []}
  }
}

/** Branch lines deeper than this many columns are cut at the left, behind a "⋯". */
const maxLead = 48

/** Keep very deep trees readable (and their layout linear): show only the nearest levels' branches. */
function capLead(lead: string): string {
  return lead.length <= maxLead ? lead : `⋯${lead.slice(lead.length - maxLead + 3)}`
}

/**
 * What an outline number shows: all its parts up to eight levels, else the first two and the last
 * three. Kept as the layout walks down, so that a deep node costs no more than a shallow one (its
 * full number is as long as its depth).
 */
interface Outline {
  parts: string[]
  depth: number
}

function outlineOf(number: string): Outline {
  const parts = number.split('.')
  return {parts: parts.length <= 8 ? parts : [...parts.slice(0, 2), ...parts.slice(-3)], depth: parts.length}
}

/** The outline of a parent's child at `position` (from 1). */
function deeper({parts, depth}: Outline, position: number): Outline {
  const next = [...parts, String(position)]
  return {parts: depth + 1 <= 8 ? next : [...next.slice(0, 2), ...next.slice(-3)], depth: depth + 1}
}

function outlineText({parts, depth}: Outline): string {
  if (depth <= 8) return parts.join('.')
  return [...parts.slice(0, 2), `…(+${thousands(depth - 5)})`, ...parts.slice(-3)].join('.')
}

/** 19996 → "19,996", without the cost of Intl at every deep node. */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(?:\d{3})+$)/gu, ',')
}

/** An outline number short enough to read: "1.2.…(+9,995).1.3.2" past eight levels. One scan, no split. */
export function shortNumber(number: string): string {
  const dots: number[] = []
  for (let index = number.indexOf('.'); index !== -1; index = number.indexOf('.', index + 1)) dots.push(index)
  if (dots.length < 8) return number
  return `${number.slice(0, dots[1])}.…(+${thousands(dots.length + 1 - 5)})${number.slice(dots.at(-3))}`
}

/** A claim's place: its full number (the very string a "see" reference holds) and its outline text. */
interface Place {
  number: string
  text: string
}

/**
 * The outline text of each claim's place, so that a "see" reference names it without re-reading
 * a number as long as that place's depth (which made the layout quadratic in depth).
 */
interface PlaceBook {
  /** Note a claim's first place as it is laid out. */
  laidOut(id: string, place: Place): void
  /** The outline text of the place numbered `number`, where claim `id` was unfolded. */
  textOf(id: string, number: string): string
}

function placeBook(forest: DebateForest): PlaceBook {
  const laid = new Map<string, Place>()
  // Places a reference names before they are laid out (or that a filter hides): every first
  // place of the forest, worked out in one walk the first time one is needed.
  let everywhere: Map<string, Place[]> | undefined
  return {
    laidOut: (id, place) => laid.set(id, place),
    textOf(id, number) {
      const place = laid.get(id)
      if (place?.number === number) return place.text
      everywhere ??= firstPlaces(forest)
      return everywhere.get(id)?.find(each => each.number === number)?.text ?? shortNumber(number)
    }
  }
}

/** The place of every claim where it is unfolded, by claim ID (a thesis met earlier in another tree has two). */
function firstPlaces(forest: DebateForest): Map<string, Place[]> {
  const places = new Map<string, Place[]>()
  const stack = forest.trees.map(tree => ({node: tree.root, outline: outlineOf(tree.root.number)}))
  while (stack.length > 0) {
    const {node, outline} = stack.pop()!
    if (node.seeAlso || node.cycle) continue
    const place = {number: node.number, text: outlineText(outline)}
    const known = places.get(node.id)
    if (known) known.push(place)
    else places.set(node.id, [place])
    node.children.forEach((child, index) => {
      stack.push({node: child, outline: deeper(outline, index + 1)})
    })
  }
  return places
}

/** A node to lay out, with the branch lines drawn to its left. */
interface Frame {
  node: TreeNode
  lead: string
  isRoot: boolean
  isLast: boolean
  outline: Outline
}

/** The rows of one node (claim, stance and label, note); returns the lead its children continue. */
function nodeRows(
  forest: DebateForest,
  {node, lead, isRoot, isLast, outline}: Frame,
  rows: Row[],
  color: (speaker: string) => string,
  options: TreeRowOptions,
  places: PlaceBook
): string {
  const claim = forest.graph.getNodeAttributes(node.id)
  const number = outlineText(outline)
  if (!node.seeAlso && !node.cycle) places.laidOut(node.id, {number: node.number, text: number})
  const branch = isRoot ? '' : isLast ? '└─ ' : '├─ '
  const below = isRoot ? '' : isLast ? '   ' : '│  '
  const hasChildren = node.children.length > 0
  const folded = options.folded?.has(node.number) ?? false
  const person = claimant(claim)
  const mark = node.relation ? relationMark[node.relation] : undefined
  const spans: Span[] = [
    ...(mark ? [{text: `${mark.text} `, color: mark.color, bold: true}] : []),
    {text: `${number} `, dim: true},
    {text: sanitizeLine(person), color: color(person), bold: true},
    ...(claim.attributedTo && claim.attributedTo !== claim.speaker
      ? [{text: ` (reported by ${sanitizeLine(claim.speaker)})`, dim: true}]
      : []),
    {text: ': '}
  ]
  if (node.seeAlso)
    spans.push(
      {text: `→ see ${places.textOf(node.id, node.seeAlso)}`, italic: true},
      {text: ` ${shorten(claim.text)}`, dim: true}
    )
  else if (node.cycle)
    spans.push(
      {text: '↻ cycle: answers a claim above it ', color: 'yellow'},
      {text: shorten(claim.text), dim: true}
    )
  else spans.push({text: sanitizeLine(claim.text)})
  const continuation = [
    {text: lead + below + (hasChildren && !folded && !node.seeAlso ? '│ ' : '  '), dim: true}
  ]
  rows.push({
    key: `node-${node.number}`,
    indent: 0,
    prefix: [{text: lead + branch, dim: true}],
    continuation,
    spans,
    target: node.number,
    ...(options.searchable !== false && {search: `${node.id} ${claim.text} ${person}`.toLowerCase()})
  })

  const stance: Span[] = [
    {
      text: node.stance === 'for' ? '▲ for the thesis' : '▼ against the thesis',
      color: node.stance === 'for' ? 'green' : 'red'
    },
    ...(options.labels === false ? [] : [{text: ' · '}, {text: node.label, ...labelStyle[node.label]}]),
    {text: ` · ${node.id}`, dim: true},
    ...(folded && hasChildren ? [{text: ` · ${countBelow(node)} folded`, color: 'yellow'}] : [])
  ]
  rows.push({
    key: `meta-${node.number}`,
    indent: 0,
    prefix: continuation,
    continuation,
    spans: stance,
    target: node.number
  })
  if (node.note)
    rows.push({
      key: `note-${node.number}`,
      indent: 0,
      prefix: continuation,
      continuation,
      spans: [{text: `“${sanitizeLine(node.note)}”`, italic: true, dim: true}],
      target: node.number
    })
  return below
}

/** The speakers' table: who supports or rebuts whom, and how often. */
export function speakerRows(pairs: SpeakerPair[]): Row[] {
  if (pairs.length === 0) return []
  const width = Math.max(...pairs.map(pair => pair.from.length), 7)
  return [
    {key: 'speakers', indent: 0, spans: [{text: 'Speakers', bold: true}]},
    ...pairs.map((pair, index) => ({
      key: `pair-${index}`,
      indent: 2,
      spans: [
        {text: sanitizeLine(pair.from).padEnd(width)},
        {text: pair.supports > 0 ? `  ✔ supports ×${pair.supports}` : '', color: 'green'},
        {text: pair.rebuts > 0 ? `  ✘ rebuts ×${pair.rebuts}` : '', color: 'red'},
        {text: `  ${sanitizeLine(pair.to)}`}
      ]
    }))
  ]
}

/** The nodes whose subtree holds a claim of `speaker`: one pass over the forest, children before parents. */
function nodesMentioning(forest: DebateForest, speaker: string): Set<TreeNode> {
  const order: TreeNode[] = []
  const stack = forest.trees.map(tree => tree.root)
  while (stack.length > 0) {
    const node = stack.pop()!
    order.push(node)
    stack.push(...node.children)
  }
  const shown = new Set<TreeNode>()
  for (const node of order.reverse()) {
    if (
      claimant(forest.graph.getNodeAttributes(node.id)) === speaker ||
      node.children.some(child => shown.has(child))
    )
      shown.add(node)
  }
  return shown
}

function shorten(text: string): string {
  const clean = sanitizeLine(text)
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean
}
