import fc from 'fast-check'
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {lineText, type Row, wrapPlain, wrapRow} from '../../src/render/layout.js'
import {safeJson, safeJsonPieces, sanitize, sanitizeLine} from '../../src/util/sanitize.js'

describe('wrapRow', () => {
  it('never draws a line wider than the width, and keeps every word, cutting only with “…”', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({minLength: 1, maxLength: 12}),
            fc.constantFrom('supercalifragilisticexpialidocious', '漢字かな混じり文', 'naïve', '🙂🙂')
          ),
          {maxLength: 40}
        ),
        fc.integer({min: 20, max: 120}),
        (words, width) => {
          const text = words.map(word => word.replace(/\s/g, 'x')).join(' ')
          const lines = wrapRow({key: 'r', indent: 2, prefix: [{text: '├─ '}], spans: [{text}]}, width).map(
            lineText
          )
          for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width)
          const rejoined = lines
            .map((line, index) => (index === 0 ? line.slice(5) : line.slice(5)).trimEnd())
            .join(' ')
          expect(rejoined.replace(/… ?/g, '').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
        }
      ),
      {numRuns: 300}
    )
  })

  it('cuts a word of a million characters into full lines that keep every character', () => {
    const word = 'ab'.repeat(500_000)
    const lines = wrapRow(
      {key: 'r', indent: 0, prefix: [{text: '└─ '}], spans: [{text: `Go ${word}`}]},
      40
    ).map(lineText)
    expect(lines[0]).toBe('└─ Go')
    expect(lines.slice(1, -1).every(line => line.length === 40 && line.endsWith('…'))).toBe(true)
    expect(
      lines
        .slice(1)
        .map(line => line.slice(3).replace(/…$/u, ''))
        .join('')
    ).toBe(word)
  })

  it('keeps each style on its words and ends no line in a space, where a styled name meets the text', () => {
    const lines = wrapRow(
      {
        key: 'r',
        indent: 0,
        prefix: [{text: '├─ '}],
        continuation: [{text: '│  '}],
        spans: [
          {text: 'Jane Doe: ', bold: true},
          {text: 'one two three four five six', color: 'cyan'}
        ]
      },
      15
    )
    expect(lines.map(lineText)).toEqual(['├─ Jane Doe:', '│  one two', '│  three four', '│  five six'])
    expect(lines[0]!.at(-1)).toEqual({text: 'Jane Doe:', bold: true})
    expect(lines[1]!.slice(1)).toEqual([{text: 'one two', color: 'cyan'}])
  })

  it('hangs continuation lines under the first line’s text', () => {
    const lines = wrapRow(
      {
        key: 'r',
        indent: 0,
        prefix: [{text: '├─ '}],
        continuation: [{text: '│  '}],
        spans: [{text: 'one two three four five six seven eight nine ten'}]
      },
      20
    ).map(lineText)
    expect(lines).toEqual(['├─ one two three', '│  four five six', '│  seven eight nine', '│  ten'])
  })
})

describe('wrapPlain', () => {
  it('prints the very lines wrapRow draws, without their trailing white space, for any words, leads and styles', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.array(
              fc.oneof(
                fc.string({maxLength: 10}),
                fc.constantFrom(
                  ' ',
                  '  ',
                  '\t',
                  'supercalifragilisticexpialidocious',
                  '漢字かな',
                  'naïve',
                  '🙂'
                )
              ),
              {maxLength: 12}
            ),
            bold: fc.boolean()
          }),
          {maxLength: 5}
        ),
        fc.integer({min: 0, max: 6}),
        fc.constantFrom(undefined, [{text: '├─ '}], [{text: '│  └─ ', dim: true}]),
        fc.boolean(),
        fc.integer({min: 4, max: 90}),
        (spans, indent, prefix, continued, width) => {
          const row: Row = {
            key: 'r',
            indent,
            prefix: prefix && [...prefix],
            continuation: continued ? [{text: '│ '}] : undefined,
            spans: spans.map(({text, bold}) => ({text: text.join(''), bold}))
          }
          expect(wrapPlain(row, width)).toEqual(wrapRow(row, width).map(line => lineText(line).trimEnd()))
        }
      ),
      {numRuns: 500}
    )
  })
})

describe('JSON in pieces', () => {
  it('joins to exactly the JSON written whole, at any depth of splitting', () => {
    const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({unit: 'binary'}))
    const data = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.string({unit: 'binary'}),
        fc.oneof(value, fc.array(value), fc.dictionary(fc.string(), value))
      )
    )
    fc.assert(
      fc.property(
        data,
        fc.integer({min: 0, max: 3}),
        fc.integer({min: 0, max: 4}),
        (json, levels, indent) => {
          expect([...safeJsonPieces(json, indent, levels)].join('')).toBe(safeJson(json, indent) ?? 'null')
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('sanitize', () => {
  it('removes every escape sequence and control character but newlines and tabs', () => {
    expect(sanitize('a\u001B[31mred\u001B[0m b\u001B]0;title\u0007 c\u009B2J d\u0000e\u202Ef\tg\nh')).toBe(
      'ared b c def\tg\nh'
    )
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), text => {
        expect(sanitize(text)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u)
      })
    )
  })
})

describe('sanitizeLine', () => {
  it('folds every run of white space to one space and trims the ends, whatever the white space', () => {
    expect(sanitizeLine('one two')).toBe('one two')
    expect(sanitizeLine(' one  two\tthree\u00A0four\nfive\u3000six\uFEFF')).toBe(
      'one two three four five six'
    )
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom('a', ' ', '\t', '\n', '\u00A0', '\u2028', '\uFEFF', 'é')}),
        text => {
          expect(sanitizeLine(text)).toBe(text.replace(/\s+/gu, ' ').trim())
        }
      )
    )
  })
})

describe('blankControls', () => {
  it('keeps every offset: the same length, with escapes and controls turned to spaces', async () => {
    const {blankControls} = await import('../../src/util/sanitize.js')
    // An unterminated title string runs to the end of its line, as a terminal would read it.
    const text =
      'Cats\u001B]0;pwned\u0007 are\u001B[2J good.\r\nAn unterminated \u001B]0;title to the line end.\nNext line.'
    const blanked = blankControls(text)
    expect(blanked).toHaveLength(text.length)
    expect(blanked.replace(/ +/g, ' ')).toBe('Cats are good.\r\nAn unterminated \nNext line.')
  })
})
