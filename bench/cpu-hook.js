// Loaded with `node --import`: prints the process's CPU time (all threads) on exit, for bench/export.js.
process.on('exit', () => {
  const {user, system} = process.cpuUsage()
  process.stderr.write(`\ncpu-ms ${((user + system) / 1000).toFixed(0)}\n`)
})
