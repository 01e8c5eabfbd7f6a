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

/**
 * `import process from 'node:process'` (chalk, Ink) makes Node build an ES module facade of `process`, which
 * reads every property, `process.stdin` too: opening standard input costs about 8 ms at startup and can touch
 * a terminal nobody asked to read. The global `process` is the same object; only names used are exported, so
 * a new named import fails the build instead of going missing.
 */
const globalProcess = {
  name: 'global-process',
  setup(build) {
    // Only ES imports: `require('node:process')` (commander) gets the process object itself already.
    build.onResolve({filter: /^(node:)?process$/}, args =>
      args.kind === 'import-statement' ? {path: 'process', namespace: 'global-process'} : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'global-process'}, () => ({
      contents:
        'export default process; export const env = process.env; export const cwd = () => process.cwd()',
      loader: 'js'
    }))
  }
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
  plugins: [globalProcess],
  logLevel: 'warning'
})
