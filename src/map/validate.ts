// Checks map data against the schema: wrong types, missing and unknown fields, bad IDs.

import {error, type Problem} from './problem.js'
import type {Schema} from './schema.js'
import {didYouMean} from './suggest.js'
import type {MapPath} from './types.js'

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a mapping'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`
const expected = (schema: Schema): string =>
  schema.type === 'object' ? 'a mapping' : schema.type === 'array' ? 'a list' : 'text'

/** Validate `value` against `schema`; every problem at once, each at its path. */
export function validate(
  value: unknown,
  schema: Schema,
  path: MapPath = [],
  seen = new Set<object>()
): Problem[] {
  if (schema.oneOf) {
    const match = schema.oneOf.find(option => matchesType(value, option))
    if (!match)
      return [
        error(
          'wrong-type',
          path,
          `expected ${schema.oneOf.map(expected).join(' or ')}, found ${describe(value)}`
        )
      ]
    return validate(value, match, path, seen)
  }
  if (typeof value === 'object' && value !== null) {
    // A YAML alias yields the same object twice: refuse it rather than walk it again (alias bombs).
    if (seen.has(value))
      return [error('alias', path, 'aliases are not allowed in a map', 'write the value out in full')]
    seen.add(value)
  }
  if (!matchesType(value, schema))
    return [
      error('wrong-type', path, `expected ${expected(schema)}, found ${describe(value)}`, schema.description)
    ]
  if (schema.type === 'string') return validateString(value as string, schema, path)
  if (schema.type === 'array')
    return (value as unknown[]).flatMap((item, index) =>
      validate(item, schema.items!, [...path, index], seen)
    )
  return validateObject(value as Record<string, unknown>, schema, path, seen)
}

function matchesType(value: unknown, schema: Schema): boolean {
  if (schema.type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value)
  if (schema.type === 'array') return Array.isArray(value)
  if (schema.type === 'string') return typeof value === 'string'
  return true
}

function validateString(value: string, schema: Schema, path: MapPath): Problem[] {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength)
    return [error('empty', path, 'this value is empty', schema.description)]
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
    return [error('bad-format', path, `“${value}” is not of the form this field takes`, schema.description)]
  }
  return []
}

function validateObject(
  value: Record<string, unknown>,
  schema: Schema,
  path: MapPath,
  seen: Set<object>
): Problem[] {
  const problems: Problem[] = []
  const known = Object.keys(schema.properties ?? {})
  for (const key of schema.required ?? []) {
    if (!(key in value))
      problems.push(
        error('missing-field', path, `missing field “${key}”`, schema.properties?.[key]?.description)
      )
  }
  for (const [key, item] of Object.entries(value)) {
    const property = schema.properties?.[key]
    if (property) problems.push(...validate(item, property, [...path, key], seen))
    else if (schema.additionalProperties === false) {
      problems.push({
        ...error(
          'unknown-field',
          [...path, key],
          `unknown field “${key}”`,
          didYouMean(key, known) ?? `known fields: ${known.join(', ')}`
        ),
        onKey: true
      })
    } else if (schema.additionalProperties) {
      if (schema.propertyNames) {
        const [problem] = validateString(key, schema.propertyNames, [...path, key])
        if (problem)
          problems.push({
            ...problem,
            message: `“${key}” is not a valid key here`,
            hint: keyHint(schema.propertyNames),
            onKey: true
          })
      }
      problems.push(...validate(item, schema.additionalProperties, [...path, key], seen))
    }
  }
  return problems
}

function keyHint(schema: Schema): string {
  return schema.pattern?.includes('/')
    ? 'claim keys look like essay-key/slug: lower-case letters, digits and dashes'
    : 'keys are lower-case letters, digits and dashes'
}
