import type { z } from 'zod'

/** A zod schema seen through its definition, so a walk can tell strings, objects, pipes… apart. */
export type SchemaNode = z.core.$ZodTypes

export function nodeOf(schema: z.core.$ZodType): SchemaNode {
  return schema as SchemaNode
}

/** The schema a wrapper (optional, default, pipe…) checks untrusted input with, or null for a leaf or container. */
export function innerInput(schema: z.core.$ZodType): z.core.$ZodType | null {
  const def = nodeOf(schema)._zod.def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType
    // The input side meets the raw value; the output side only sees what the input side let through,
    // unless the input side is a bare transform, whose output can be anything.
    case 'pipe':
      return nodeOf(def.in)._zod.def.type === 'transform' ? def.out : def.in
    case 'lazy':
      return def.getter()
    default:
      return null
  }
}

/** The schema with every wrapper taken off: a string, a number, an object, an array… */
export function unwrapped(schema: z.core.$ZodType): SchemaNode {
  let current = schema
  for (let inner = innerInput(current); inner; inner = innerInput(current)) current = inner
  return nodeOf(current)
}

export interface SchemaPlace {
  /** Dotted, with [] for "any element": `introductions[].reason`. */
  path: string
  schema: SchemaNode
}

/** Every value an input schema checks: objects' fields, arrays and their elements, union members. */
export function* schemaPlaces(schema: z.core.$ZodType, path = ''): Generator<SchemaPlace> {
  const node = unwrapped(schema)
  const def = node._zod.def
  const at = (key: string) => (path ? `${path}.${key}` : key)
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape)) yield* schemaPlaces(child, at(key))
      return
    case 'array':
      yield { path, schema: node }
      yield* schemaPlaces(def.element, `${path}[]`)
      return
    case 'union':
      for (const option of def.options) yield* schemaPlaces(option, path)
      return
    case 'intersection':
      yield* schemaPlaces(def.left, path)
      yield* schemaPlaces(def.right, path)
      return
    case 'record':
      yield* schemaPlaces(def.keyType, at('<key>'))
      yield* schemaPlaces(def.valueType, at('<value>'))
      return
    case 'tuple':
      for (const [index, item] of def.items.entries()) yield* schemaPlaces(item, at(String(index)))
      if (def.rest) yield* schemaPlaces(def.rest, at('<rest>'))
      return
    default:
      yield { path, schema: node }
  }
}

/** The largest length a string or array schema accepts, if one of its checks says. */
export function maximumLength(schema: SchemaNode): number | undefined {
  const limits = (schema._zod.def.checks ?? [])
    .map((check) => check._zod.def)
    .flatMap((def) => (def.check === 'max_length' && 'maximum' in def && typeof def.maximum === 'number' ? [def.maximum] : []))
  return limits.length > 0 ? Math.min(...limits) : undefined
}
