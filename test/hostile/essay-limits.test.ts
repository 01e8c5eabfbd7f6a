// Hostile essays: nesting thousands deep, huge front matter, many paragraphs, old Mac line endings.

import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {markdownToMdast, parsePieces} from '../../src/essay/markdown-blocks.js'
import {markdownPieces, maxNesting} from '../../src/essay/markdown-pieces.js'
import {parseEssay as parse, type ParseOptions} from '../../src/essay/parse-essay.js'
import {InputError} from '../../src/util/errors.js'

const parseEssay = (text: string, options: ParseOptions) =>
  parse(text, {...options, markdown: markdownToMdast})

/** The error a parse throws, or undefined. */
function failure(text: string, file: string): InputError | undefined {
  try {
    parseEssay(text, {file})
    return undefined
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

describe('nesting beyond the limit is a clear error, not a stack overflow', () => {
  it('refuses 10,000 nested block quotes with the file and line', () => {
    const error = failure(`# Title\n\nIntro text here.\n\n${'>'.repeat(10_000)} deep\n`, 'deep.md')
    expect(error?.line).toBe(`deep.md: line 5: block quotes and lists nest more than ${maxNesting} deep`)
    expect(error?.hint).toMatch(/up to 50 levels/)
  })

  it('refuses 10,000 nested list items on one line, and lists nested by indentation', () => {
    expect(failure(`${'- '.repeat(10_000)}item\n`, 'list.md')?.message).toMatch(/^line 1: .*nest more than/)
    const indented = Array.from({length: 60}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')
    expect(failure(indented, 'list.md')?.message).toMatch(/^line 51: /)
  })

  it('reads nesting up to the limit, and indentation that is not nesting', () => {
    const essay = parseEssay(`${'> '.repeat(maxNesting)}A claim deep in quotes.\n`, {file: 'ok.md'})
    expect(essay.claims.map(claim => claim.text)).toEqual(['A claim deep in quotes.'])
    const lazy = Array.from({length: 80}, (_, n) => `- item ${n}\n\nParagraph ${n} here.\n`).join('\n')
    expect(failure(lazy, 'flat.md')).toBeUndefined()
  })

  it('reads 3,000 indented levels of a plain-text list without recursion', () => {
    const lines = Array.from({length: 3000}, (_, level) => `${' '.repeat(level)}- point number ${level}.`)
    const essay = parseEssay(`Deep Outline\n\n${lines.join('\n')}\n`, {file: 'deep.txt'})
    expect(essay.claims.filter(claim => claim.text.startsWith('point number'))).toHaveLength(3000)
    expect(essay.claims.at(-1)).toMatchObject({text: 'point number 2999.', line: 3002})
  })
})

describe('front matter has a size and key limit', () => {
  it('refuses 40,000 keys at once instead of parsing them for seconds', () => {
    const keys = Array.from({length: 40_000}, (_, n) => `k${n}: v`).join('\n')
    const error = failure(`---\n${keys}\ntitle: X\n---\n\nBody text here.\n`, 'fm.md')
    expect(error?.line).toMatch(
      /^fm\.md: line 1: front matter of \d+ characters and 40001 keys is more than argmap reads$/
    )
  })

  it('still reads ordinary front matter', () => {
    const essay = parseEssay('---\ntitle: Small\nauthor: Jo Smith\n---\n\nA claim here.\n', {file: 'a.md'})
    expect(essay).toMatchObject({title: 'Small', author: 'Jo Smith'})
  })
})

describe('Markdown is parsed in pieces that read as the whole', () => {
  const parser = unified().use(remarkParse)
  const block = fc.constantFrom(
    'Para one here.',
    'Para\nwith two lines.',
    'Plain “quoted” (aside) 3.5 # not a heading',
    '2015 was a year.',
    'Trailing space \nnext line',
    'Two spaces  \nhard break',
    'Emphasis *here*.',
    'Emphasis _there_.',
    'A `code` span, a <b>tag</b> & an &amp; entity.',
    'Back\\slash and [brackets].',
    'Line\n- a list interrupts',
    'Line\n===',
    'Line\n---',
    'Line\n> quote interrupts',
    'Line\n  indented continuation',
    '\u00a0',
    'Ünïcödé ok\u00a0',
    '- item',
    '  - nested item',
    '1. first',
    '2) second',
    '> quoted',
    '```\ncode\n\nmore code',
    '```',
    '~~~~',
    '    indented code',
    '<!-- a comment\n\nstill comment',
    '-->',
    '<pre>',
    '</pre>',
    '# Heading',
    'Setext\n===',
    '---',
    '<div>html</div>',
    '[ref]: https://example.com',
    'A [link][ref] here.',
    '\tTabbed'
  )
  const doc = fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\n\n\n')), {maxLength: 20})

  it('gives the same tree, positions included, cut anywhere it may be cut', () => {
    fc.assert(
      fc.property(doc, parts => {
        const text = parts.map(([part, gap]) => part + gap).join('')
        const whole = parser.parse(text)
        const pieces = parsePieces(text, markdownPieces(text, 1))
        expect(pieces.children).toEqual(whole.children)
      }),
      {numRuns: 300}
    )
  })

  it('reads many plain paragraphs without parsing them, with true line numbers', () => {
    const text = Array.from({length: 8000}, (_, n) => `Para ${n} ok.`).join('\n\n')
    expect(markdownPieces(text).filter(piece => piece.kind === 'paragraph')).toHaveLength(8000)
    const essay = parseEssay(text, {file: 'many.md'})
    expect(essay.claims).toHaveLength(8000)
    expect(essay.claims.at(-1)).toMatchObject({text: 'Para 7999 ok.', line: 15_999, column: 1})
  })
})

describe('lone CR and mixed line endings read like LF', () => {
  it('reads an old Mac plain-text file line by line', () => {
    const essay = parseEssay('My Title\rBy Jo Smith\r\rFirst claim is here.\r\rSecond claim is here.\r', {
      file: 'mac.txt'
    })
    expect(essay).toMatchObject({title: 'My Title', author: 'Jo Smith'})
    expect(essay.claims.map(claim => [claim.text, claim.line])).toEqual([
      ['First claim is here.', 4],
      ['Second claim is here.', 6]
    ])
  })

  it('reads front matter and Markdown with CR, CRLF and LF mixed, with true line numbers', () => {
    const text =
      '---\rtitle: CR Title\r\nauthor: Jo Smith\n---\r\rFirst claim is here.\r\n\r\n> Quoted claim here.\n\nLast claim here.\r'
    const essay = parseEssay(text, {file: 'mixed.md'})
    expect(essay).toMatchObject({title: 'CR Title', author: 'Jo Smith'})
    expect(essay.claims.map(claim => [claim.text, claim.line])).toEqual([
      ['First claim is here.', 6],
      ['Quoted claim here.', 8],
      ['Last claim here.', 10]
    ])
  })
})
