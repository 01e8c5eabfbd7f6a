// Drives an ink-testing-library app by keys, waiting for each frame instead of a fixed delay.

import type {render} from 'ink-testing-library'
import {vi} from 'vitest'

type App = ReturnType<typeof render>

/** Wait until the app has mounted and listens for keys. */
export const mounted = () => new Promise(resolve => setTimeout(resolve, 100))

/** Type keys and wait until the frame they cause has been drawn; returns that frame. */
export async function press(app: App, keys: string): Promise<string> {
  const before = app.lastFrame()
  app.stdin.write(keys)
  await vi.waitFor(
    () => {
      if (app.lastFrame() === before) throw new Error(`no new frame after ${JSON.stringify(keys)}`)
    },
    {timeout: 10_000, interval: 20}
  )
  // React runs the effects that re-subscribe the key handler after the frame is drawn.
  await new Promise(resolve => setTimeout(resolve, 50))
  return app.lastFrame()!
}
