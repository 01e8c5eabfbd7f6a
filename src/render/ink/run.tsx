// Starts an Ink view and waits for the user to quit; the one place that calls Ink's render.

import {render} from 'ink'
import type {ReactElement} from 'react'

/** Draw `element` full-screen-style until it exits. */
export async function runInk(element: ReactElement): Promise<void> {
  const app = render(element, {exitOnCtrlC: true})
  await app.waitUntilExit()
}
