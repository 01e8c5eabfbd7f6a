// Runs the bundled CLI (dist/cli.cjs, dist/vendor) through V8 code caches in argmap's cache folder.
// Built as CommonJS (dist/start.cjs), so `__dirname` is dist.

import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Script} from 'node:vm'
import {argmapCacheFolder, removeQuietly, replaceFile} from './util/cache-files.js'

/** Set by the build (scripts/build.js): a new build never reads an old build's code. */
declare const __ARGMAP_BUILD__: string

/** A bundle compiled in this run, and whether V8 took a stored cache for it. */
interface Compiled {
  cacheFile: string
  script: Script
  cacheTaken: boolean
}

/** What a code cache is good for: this build, on this Node and processor. */
const cacheSuffix = `-${__ARGMAP_BUILD__}-${process.version}-${process.arch}.v8`

/**
 * Run the CLI with `argv` and resolve to its exit code. Node 20 has no compile cache, so each bundle
 * is compiled with the code V8 made for it in an earlier run, and the code is stored after a run that
 * had none (or had one V8 refused: another Node, a corrupt file). `--no-cache` neither reads nor writes.
 */
export async function start(argv: string[]): Promise<number> {
  const dist = __dirname
  const folder = argv.includes('--no-cache') ? undefined : join(argmapCacheFolder(), 'code')
  const nodeRequire = createRequire(join(dist, 'cli.cjs'))
  const compiled: Compiled[] = []
  const loaded = new Map<string, unknown>()
  const load = (file: string): unknown => {
    if (!loaded.has(file))
      loaded.set(file, run(file, folder, compiled, {require: bundleRequire, importModule}))
    return loaded.get(file)
  }
  const bundleRequire = (specifier: string) =>
    specifier.startsWith('./vendor/') ? load(join(dist, specifier)) : nodeRequire(specifier)
  // A script compiled by `vm` has no `import()` of its own: the build routes the bundles' to this.
  const importModule = async (specifier: string) =>
    specifier.startsWith('./vendor/') || !specifier.startsWith('./')
      ? bundleRequire(specifier)
      : import(pathToFileURL(join(dist, specifier)).href)
  const {main} = load(join(dist, 'cli.cjs')) as {main: (argv: string[]) => Promise<number>}
  const code = await main(argv)
  if (folder) store(folder, compiled)
  return code
}

/** How a bundle loads what is outside it. */
interface Loaders {
  require: (specifier: string) => unknown
  importModule: (specifier: string) => Promise<unknown>
}

/** Compile and run one CommonJS bundle, with its stored code if there is any; its exports. */
function run(file: string, folder: string | undefined, compiled: Compiled[], loaders: Loaders): unknown {
  const cacheFile = folder && join(folder, basename(file, '.cjs') + cacheSuffix)
  const cachedData = cacheFile ? readCode(cacheFile) : undefined
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __importMetaUrl, __importModule) {${readFileSync(file, 'utf8')}\n})`,
    {filename: file, cachedData}
  )
  if (cacheFile)
    compiled.push({cacheFile, script, cacheTaken: cachedData !== undefined && !script.cachedDataRejected})
  const module = {exports: {}}
  const url = pathToFileURL(file).href
  script.runInThisContext()(
    module.exports,
    loaders.require,
    module,
    file,
    dirname(file),
    url,
    loaders.importModule
  )
  return module.exports
}

/** A stored file is the sha256 of the code, then the code: V8 checks the code's header but not its body. */
const digestBytes = 32
const digest = (code: Uint8Array) => createHash('sha256').update(code).digest()

/** The code stored in `file`, or undefined when there is none or it is not whole. */
function readCode(file: string): Buffer | undefined {
  let stored: Buffer
  try {
    stored = readFileSync(file)
  } catch {
    return undefined
  }
  const code = stored.subarray(digestBytes)
  return stored.length > digestBytes && digest(code).equals(stored.subarray(0, digestBytes))
    ? code
    : undefined
}

/**
 * Store the code of every bundle that had none, made now that the run has compiled what it used; remove
 * other builds' code. Failures (a read-only or full disk) only mean compiling again next time.
 */
function store(folder: string, compiled: Compiled[]): void {
  const missing = compiled.filter(bundle => !bundle.cacheTaken)
  if (missing.length === 0) return
  try {
    mkdirSync(folder, {recursive: true})
    for (const {cacheFile, script} of missing) {
      const code = script.createCachedData()
      replaceFile(cacheFile, Buffer.concat([digest(code), code]))
    }
    for (const name of readdirSync(folder))
      if (name.endsWith('.v8') && !name.endsWith(cacheSuffix)) removeQuietly(join(folder, name))
  } catch {
    // No code cache; the run stands.
  }
}
