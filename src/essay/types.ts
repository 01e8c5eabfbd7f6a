// The data an essay becomes: posts, sections, speakers, claims and what was dropped.

/** What a claim does in the text. */
export type ClaimKind = 'claim' | 'question' | 'quote'

/** Where a claim stands in the essay's structure. */
export type ClaimRole = 'body' | 'list' | 'comment'

/** A place in a file: offsets are JavaScript string indexes into the decoded text. */
export interface Span {
  start: number
  end: number
  /** 1-based line of `start`. */
  line: number
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number
}

/** One sentence-level claim, the unit a map links. */
export interface Claim extends Span {
  /** `<essay-key>/<slug>`, stable across edits of other sentences. */
  id: string
  text: string
  kind: ClaimKind
  role: ClaimRole
  /** Who says it here: the post's author or a commenter. */
  speaker: string
  /** For `quote`: the person the words are attributed to. */
  attributedTo: string | null
  /** Index into `Essay.posts`. */
  post: number
  /** Title of the section the claim stands in, if any. */
  section: string | null
}

/** Why a piece of text is not a claim. */
export type DropReason =
  | 'navigation'
  | 'site chrome'
  | 'tag line'
  | 'date stamp'
  | 'byline'
  | 'site header'
  | 'repeated title'
  | 'picture credit'
  | 'author bio'
  | 'related links'
  | 'footer'
  | 'comment form'
  | 'after the article'
  | 'repeated on the page'
  | 'comment header'
  | 'salutation'
  | 'embedded media'
  | 'spam'
  | 'code'

/** Text kept aside, with the reason it is not a claim. */
export interface Dropped {
  text: string
  reason: DropReason
  line: number
}

export interface Section {
  title: string
  line: number
}

export interface Comment {
  speaker: string
  line: number
  /** True when the comment is a reply nested under another. */
  reply: boolean
  /** For a reply: the index (in its post's `comments`) of the comment it answers. */
  repliesTo: number | null
}

/** One post of a page: a tag or archive page holds several. */
export interface Post {
  title: string | null
  author: string | null
  date: string | null
  line: number
  sections: Section[]
  comments: Comment[]
}

export type EssayFormat = 'markdown' | 'text' | 'html'

/** A parsed essay. */
export interface Essay {
  /** The file as the user named it. */
  file: string
  /** The prefix of every claim ID: the author's surname or the file name. */
  key: string
  format: EssayFormat
  title: string | null
  author: string | null
  date: string | null
  posts: Post[]
  claims: Claim[]
  dropped: Dropped[]
  /** Where a page saved by `argmap fetch` came from, and when. */
  source?: {url: string; retrieved: string}
}
