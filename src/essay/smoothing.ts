// Context smoothing of chrome probabilities: a short block leans toward its neighbours, as in jusText.

/** Blocks of at most this many words borrow from their neighbours; longer ones stand on their own. */
const shortBlock = 7

/**
 * Smooth each short block's chrome probability with its neighbours' (a lone "Home" among menu
 * items is a menu item; a short line between paragraphs is prose). Linear in the block count.
 */
export function smoothChrome(probabilities: number[], wordCounts: number[]): number[] {
  return probabilities.map((own, index) => {
    if (wordCounts[index]! > shortBlock) return own
    const before = probabilities[index - 1]
    const after = probabilities[index + 1]
    const neighbours = [before, after].filter((value): value is number => value !== undefined)
    if (neighbours.length === 0) return own
    const context = neighbours.reduce((sum, value) => sum + value, 0) / neighbours.length
    return 0.5 * own + 0.5 * context
  })
}
