#!/usr/bin/env node
// The argmap command: runs the bundled CLI through its code cache. CommonJS (bin/package.json), so that
// starting it never sets up Node's ES module loader.
const {start} = require('../dist/start.cjs')

start(process.argv).then(code => {
  process.exitCode = code
})
