// `npm run bench`: every benchmark, printed as a table to copy into bench/README.md.

import {benchEssays} from './essay.js'

const rows = []
const report = (name, figure) => {
  rows.push([name, figure])
  console.log(`${name.padEnd(40)} ${figure}`)
}

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`)
benchEssays(report)
