// Decides which blocks are chrome: shape rules and markup hints as evidence, the fitted model, then smoothing.

import {at, blockFeatures, longBlock, type PageFeatures} from './block-features.js'
import {bestLabel, chromeProbability, type Label, scoreBlock} from './block-model.js'
import type {Block} from './blocks.js'
import {smoothChrome} from './smoothing.js'
import type {DropReason} from './types.js'

/** What the classifier says of one block. */
export interface Verdict {
  /** The most probable label. */
  label: Label
  /** Why the block is chrome, or null when it may hold claims. */
  chrome: DropReason | null
  /** The block announces or closes a comment section ("Comments (4)", "Leave a comment"). */
  aboutComments: boolean
  /** True when only the model says chrome (no shape rule, no hint): weaker evidence. */
  modelOnly: boolean
  /** The block is in a list the author introduced ("Cons:"): the author's words, however short. */
  introduced: boolean
}

/** The reason shown to a user for each chrome label the model may decide alone. */
const modelReasons: Partial<Record<Label, DropReason>> = {
  navigation: 'navigation',
  'site header': 'site header',
  chrome: 'site chrome',
  'tag line': 'tag line',
  date: 'date stamp',
  bio: 'author bio',
  related: 'related links',
  footer: 'footer'
}

const about = /\b(?:comments?|replies|responses|discussion)\b/iu

/** How sure the model must be, after smoothing, to drop a block on its own evidence. */
const threshold = 0.5

/** A verdict for every block of a page, in one pass over the blocks. */
export function judgeBlocks(blocks: Block[], page: PageFeatures = blockFeatures(blocks)): Verdict[] {
  // A long block is the article's or a comment's text unless markup says otherwise: it is not
  // scored, and counts as content for its neighbours' smoothing.
  const long = page.texts.map(text => text.length > longBlock)
  const scores = page.vectors.map((vector, index) => (long[index] ? null : scoreBlock(vector)))
  const smoothed = smoothChrome(
    scores.map(each => (each ? chromeProbability(each) : 0)),
    page.wordCounts
  )
  const introduced = listsAfterLeadIns(blocks, page)
  return blocks.map((block, index) => verdictOf(block, index))

  function verdictOf(block: Block, index: number): Verdict {
    const vector = page.vectors[index]!
    const own = scores[index]
    if (!own) {
      const chrome = block.hint?.kind === 'chrome' ? block.hint.reason : null
      return {
        label: 'body',
        chrome,
        aboutComments: chrome !== null && about.test(page.texts[index]!),
        modelOnly: false,
        introduced: false
      }
    }
    const label = bestLabel(own)
    const shape = page.shapes[index]
    if (block.hint?.kind === 'chrome')
      return {
        label,
        chrome: block.hint.reason,
        aboutComments: about.test(page.texts[index]!),
        modelOnly: false,
        introduced: false
      }
    // A list the author introduced ("Cons:") is the author's list, however short its items.
    if (introduced[index])
      return {label, chrome: null, aboutComments: false, modelOnly: false, introduced: true}
    if (shape)
      return {
        label,
        chrome: shape.reason,
        aboutComments: shape.aboutComments,
        modelOnly: false,
        introduced: false
      }
    const reason = modelReasons[label]
    // Prose is never dropped on the model's word alone: it needs a shape or a hint. Nor are
    // blocks of several lines (code, verse), nor headings and names, which the structure
    // reads (titles, sections, bylines, commenters).
    const words = page.wordCounts[index]!
    const sentence =
      (vector[at['sentence end']] === 1 && words >= 2) ||
      (words >= 8 && vector[at['stopword density']]! >= 0.25)
    const structural =
      block.type === 'heading' ||
      page.texts[index]!.includes('\n') ||
      vector[at['shape:person name']] === 1 ||
      vector[at['shape:comment header']] === 1 ||
      vector[at['shape:byline']] === 1
    if (!reason || sentence || structural || block.hint || smoothed[index]! < threshold)
      return {label, chrome: null, aboutComments: false, modelOnly: false, introduced: false}
    return {
      label,
      chrome: reason,
      aboutComments: about.test(page.texts[index]!),
      modelOnly: true,
      introduced: false
    }
  }
}

/**
 * Blocks that belong to a list the author introduced: a line ending in a colon ("Pros:",
 * "which will create:") right after a paragraph of prose or another such list, that no chrome rule claims, and the
 * list items right after it. A tag line or a menu is not introduced that way ("Tags:" is itself
 * a tag line, and "Search for:" follows no prose).
 */
function listsAfterLeadIns(blocks: Block[], page: PageFeatures): boolean[] {
  const introduced = blocks.map(() => false)
  for (let index = 1; index < blocks.length - 1; index++) {
    const text = page.texts[index]!
    if (!text.endsWith(':') || page.shapes[index] || blocks[index]!.type === 'item') continue
    if (page.wordCounts[index - 1]! < 20 && !introduced[index - 1]) continue
    if (blocks[index + 1]!.type !== 'item') continue
    introduced[index] = true
    for (let next = index + 1; next < blocks.length && blocks[next]!.type === 'item'; next++)
      introduced[next] = true
  }
  return introduced
}
