import type {List, ListItem, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {type FormatName, formatNames, formats} from '../../src/export/formats.js'
import {nestingLimit, outlineParts} from '../../src/export/outline.js'
import {forestOf} from '../helpers/forest.js'

const chains = new Map<number, ReturnType<typeof forestOf>>()

/** A chain `depth` levels deep: claim n+1 rebuts claim n. Built once per depth. */
function chain(depth: number) {
  if (!chains.has(depth))
    chains.set(
      depth,
      forestOf(Array.from({length: depth}, (_, index) => `c/n${index + 1} rebuts c/n${index}`))
    )
  return chains.get(depth)!
}

const context = {cwd: '/project'}

/** How deep the lists of a Markdown document nest. */
function listDepth(tree: Root): number {
  let deepest = 0
  const stack: Array<{list: List; depth: number}> = tree.children
    .filter((node): node is List => node.type === 'list')
    .map(list => ({list, depth: 1}))
  while (stack.length > 0) {
    const {list, depth} = stack.pop()!
    deepest = Math.max(deepest, depth)
    for (const item of list.children as ListItem[])
      for (const child of item.children)
        if (child.type === 'list') stack.push({list: child, depth: depth + 1})
  }
  return deepest
}

async function exportAs(format: FormatName, depth: number): Promise<string> {
  return (await formats[format].load())(chain(depth), context)
}

describe('a debate of any depth', () => {
  it('is cut into parts no deeper than the nesting limit, each continuing where the last stopped', () => {
    const parts = outlineParts(chain(40))
    expect(parts.map(part => part.name)).toEqual(['1', '1~2', '1~3'])
    expect(parts[1]!.continues!.number).toBe(`1${'.1'.repeat(nestingLimit)}`)
    expect(parts[1]!.root.node.id).toBe(`c/n${nestingLimit}`)
    expect(parts[2]!.root.node.id).toBe(`c/n${2 * nestingLimit}`)
  })

  it.each(formatNames.filter(name => name !== 'svg' && name !== 'html'))(
    'exports a 12,000-level chain as %s, every claim in it',
    async format => {
      const text = await exportAs(format, 12_000)
      for (const id of ['c/n0', 'c/n9999', 'c/n12000']) expect(text).toContain(id)
    }
  )

  it('Markdown says where a branch continues and never nests deeper than the limit', async () => {
    const text = await exportAs('md', 200)
    expect(listDepth(fromMarkdown(text))).toBe(nestingLimit + 1)
    expect(text).toContain(`its answers continue in 1~2`)
    expect(text).toContain(`### Thesis 1, continued: the answers to 1${'.1'.repeat(nestingLimit)}`)
    expect(text).toContain(`Nesting stops helping past ${nestingLimit} levels`)
  })

  it('grows linearly with depth in every format', async () => {
    for (const format of formatNames.filter(name => name !== 'svg' && name !== 'html')) {
      const small = (await exportAs(format, 3_000)).length
      const large = (await exportAs(format, 12_000)).length
      expect(large / small, format).toBeLessThan(4.4)
    }
  })
})
