// Scores each block's labels with the fitted weights (weights.json): a multinomial logistic regression.

import {featureNames, type Features} from './block-features.js'
import fitted from './weights.json' with {type: 'json'}

/** What a block may be. Everything but body, heading and the comment labels is page chrome. */
export const labels = [
  'body',
  'heading',
  'title',
  'byline',
  'date',
  'navigation',
  'site header',
  'chrome',
  'tag line',
  'comment header',
  'comment body',
  'bio',
  'related',
  'footer'
] as const

export type Label = (typeof labels)[number]

/** Labels whose blocks hold no claims: all but the article's and the comments' text. */
export const chromeLabels: ReadonlySet<Label> = new Set(
  labels.filter(label => label !== 'body' && label !== 'heading' && label !== 'comment body')
)

/** The weights file: per label, a weight per feature name (absent names weigh 0). */
export interface Weights {
  labels: Record<string, Record<string, number>>
}

/** A block's label probabilities, in the order of `labels`. */
export type Scores = Float64Array

/** The weight matrix in vector order, built once. */
function matrix(weights: Weights): Float64Array[] {
  return labels.map(label => Float64Array.from(featureNames, name => weights.labels[label]?.[name] ?? 0))
}

const model = matrix(fitted as Weights)

/** Label probabilities of one block (softmax of the linear scores). */
export function scoreBlock(features: Features, weights: Float64Array[] = model): Scores {
  const scores = new Float64Array(labels.length)
  let max = -Infinity
  for (let label = 0; label < labels.length; label++) {
    const row = weights[label]!
    let sum = 0
    for (let feature = 0; feature < features.length; feature++) sum += row[feature]! * features[feature]!
    scores[label] = sum
    if (sum > max) max = sum
  }
  let total = 0
  for (let label = 0; label < scores.length; label++) {
    scores[label] = Math.exp(scores[label]! - max)
    total += scores[label]!
  }
  for (let label = 0; label < scores.length; label++) scores[label] /= total
  return scores
}

/** The most probable label. */
export function bestLabel(scores: Scores): Label {
  let best = 0
  for (let label = 1; label < scores.length; label++) if (scores[label]! > scores[best]!) best = label
  return labels[best]!
}

/** The probability that a block is chrome of any kind. */
export function chromeProbability(scores: Scores): number {
  let sum = 0
  labels.forEach((label, index) => {
    if (chromeLabels.has(label)) sum += scores[index]!
  })
  return sum
}
