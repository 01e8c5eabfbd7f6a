import {describe, expect, it} from 'vitest'
import {argmap} from '../helpers/cli.js'
import {golden} from '../helpers/golden.js'

describe('argmap check <map>', () => {
  it('passes the flagship map with no errors', () => {
    const run = argmap(['check', 'maps/social-media.yaml'])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/maps\/social-media\.yaml: 0 errors, 0 warnings \(33 links over 5 essays\)/)
  })

  it('reports every problem with file:line:column, a code frame and a hint, and exits 1', () => {
    const run = argmap(['check', 'test/fixtures/maps/unknown-ids.yaml'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      [
        'test/fixtures/maps/unknown-ids.yaml:5:5: error: unknown claim “alpha/cats-better-dog”  [unknown-claim]',
        '    4 | links:',
        '  > 5 |   - alpha/cats-better-dog rebuts beta/dogs-loyal-companions',
        '      |     ^^^^^^^^^^^^^^^^^^^^^',
        '  hint: did you mean “alpha/cats-better-dogs”?'
      ].join('\n')
    )
    expect(run.stderr).toContain(
      'test/fixtures/maps/unknown-ids.yaml:6:11: error: no essay “alpa” in this map  [unknown-essay]'
    )
    expect(run.stderr).toContain('2 errors, 0 warnings')
  })

  it('suggests recording the texts of linked claims when they are not recorded yet', () => {
    expect(argmap(['check', 'test/fixtures/maps/good.yaml']).stderr).toContain(
      '4 linked claims have no recorded text: argmap check --fix records them'
    )
    expect(argmap(['check', 'maps/social-media.yaml']).stderr).not.toContain('no recorded text')
  })

  it('prints diagnostics as JSON for scripts', () => {
    const run = argmap(['check', 'test/fixtures/maps/unused.yaml', '--json'])
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.ok).toBe(true)
    expect(report.diagnostics[0]).toEqual({
      file: 'test/fixtures/maps/unused.yaml',
      line: 3,
      column: 3,
      endLine: 3,
      endColumn: 8,
      severity: 'warning',
      rule: 'unused-essay',
      message: 'no link uses essay “gamma”',
      hint: 'link one of its claims, or remove the essay'
    })
  })

  it('says so in one line when the map file cannot be read', () => {
    const run = argmap(['check', 'maps/nope.yaml'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(
      "argmap: maps/nope.yaml: no such file\n  hint: check the map's path and its permissions\n"
    )
  })
})

describe('argmap show <map>', () => {
  it('prints the flagship forest as in the golden file', () => {
    const run = argmap(['show', 'maps/social-media.yaml', '--print', '--width', '100'])
    expect(run.status).toBe(0)
    golden('social-media.txt', run.stdout)
  })

  it('draws Börjesson rebutting Godin with stance and label', () => {
    const out = argmap(['show', 'maps/social-media.yaml', '--width', '200']).stdout
    expect(out).toContain('1 Seth Godin (reported by P A Martin Börjesson): In the post Seth’s Blog')
    expect(out).toMatch(/├─ ✘ 1\.\d+ P A Martin Börjesson: Here I think he is completely wrong!/)
    expect(out).toContain('▼ against the thesis · stands · borjesson/completely-wrong')
    expect(out).toMatch(/P A Martin Börjesson +✘ rebuts ×3 {2}Seth Godin/)
    for (const line of argmap(['show', 'maps/social-media.yaml', '--width', '60']).stdout.split('\n'))
      expect(line.length).toBeLessThanOrEqual(60)
  })

  it('prints the trees with stances, labels and speakers as JSON', () => {
    const forest = JSON.parse(argmap(['show', 'maps/social-media.yaml', '--json']).stdout)
    expect(forest.version).toBe(1)
    expect(forest.links).toHaveLength(33)
    expect(forest.trees[0]).toMatchObject({
      thesis: 'borjesson/post-seths-blog',
      root: {id: 'borjesson/post-seths-blog', stance: 'for', label: 'falls'}
    })
    expect(forest.claims['borjesson/post-seths-blog']).toMatchObject({
      speaker: 'Seth Godin',
      reportedBy: 'P A Martin Börjesson'
    })
    expect(forest.speakers).toContainEqual({from: 'Mark Diner', to: 'Pearl Zhu', supports: 1, rebuts: 0})
  })

  it('shows what is valid of a map with errors, reports every problem and exits 1', () => {
    const run = argmap(['show', 'test/fixtures/maps/partly-broken.yaml', '--width', '100'])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('beta/dogs-loyal-companions')
    expect(run.stdout).toContain('beta/cats-ignore-owners')
    expect(run.stdout).not.toContain('dogz')
    expect(run.stderr).toContain('unknown field “nots”')
    expect(run.stderr).toContain('unknown claim “alpha/cats-better-dogz”')
    expect(run.stderr).toContain('unknown claim “beta/dogs-loyal-companionz”')
    expect(run.stderr).toContain('3 errors; the links and claims they touch are left out')
  })

  it('still refuses a map whose YAML cannot be read, showing nothing', () => {
    const run = argmap(['show', 'test/fixtures/maps/syntax.yaml'])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('not shown, fix the errors above first')
  })
})

describe('untrusted text in maps and essays', () => {
  it('never reaches the terminal or an export with escape sequences', async () => {
    const {scratchProject} = await import('../helpers/project.js')
    const {readFileSync, writeFileSync} = await import('node:fs')
    const project = scratchProject()
    writeFileSync(
      project.essay('alpha'),
      readFileSync(project.essay('alpha'), 'utf8').replace(
        'Cats are better than dogs.',
        'Cats are better\u001B]0;pwned\u0007 than dogs.\u001B[2J'
      )
    )
    writeFileSync(
      project.map,
      readFileSync(project.map, 'utf8').replace(
        'Care is a cost loyalty does not pay back.',
        '"Care\\u001b[31m is a cost\\u001b[8m loyalty does not pay back."'
      )
    )
    expect(argmap(['check', project.map]).status).toBe(0)
    for (const args of [
      ['show', project.map, '--print'],
      ['export', project.map],
      ['export', project.map, '--to', 'dot']
    ]) {
      const run = argmap(args)
      expect(run.status).toBe(0)
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u)
      expect(run.stdout).toContain('Cats are better than dogs.')
    }
    expect(argmap(['show', project.map, '--print']).stdout).toContain(
      'Care is a cost loyalty does not pay back.'
    )
  })

  it('says so when a map has no links yet, and that check has warnings to show', () => {
    const run = argmap(['show', 'test/fixtures/maps/empty-links.yaml'])
    expect(run.stdout).toContain('No links yet: add one with argmap link')
    expect(run.stderr).toBe(
      'test/fixtures/maps/empty-links.yaml: 1 warning; argmap check test/fixtures/maps/empty-links.yaml shows them\n'
    )
  })
})
