import {render} from 'ink-testing-library'
import {afterEach, describe, expect, it} from 'vitest'
import {mounted, press} from '../helpers/ink.js'
import {ForestApp} from '../../src/render/ink/forest-app.js'
import {forestOf} from '../helpers/forest.js'

let app: ReturnType<typeof render> | undefined
afterEach(() => app?.unmount())

const forest = () =>
  forestOf(['b/rebuttal rebuts a/thesis', 'c/counter rebuts b/rebuttal', 'd/support supports a/thesis'])

describe('ForestApp', () => {
  it('draws the tree with branches, stances and labels, and the selected claim’s detail', () => {
    app = render(<ForestApp forest={forest()} file="map.yaml" />)
    const frame = app.lastFrame()!
    expect(frame).toContain('Test debate')
    expect(frame).toContain('1 a: text of a/thesis')
    expect(frame).toMatch(/├─ ✘ 1\.1 b: text of b\/rebuttal/)
    expect(frame).toContain('▼ against the thesis · falls · b/rebuttal')
    expect(frame).toMatch(/└─ ✘ 1\.1\.1 c: text of c\/counter/)
    expect(frame).toContain('a/thesis · for the thesis · stands')
  })

  it('folds with ←, focuses with Enter and goes back with Backspace', async () => {
    app = render(<ForestApp forest={forest()} file="map.yaml" />)
    await mounted()
    await press(app, 'j')
    expect(app.lastFrame()).toContain('b/rebuttal · against the thesis · falls')
    await press(app, '\u001B[D')
    expect(app.lastFrame()).toContain('1 folded')
    expect(app.lastFrame()).not.toContain('text of c/counter')
    await press(app, '\r')
    expect(app.lastFrame()).toContain('focused on 1.1')
    expect(app.lastFrame()).not.toContain('text of d/support')
    await press(app, '\u007F')
    expect(app.lastFrame()).not.toContain('focused on')
  })

  it('hides labels with L, and filters by a speaker picked from a list with s', async () => {
    app = render(<ForestApp forest={forest()} file="map.yaml" />)
    await mounted()
    await press(app, 'L')
    expect(app.lastFrame()).not.toMatch(/· (stands|falls) · [a-d]\//)
    await press(app, 's')
    expect(app.lastFrame()).toContain('show whose claims?')
    expect(app.lastFrame()).toMatch(/all speakers[\s\S]*a \(1\)[\s\S]*d \(1\)/u)
    await press(app, 'c')
    await press(app, '\r')
    expect(app.lastFrame()).toContain('speaker: c')
    expect(app.lastFrame()).not.toContain('show whose claims?')
    await press(app, 's')
    await press(app, '\u001B')
    expect(app.lastFrame()).not.toContain('show whose claims?')
    expect(app.lastFrame()).toContain('speaker: c')
  })

  it('closes the help with Esc, leaving the view open', async () => {
    app = render(<ForestApp forest={forest()} file="map.yaml" />)
    await mounted()
    await press(app, '?')
    expect(app.lastFrame()).toContain('this help')
    await press(app, '\u001B')
    expect(app.lastFrame()).not.toContain('this help')
    expect(app.lastFrame()).toContain('1 a: text of a/thesis')
  })
})
