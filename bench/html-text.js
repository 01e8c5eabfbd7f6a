// Text measures shared by the HTML benchmark: blocks of a DOM, sentences, and a normal form to compare them in.

/** The text blocks of a DOM element (paragraphs, list items, headings, cells), spaces folded. */
export function blocksOf(element) {
  const blocks = []
  let current = ''
  const block = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TD|TH|TR|DT|DD|FIGCAPTION|SECTION|ARTICLE|UL|OL|TABLE|BR)$/u
  const end = () => {
    if (current.trim()) blocks.push(current)
    current = ''
  }
  const walk = node => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) current += child.textContent
      else if (child.nodeType === 1 && !/^(SCRIPT|STYLE|NOSCRIPT)$/u.test(child.tagName)) {
        const isBlock = block.test(child.tagName)
        if (isBlock) end()
        walk(child)
        if (isBlock) end()
      }
    }
  }
  walk(element)
  end()
  return blocks.map(text => text.replace(/\s+/gu, ' ').trim()).filter(Boolean)
}

/** The sentences of some blocks that are long enough to judge (three words, or 12 characters of CJK). */
export function sentencesOf(blocks) {
  return blocks
    .flatMap(text => text.split(/(?<=[.!?。！？])\s*(?=[\p{Lu}\p{Lo}"“‘(\d])/u))
    .map(sentence => sentence.trim())
    .filter(sentence => sentence.split(/\s+/u).length >= 3 || normal(sentence).length >= 12)
}

/** Lower case letters and digits only, so that spacing, quotes and punctuation do not count. */
export function normal(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** A title or byline in the form compared: spaces folded, case and a leading "By" ignored. */
export function label(text) {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .replace(/^by\s+/iu, '')
    .replace(/[\s,.;:|–—-]+$/u, '')
    .trim()
    .toLowerCase()
}
