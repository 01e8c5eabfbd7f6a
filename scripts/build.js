// Bundles argmap with esbuild: the CLI as one CommonJS file that bin/argmap.js runs through a V8 code
// cache (dist/cli.cjs), the large libraries only some paths need beside it (dist/vendor), and the library
// entry, the parse worker and the Ink views as ES modules (Ink awaits at its top level, which CommonJS cannot).

import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
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

const define = {'process.env.NODE_ENV': '"production"', __ARGMAP_BUILD__: JSON.stringify(buildId())}

await build({
  entryPoints: {
    index: 'src/index.ts',
    views: 'src/render/ink/views.ts',
    'parse-worker': 'src/essay/parse-worker.ts',
    'ink/essay-app': 'src/render/ink/essay-app.tsx',
    'ink/forest-app': 'src/render/ink/forest-app.tsx',
    'ink/watch-app': 'src/render/ink/watch-app.tsx'
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
  define,
  // Ink imports React DevTools only when DEV is set; it is not a dependency.
  external: ['react-devtools-core'],
  plugins: [globalProcess],
  logLevel: 'warning'
})

/** Libraries of a few paths only (writing YAML, reading Markdown and HTML, the exports): each a file of its own. */
const vendored = [
  'yaml',
  'mdast-util-from-markdown',
  'unified',
  'hast-util-from-html',
  'hast-util-to-html',
  'hastscript',
  'mdast-util-to-markdown',
  'mdast-util-gfm-table',
  '@viz-js/viz'
]

/**
 * In the CLI bundle, a vendored library is required from dist/vendor when a module that imports it first
 * runs, and the Ink views are the ES modules above, imported when a view opens.
 */
const outsideTheBundle = {
  name: 'outside-the-bundle',
  setup(build) {
    build.onResolve({filter: new RegExp(`^(${vendored.join('|')})$`)}, args => ({
      path: `./vendor/${args.path}.cjs`,
      external: true
    }))
    build.onResolve({filter: /\/render\/ink\/[a-z]+-app\.js$/}, args => ({
      path: `./ink/${args.path.slice(args.path.lastIndexOf('/') + 1)}`,
      external: true
    }))
  }
}

/** CommonJS for bin/argmap.js to compile through its code cache (src/start.ts); it is handed `__importMetaUrl`. */
const commonjs = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outExtension: {'.js': '.cjs'},
  define: {...define, 'import.meta.url': '__importMetaUrl'},
  logLevel: 'warning'
}

/**
 * Commander requires `child_process` at load for subcommands run as executables, which argmap has none of:
 * loading it (with `net` and `dgram`) costs every run several milliseconds. Required when first used instead.
 */
const lateChildProcess = {
  name: 'late-child-process',
  setup(build) {
    build.onLoad({filter: /commander[\\/]lib[\\/]command\.js$/}, ({path}) => {
      const eager = "const childProcess = require('node:child_process');"
      const source = readFileSync(path, 'utf8')
      if (!source.includes(eager))
        throw new Error(`${path}: commander no longer requires child_process as expected`)
      const late = "const childProcess = {spawn: (...args) => require('node:child_process').spawn(...args)};"
      return {contents: source.replace(eager, late), loader: 'js'}
    })
  }
}

await build({
  ...commonjs,
  entryPoints: {cli: 'src/cli.ts'},
  outdir: 'dist',
  plugins: [outsideTheBundle, lateChildProcess]
})
// The bundle runs in a script compiled by `vm`, which has no `import()`: its dynamic imports (all of a
// string) call the loader's `__importModule` instead.
writeFileSync(
  'dist/cli.cjs',
  readFileSync('dist/cli.cjs', 'utf8').replace(/\bimport\(("[^"]+")\)/gu, '__importModule($1)')
)

await build({
  ...commonjs,
  entryPoints: Object.fromEntries(
    vendored.map(name => [`vendor/${name}`, fileURLToPath(import.meta.resolve(name))])
  ),
  outdir: 'dist'
})

await build({...commonjs, entryPoints: {start: 'src/start.ts'}, outdir: 'dist'})
