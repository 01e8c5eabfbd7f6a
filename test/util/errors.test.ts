import {describe, expect, it} from 'vitest'
import {InputError, isInputError, UsageError} from '../../src/util/errors.js'

describe('isInputError', () => {
  it('knows an InputError made by another copy of the module, as the Ink views bundled apart make', async () => {
    const another = '../../src/util/errors.js?another-copy'
    const copy = (await import(another)) as typeof import('../../src/util/errors.js')
    const theirs = new copy.InputError('the map is broken', 'fix it', 'map.yaml')
    expect(theirs instanceof InputError).toBe(false)
    expect(isInputError(theirs)).toBe(true)
    expect(isInputError(new UsageError('wrong'))).toBe(true)
  })

  it('refuses other errors and values', () => {
    expect(isInputError(new Error('a bug'))).toBe(false)
    expect(isInputError('InputError')).toBe(false)
    expect(isInputError(undefined)).toBe(false)
  })
})
