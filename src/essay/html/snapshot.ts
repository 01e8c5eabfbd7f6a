// The record a fetched page carries of where and when it was fetched: one HTML comment at the top of the file.

/** Where a saved page came from. */
export interface Snapshot {
  url: string
  /** ISO 8601 time of retrieval. */
  retrieved: string
}

const marker = 'argmap snapshot'

/** The comment line that opens a saved page. `--` cannot occur in it, so the comment cannot be closed early. */
export function snapshotComment(snapshot: Snapshot): string {
  const url = snapshot.url.replace(/-{2,}/gu, match => encodeURIComponent(match).replace(/-/gu, '%2D'))
  return `<!-- ${marker}: source=${url} retrieved=${snapshot.retrieved} -->\n`
}

/** The record at the top of a page's text, if it has one. */
export function readSnapshot(text: string): Snapshot | undefined {
  const match = /^\uFEFF?<!-- argmap snapshot: source=(\S+) retrieved=(\S+) -->/u.exec(text)
  return match ? {url: match[1]!, retrieved: match[2]!} : undefined
}
