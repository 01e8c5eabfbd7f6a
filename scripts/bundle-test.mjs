import {build} from 'esbuild'
const t = Date.now()
await build({
  entryPoints: ['src/cli.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: '/tmp/bundle-out',
  banner: {
    js: "import {createRequire as __argmapRequire} from 'node:module'; const require = __argmapRequire(import.meta.url);"
  },
  define: {'process.env.NODE_ENV': '"production"'},
  logLevel: 'warning',
  metafile: false
})
console.log('bundled in', Date.now() - t, 'ms')
