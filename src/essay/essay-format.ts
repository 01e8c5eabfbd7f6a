// Tells an essay's format from its file name: Markdown, an HTML page, or plain text.

import {kindOf} from '../util/file-kinds.js'
import type {EssayFormat} from './types.js'

/** Markdown or HTML by extension, plain text otherwise. */
export function formatOf(file: string): EssayFormat {
  const kind = kindOf(file)
  return kind === 'markdown' || kind === 'html' ? kind : 'text'
}
