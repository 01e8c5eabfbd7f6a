// What a parsed essay's comments say, one "speaker: text" line a claim, as tests compare them.

import type {Essay} from '../../src/essay/types.js'

/** Each comment claim as `speaker: text`, in page order. */
export function commentLines(essay: Essay): string[] {
  return essay.claims
    .filter(claim => claim.role === 'comment')
    .map(claim => `${claim.speaker}: ${claim.text}`)
}
