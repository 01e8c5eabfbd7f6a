#!/usr/bin/env node
// The argmap command: runs the compiled CLI.
import {main} from '../dist/cli.js'

process.exitCode = await main(process.argv)
