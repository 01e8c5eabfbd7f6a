// Turns string offsets into 1-based line and column numbers, with vfile-location.

import {location} from 'vfile-location'

/** A unist point: 1-based line and column, and the string offset. */
export interface Place {
  line: number
  column: number
  offset: number
}

/** A lookup from offsets to lines and columns for one text. */
export interface LineIndex {
  /** 1-based line and column of a string offset (clamped to the text). */
  point(offset: number): {line: number; column: number}
  /** The unist point of a string offset (clamped): its line, column and offset, in one object. */
  place(offset: number): Place
}

/** Index `text` once (lazily, as far as the lookups reach); each lookup is a binary search. */
export function lineIndex(text: string): LineIndex {
  const found = location(text)
  const place = (offset: number) => found.toPoint(Math.min(Math.max(offset, 0), text.length)) as Place
  return {
    point(offset) {
      const {line, column} = place(offset)
      return {line, column}
    },
    place
  }
}
