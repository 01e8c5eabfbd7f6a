// Counts in words, the noun in the plural unless the count is one: "1 link", "2 links".

/** `count` and `word`, with an "s" added unless `count` is 1. */
export function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
