import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {mapSchema} from '../../src/map/schema.js'
import {root} from '../helpers/seeds.js'

describe('schema/argmap.schema.json', () => {
  it('is the schema the loader validates with', () => {
    expect(JSON.parse(readFileSync(`${root}schema/argmap.schema.json`, 'utf8'))).toEqual(mapSchema)
  })

  it('is named by the flagship map for editors', () => {
    expect(readFileSync(`${root}maps/social-media.yaml`, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/argmap.schema.json'
    )
  })
})
