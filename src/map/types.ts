// The data a claim map becomes once read: essays, claims of its own, links, and their places.

/** A path to a value in the map file: keys and array indexes, as the YAML nests them. */
export type MapPath = Array<string | number>

/** How one claim stands to another. */
export type Relation = 'supports' | 'rebuts'

/** An essay the map names, by its key. */
export interface MapEssay {
  key: string
  /** As written in the map: relative to the map file. */
  file: string
  author?: string
  title?: string
  path: MapPath
}

/** A claim the map defines itself, for what no essay states in so many words. */
export interface MapClaim {
  id: string
  text: string
  author?: string
  note?: string
  path: MapPath
}

/** A link as written: `from` supports or rebuts `to`. */
export interface MapLink {
  from: string
  to: string
  relation: Relation
  note?: string
  /** Where the link stands, and where its `from` and `to` IDs stand within it. */
  path: MapPath
  fromPlace: ValuePlace
  toPlace: ValuePlace
}

/** Where a value stands: the path of its YAML scalar, and for the short form, its offset inside. */
export interface ValuePlace {
  path: MapPath
  /** Character offsets within the scalar's value; absent when the value is the whole scalar. */
  within?: [number, number]
}

/** A map as read and validated, before its essays are loaded. */
export interface ClaimMap {
  title?: string
  essays: MapEssay[]
  claims: MapClaim[]
  theses: Array<{id: string; place: ValuePlace}>
  links: MapLink[]
  /**
   * What was left out as invalid (and reported): IDs naming these essays and claims are not
   * judged, and with links left out, nothing counts as unused.
   */
  invalid: {essays: string[]; claims: string[]; links: number[]}
}
