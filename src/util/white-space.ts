// Tells white space by its character code: exactly what `\s` matches, without a pattern or a substring.

/** Whether the UTF-16 code unit is one `/\s/u` matches (JavaScript's white space and line terminators). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 160) return false
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether `text` holds more than `limit` runs of non-white space (words, as a split at `\s+` counts them); reads only as far as it must. */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let words = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = isWhiteSpace(text.charCodeAt(index))
    if (!space && !inWord && ++words > limit) return true
    inWord = !space
  }
  return false
}
