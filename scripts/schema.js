// Writes schema/argmap.schema.json from the definition the loader validates with.

import {writeFileSync} from 'node:fs'
import {mapSchema} from '../dist/index.js'

writeFileSync(
  new URL('../schema/argmap.schema.json', import.meta.url),
  `${JSON.stringify(mapSchema, null, 2)}\n`
)
