// Bundles the CLI with esbuild: one file to open at startup instead of hundreds; Ink and remark
// stay in chunks of their own, loaded only by the paths that need them.

import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {build} from 'esbuild'

/** argmap's version and a hash of every source file: the parse cache's key, so a new build never reads an old parse. */
function buildId() {
  const hash = createHash('sha256')
  for (const file of readdirSync('src', {recursive: true}).sort()) {
    if (!/\.tsx?$/u.test(file)) continue
    hash
      .update(`${file}\0`)
      .update(readFileSync(`src/${file}`))
      .update('\0')
  }
  const {version} = JSON.parse(readFileSync('package.json', 'utf8'))
  return `${version}+${hash.digest('hex').slice(0, 16)}`
}

await build({
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/index.ts',
    views: 'src/render/ink/views.ts',
    'parse-worker': 'src/essay/parse-worker.ts'
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS (React, write-file-atomic) uses require and __filename: give the ESM bundle them.
  banner: {
    js: [
      "import {createRequire as __createRequire} from 'node:module';",
      "import {fileURLToPath as __fileURLToPath} from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));"
    ].join(' ')
  },
  define: {'process.env.NODE_ENV': '"production"', __ARGMAP_BUILD__: JSON.stringify(buildId())},
  // Ink imports React DevTools only when DEV is set; it is not a dependency.
  external: ['react-devtools-core'],
  logLevel: 'warning'
})
