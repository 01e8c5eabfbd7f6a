import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers/seeds.js'
import {tempDir} from '../helpers/temp.js'

describe('argmap as a library', () => {
  it('ships declaration files that a TypeScript project type-checks against', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
    expect(pkg.types).toBe('dist/index.d.ts')
    const dir = tempDir('library')
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(root, join(dir, 'node_modules', 'argmap'), 'dir')
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}')
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true
        },
        files: ['use.ts']
      })
    )
    const use = (body: string) =>
      writeFileSync(
        join(dir, 'use.ts'),
        `import {loadMap, parseEssay, type LoadedMap, type Essay} from 'argmap'\n${body}\n`
      )
    const tsc = () =>
      spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', dir], {encoding: 'utf8'})

    use(
      "const essay: Essay = parseEssay('Title\\n\\nA claim here.', {file: 'a.txt'})\nconst map: Promise<LoadedMap> = loadMap('m.yaml')\nexport const ids = essay.claims.map(claim => claim.id)\nexport {map}"
    )
    const good = tsc()
    expect(good.stdout + good.stderr).toBe('')
    expect(good.status).toBe(0)

    // The declarations are real types, not `any`: a wrong use fails.
    use("export const wrong: number = parseEssay('x', {file: 'a.txt'}).claims")
    const bad = tsc()
    expect(bad.stdout).toContain("Type 'Claim[]' is not assignable to type 'number'")
  })
})
