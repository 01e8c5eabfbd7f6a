// Reads Markdown with optional YAML front matter into mdast with remark-parse.

import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'

/** What front matter may state about an essay. */
export interface FrontMatter {
  title?: string
  author?: string
  date?: string
}

/** Reads Markdown text into mdast and its front matter. */
export type MarkdownReader = (text: string) => {tree: Root; meta: FrontMatter}

const frontMatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const parser = unified().use(remarkParse)

/** Parse Markdown; front matter is read and blanked out so offsets stay true to the file. */
export const markdownToMdast: MarkdownReader = text => {
  const match = frontMatter.exec(text)
  const meta = match ? readFrontMatter(match[1]!) : {}
  const body = match ? match[0].replace(/[^\r\n]/g, ' ') + text.slice(match[0].length) : text
  return {tree: parser.parse(body), meta}
}

/** Front matter is untrusted: keep only string-like title, author and date. */
function readFrontMatter(source: string): FrontMatter {
  let data: unknown
  try {
    data = parseYaml(source, {maxAliasCount: 10})
  } catch {
    return {}
  }
  if (typeof data !== 'object' || data === null) return {}
  const record = data as Record<string, unknown>
  const meta: FrontMatter = {}
  for (const key of ['title', 'author', 'date'] as const) {
    const value = record[key]
    if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value)
    else if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10)
  }
  return meta
}
