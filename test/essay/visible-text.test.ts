import fc from 'fast-check'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {markdownToMdast} from '../../src/essay/markdown-blocks.js'
import {parseEssay} from '../../src/essay/parse-essay.js'
import {sourceSpan, visibleText} from '../../src/essay/visible-text.js'

const paragraphOf = (markdown: string) => markdownToMdast(markdown).tree.children[0]!

describe('visible text', () => {
  it('is the text nodes’ values, mapped exactly where they equal their source', () => {
    const source = 'Say **it** [plainly](http://x.y).'
    const visible = visibleText(paragraphOf(source), source)
    expect(visible.text).toBe('Say it plainly.')
    const plainly = visible.text.indexOf('plainly')
    expect(sourceSpan(visible, plainly, plainly + 7)).toEqual({start: 12, end: 19})
    expect(sourceSpan(visible, 0, visible.text.length)).toEqual({start: 0, end: source.length})
  })

  it('maps a character shown for an entity to the whole entity', () => {
    const source = 'It&#8217;s fine.'
    const visible = visibleText(paragraphOf(source), source)
    expect(visible.text).toBe('It’s fine.')
    expect(sourceSpan(visible, 2, 3)).toEqual({start: 2, end: 9})
    expect(sourceSpan(visible, 0, 4)).toEqual({start: 0, end: 10})
    expect(sourceSpan(visible, 5, 10)).toEqual({start: 11, end: 16})
  })

  it('leaves images and raw markup out', () => {
    const source = 'One ![alt text](a.png) two <b>three</b>.'
    expect(visibleText(paragraphOf(source), source).text).toBe('One  two three.')
  })

  it('takes the position of the nearest placed ancestor for unplaced text nodes', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{type: 'text', value: 'Plain words.'}],
          position: {start: {line: 1, column: 1, offset: 4}, end: {line: 1, column: 17, offset: 16}}
        }
      ]
    }
    const source = '    Plain words.'
    const visible = visibleText(tree.children[0]!, source)
    expect(sourceSpan(visible, 0, 5)).toEqual({start: 4, end: 9})
  })
})

describe('Markdown claims', () => {
  const word = fc.constantFrom('teams', 'managers', 'trust', 'meetings', 'decide', 'slowly', 'R&D', 'a_b')
  const marked = fc
    .tuple(word, fc.constantFrom('', '**', '_', '`'))
    .map(([text, mark]) => (mark && !text.includes('_') ? `${mark}${text}${mark}` : text))
  const sentence = fc.array(marked, {minLength: 2, maxLength: 8}).map(words => `${words.join(' ')}.`)

  it('carry no markup, and their offsets cover the marked-up sentence', () => {
    fc.assert(
      fc.property(fc.array(sentence, {minLength: 1, maxLength: 4}), sentences => {
        const text = `# Title\n\n${sentences.join(' ')}\n`
        const essay = parseEssay(text, {file: 'x.md', markdown: markdownToMdast})
        for (const claim of essay.claims) {
          expect(claim.text).not.toMatch(/[*`]/u)
          const slice = text.slice(claim.start, claim.end).replace(/[*`]|(?<=\s|^)_|_(?=[\s.]|$)/gu, '')
          expect(slice.replace(/\s+/gu, ' ')).toBe(claim.text)
        }
      }),
      {numRuns: 200}
    )
  })
})
