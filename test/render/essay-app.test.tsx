import {render} from 'ink-testing-library'
import {afterEach, describe, expect, it} from 'vitest'
import {mounted, press} from '../helpers/ink.js'
import {EssayApp} from '../../src/render/ink/essay-app.js'
import {seed} from '../helpers/seeds.js'

let app: ReturnType<typeof render> | undefined
afterEach(() => app?.unmount())

describe('EssayApp', () => {
  it('shows the header, the claims and the selected claim’s detail', () => {
    app = render(<EssayApp essay={seed('deragon')} />)
    const frame = app.lastFrame()!
    expect(frame).toContain('The Social Ravine Widens')
    expect(frame).toContain('Jay Deragon · 08/23/2011')
    expect(frame).toContain('deragon/social-technology-presents 5:1')
    expect(frame).toMatch(
      /deragon\/social-technology-presents seeds\/003_d3c959c4b23a4e9b\.txt:5:1 · claim · Jay Deragon/
    )
  })

  it('moves the selection with j and shows help with ?', async () => {
    app = render(<EssayApp essay={seed('deragon')} />)
    await mounted()
    await press(app, 'j')
    expect(app.lastFrame()).toMatch(/deragon\/skeptics-see-value seeds\/003_d3c959c4b23a4e9b\.txt:5:134/)
    await press(app, '?')
    expect(app.lastFrame()).toContain('search claim text and IDs')
  })
})

describe('EssayApp detail pane', () => {
  it('grows to show the whole of a long claim', async () => {
    app = render(<EssayApp essay={seed('dimaio')} />)
    await mounted()
    await press(app, '/')
    await press(app, 'strategic perspective')
    await press(app, '\r')
    const pane = app
      .lastFrame()!
      .split(/─{20,}/u)
      .at(-1)!
    expect(pane).toContain('dimaio/strategic-perspective-social')
    expect(pane.replace(/\s+/gu, ' ')).toContain(
      'cultivate the open environment for more talent, diversified social individuals.'
    )
  })
})
