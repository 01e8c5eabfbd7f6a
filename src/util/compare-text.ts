// Alphabetical order of names without ICU's collator, whose first use costs about 10 ms of startup.

/** A name's sorting key: letters without their accents, in lower case. */
const sortKey = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Alphabetical order ignoring case and accents; names equal under that fall back to code-unit order. */
export function compareText(a: string, b: string): number {
  const left = sortKey(a)
  const right = sortKey(b)
  if (left !== right) return left < right ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
