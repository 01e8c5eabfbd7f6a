// `npm run bench`: every benchmark, printed as a table to copy into bench/README.md.

import {benchEssays} from './essay.js'
import {benchExports} from './export.js'
import {benchMaps} from './map.js'
import {benchCorpusScaling, benchEssayScaling, benchExtremes, benchMapScaling, benchStartup} from './scale.js'
import {benchViews} from './views.js'

const report = (name, figure) => console.log(`${name.padEnd(48)} ${figure}`)

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`)
await benchEssays(report)
await benchViews(report)
await benchMaps(report)
await benchExports(report)
// Whole processes: startup against bare node, scaling at 1×, 4× and 16×, depth, long tokens, peak memory.
benchStartup(report)
benchEssayScaling(report)
benchCorpusScaling(report)
await benchMapScaling(report)
await benchExtremes(report)
process.exit(0)
