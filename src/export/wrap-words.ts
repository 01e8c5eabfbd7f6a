// Wraps a claim into short lines for the boxes of drawn formats (Mermaid, Graphviz).

import {sanitizeLine} from '../util/sanitize.js'

/** Split text into lines of at most `width` characters at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of sanitizeLine(text).split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
