// Gives claims short, readable IDs from their first content words, stable across edits elsewhere.

import {toAscii} from './people.js'

const baseLength = 3
const stopWords = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each even ever every few for from
  further had has have having he her here hers him his how however i if in into is it its itself just
  let like may me might more most much must my no nor not now of off on once only or other our ours
  out over own per quite rather really same shall she should so some still such than that the their
  theirs them then there these they this those through thus to too under until up upon us very was we
  were what when where whether which while who whom whose why will with within without would yet you
  your yours fact indeed simply actually perhaps maybe well think believe say says said let lets get
  got one ones im ive id dont doesnt didnt isnt arent wont cant its thats theres youre weve theyre`.split(
    /\s+/u
  )
)

/** Words enough to tell sentences apart; sentences alike beyond them are numbered. */
const maxWords = 12

/** The first content words of a sentence, folded to lower-case ASCII; its first words when none is. */
export function contentWords(text: string, limit = maxWords): string[] {
  const all: string[] = []
  const content: string[] = []
  const lower = (limit <= maxWords && text.length > 400 ? text.slice(0, 400) : text)
    .toLowerCase()
    .replace(/['’]/g, '')
  for (const token of lower.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const word = /^[a-z0-9]+$/.test(token) ? token : toAscii(token).replace(/[^a-z0-9]/g, '')
    if (word === '') continue
    if (all.length < limit) all.push(word)
    if (word.length > 1 && !stopWords.has(word) && content.push(word) === limit) break
  }
  return content.length > 0 ? content : all
}

/**
 * Slugs for a list of sentences, in order: the first three content words, lengthened within
 * a group of sentences that share them until each differs, numbered only when identical.
 */
export function assignSlugs(texts: string[]): string[] {
  const words = texts.map(text => contentWords(text))
  const groups = new Map<string, number[]>()
  words.forEach((list, index) => {
    const base = list.slice(0, baseLength).join(' ')
    const group = groups.get(base)
    if (group) group.push(index)
    else groups.set(base, [index])
  })
  const slugs: string[] = []
  const taken = new Set<string>()
  const counts = new Map<string, number>()
  for (const members of groups.values()) {
    // Identical word lists share a slug (numbered below); distinct ones lengthen until they
    // differ, and the longest prefix one shares with any other is shared with a sorted neighbour.
    const distinct = [...new Map(members.map(index => [words[index]!.join(' '), words[index]!])).values()]
    distinct.sort(compare)
    const lengths = new Map<string, number>()
    distinct.forEach((own, position) => {
      const before = position > 0 ? commonPrefix(own, distinct[position - 1]!) + 1 : 0
      const after = position < distinct.length - 1 ? commonPrefix(own, distinct[position + 1]!) + 1 : 0
      lengths.set(own.join(' '), Math.max(baseLength, before, after))
    })
    for (const index of members) slugs[index] = slugOf(words[index]!, lengths.get(words[index]!.join(' '))!)
  }
  return slugs.map(slug => {
    let unique = slug
    while (taken.has(unique)) {
      const count = (counts.get(slug) ?? 1) + 1
      counts.set(slug, count)
      unique = `${slug}-${count}`
    }
    taken.add(unique)
    return unique
  })
}

function slugOf(words: string[], length: number): string {
  return words.slice(0, length).join('-') || 'claim'
}

function compare(a: string[], b: string[]): number {
  const length = commonPrefix(a, b)
  if (length === a.length || length === b.length) return a.length - b.length
  return a[length]! < b[length]! ? -1 : 1
}

function commonPrefix(a: string[], b: string[]): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}
