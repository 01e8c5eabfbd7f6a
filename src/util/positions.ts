// Turns string offsets into 1-based line and column numbers.

/** A lookup from offsets to lines and columns for one text. */
export interface LineIndex {
  /** 1-based line and column of a string offset. */
  point(offset: number): {line: number; column: number}
}

/** Index the line starts of `text` once; each lookup is a binary search. */
export function lineIndex(text: string): LineIndex {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return {
    point(offset) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (starts[mid]! <= offset) low = mid
        else high = mid - 1
      }
      return {line: low + 1, column: offset - starts[low]! + 1}
    }
  }
}
