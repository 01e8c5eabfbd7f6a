// Turns string offsets into 1-based line and column numbers, with vfile-location.

import {location} from 'vfile-location'

/** A lookup from offsets to lines and columns for one text. */
export interface LineIndex {
  /** 1-based line and column of a string offset (clamped to the text). */
  point(offset: number): {line: number; column: number}
}

/** Index `text` once (lazily, as far as the lookups reach); each lookup is a binary search. */
export function lineIndex(text: string): LineIndex {
  const place = location(text)
  return {
    point(offset) {
      const {line, column} = place.toPoint(Math.min(Math.max(offset, 0), text.length))!
      return {line, column}
    }
  }
}
