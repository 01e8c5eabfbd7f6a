// `npm run bench`: every benchmark, printed as a table to copy into bench/README.md.

import {benchEssays} from './essay.js'
import {benchMaps} from './map.js'
import {benchViews} from './views.js'

const report = (name, figure) => console.log(`${name.padEnd(48)} ${figure}`)

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`)
await benchEssays(report)
await benchViews(report)
await benchMaps(report)
process.exit(0)
