import fc from 'fast-check'
import { z } from 'zod'
import { innerInput, nodeOf, unwrapped } from './schemaWalk'

// Inputs for fuzzing the IPC boundary: anything a compromised or buggy renderer could
// send over Electron's structured clone (not only JSON), hostile values chosen to break
// validators and SQL, and near-valid requests built from each channel's own schema, so
// the handlers behind the validators are exercised too.

const MEGABYTE = 1024 * 1024

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom'
  for (let level = 0; level < depth; level += 1) value = wrap(value)
  return value
}

/** Keys that, as own properties, could pollute prototypes if copied naively. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** Text that breaks naive code: empty, NUL, lone surrogates, unnormalised and look-alike Unicode, SQL, paths, dates off the calendar. */
const NEAR_MISS_TEXT = [
  '', ' ', '\t\n', '\u0000', 'a\u0000b', '\ud800', 'a\udc00b', '\udfff\ud800', 'e\u0301', 'Zoe\u0308', '\u212b', '\ufb01', '\u202eevil',
  '\ufeffBOM', '🧑🏽‍💼', 'ǅ', 'İ',
  "Robert'); DROP TABLE clients;--", "' OR '1'='1", '%', '_', '\\', '"', '`', '$1', '?', ':id', '../../etc/passwd', 'C:\\Windows\\win.ini', 'CON', 'NUL.txt',
  '2026-02-30', '2026-02-29', '2024-02-29', '24:61', '2026-03-14T24:61:00Z', '2026-03-14T09:30:00+25:00', '2026-03-14T09:30:00+14:60',
  '2026-13-01', '0000-00-00', '0000-01-01', '9999-12-31', '+275760-09-13', '2026-03-14T09:30:60Z', ' 2026-03-14 ', '2026-03-14\n',
  '2026-03-14T09:30', '1e3', '0x10', 'NaN', 'Infinity', 'eur', 'XXX', '#GGGGGG', 'Mars/Olympus', 'a@b', 'null', 'undefined'
]

/** Numbers at the edges, and things that are nearly numbers. */
const NEAR_MISS_NUMBERS = [
  Number.NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 1.5, 10.5, 11, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, Number.MAX_VALUE,
  Number.MIN_VALUE, Number.EPSILON, 10n, 2n ** 70n, '1', true, null
]

/** Values built once: big strings are costly to make, and the same ones serve every channel. */
function hostileConstants(): unknown[] {
  const sparse: unknown[] = []
  sparse[5] = 1
  const hugeKey: Record<string, unknown> = { ['k'.repeat(MEGABYTE)]: 1 }
  return [
    ...NEAR_MISS_TEXT,
    ...NEAR_MISS_NUMBERS,
    // Very long text: one and ten megabytes, and long multi-byte text.
    'x'.repeat(MEGABYTE), 'y'.repeat(10 * MEGABYTE), 'Zoë'.repeat(100_000),
    // Wrong shapes.
    true, false, null, undefined, [], {}, [[]], [{}], Object.create(null), new Date(Number.NaN), new Date(0), new Map([[1, 2]]), new Set([1]),
    new Uint8Array(4), new ArrayBuffer(8), sparse, Array.from({ length: 100_000 }, () => 1), { length: 1e9 }, hugeKey,
    // Prototype keys as own properties, as JSON.parse makes them.
    JSON.parse('{"__proto__": {"polluted": true}}'), JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    JSON.parse('{"prototype": {"polluted": true}}'),
    // Deeply nested objects and arrays.
    nested(5_000, (inner) => ({ a: inner })), nested(5_000, (inner) => [inner])
  ]
}

let constants: unknown[] | undefined
/** The hostile values above, made on first use. */
export function hostileValue(): fc.Arbitrary<unknown> {
  constants ??= hostileConstants()
  return fc.constantFrom(...constants)
}

/** Anything Electron's structured clone can carry, with strings over the whole of Unicode. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
  key: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...PROTOTYPE_KEYS, 'id', 'name', 'notes'))
})

// ---- Near-valid requests from a schema -------------------------------------------------

/** Plausible values for text fields; each field takes those its own schema accepts. */
const TEXT_CANDIDATES = [
  'Zoë Ødegård',
  'Tom Baker',
  'Delegate the weekly report by June',
  'A longer note\nover two lines, with “quotes”.',
  'zoe@example.com',
  'Europe/Berlin',
  'EUR',
  'en-GB',
  '#2d6a8e',
  '2026-03-14',
  '2026-06-30',
  '2026-03-14T09:30:00+01:00',
  '2026-03-14T09:30:00Z',
  'Listening',
  'executive',
  ''
]

const NUMBER_CANDIDATES = [0, 1, 2, 3, 5, 8, 10, 14, 30, 45, 60, 90, 100, 1.5, 12.5, -1, 150000]

export interface GenerationContext {
  /** Ids of records that exist now for a field (`goalId`, or `id` on `goals:update`), so a near-valid request usually names one. */
  idsFor(key: string): readonly number[]
}

function accepted(field: z.core.$ZodType, candidates: readonly unknown[]): unknown[] {
  return candidates.filter((candidate) => z.safeParse(field, candidate).success)
}

function fromCandidates(field: z.core.$ZodType, candidates: readonly unknown[], fallback: fc.Arbitrary<unknown>) {
  const fitting = accepted(field, candidates)
  return fitting.length > 0 ? fc.constantFrom(...fitting) : fallback
}

function isIdField(key: string): boolean {
  return key === 'id' || /Id$/.test(key)
}

/** A value the field would probably accept; `field` is the whole field's schema, wrappers and all. */
function plausible(field: z.core.$ZodType, key: string, context: GenerationContext): fc.Arbitrary<unknown> {
  const node = unwrapped(field)
  const def = node._zod.def
  switch (def.type) {
    case 'object':
      return plausibleObject(node as z.core.$ZodObject, context)
    case 'array':
      return fc.array(plausible(def.element, key, context), { maxLength: 3 })
    case 'string':
      return fromCandidates(field, TEXT_CANDIDATES, fc.string({ maxLength: 20 }))
    case 'number': {
      const ids = isIdField(key) ? context.idsFor(key) : []
      return ids.length > 0
        ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 ** 31 }) })
        : fromCandidates(field, NUMBER_CANDIDATES, fc.integer({ min: 0, max: 100 }))
    }
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries))
    case 'literal':
      return fc.constantFrom(...def.values)
    case 'union':
      return fc.oneof(...def.options.map((option) => plausible(option, key, context)))
    default:
      return fc.constant(undefined)
  }
}

/** True when the field may be left out (optional, or has a default). */
function mayBeLeftOut(field: z.core.$ZodType): boolean {
  for (let current: z.core.$ZodType | null = field; current; current = innerInput(current)) {
    const type = nodeOf(current)._zod.def.type
    if (type === 'optional' || type === 'default' || type === 'prefault') return true
  }
  return false
}

function plausibleObject(schema: z.core.$ZodObject, context: GenerationContext): fc.Arbitrary<Record<string, unknown>> {
  const shape = schema._zod.def.shape
  const keys = Object.keys(shape)
  const model = Object.fromEntries(keys.map((key) => [key, plausible(shape[key]!, key, context)]))
  return fc.record(model, { requiredKeys: keys.filter((key) => !mayBeLeftOut(shape[key]!)) })
}

/** A request the channel's schema would probably accept. */
export function plausibleInput(schema: z.core.$ZodType, context: GenerationContext): fc.Arbitrary<unknown> {
  return plausible(schema, '', context)
}

// ---- One thing wrong --------------------------------------------------------------------

type Path = (string | number)[]

/** Every place inside a value that can be changed: object fields and array items, at any depth. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value)
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])])
}

function containerAt(root: Record<string | number, unknown>, path: Path): Record<string | number, unknown> {
  let current: unknown = root
  for (const key of path) current = (current as Record<string | number, unknown>)[key]
  return current as Record<string | number, unknown>
}

/** Sets an own property, even one named __proto__, the way JSON.parse would. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
}

const MUTATIONS = ['replace', 'replace', 'replace', 'remove', 'add-key', 'wrap-in-list', 'whole-as-list'] as const
type Mutation = (typeof MUTATIONS)[number]

/** Stands for "a value of the same kind, just wrong" until the value it replaces is known. */
const NEAR_MISS = Symbol('near miss')

/** A value of the same kind as the one it replaces, but just wrong: a date off the calendar for a date, NaN for a number. */
function nearMiss(original: unknown, choice: number): unknown {
  if (typeof original === 'string') return NEAR_MISS_TEXT[choice % NEAR_MISS_TEXT.length]
  if (typeof original === 'number') return NEAR_MISS_NUMBERS[choice % NEAR_MISS_NUMBERS.length]
  return undefined
}

function mutate(valid: unknown, mutation: Mutation, choice: number, replacement: unknown, extraKey: string): unknown {
  const root = structuredClone({ value: valid }) as Record<string, unknown>
  const paths = [['value'], ...pathsOf(root.value, ['value'])]
  const path = paths[choice % paths.length]!
  const parent = containerAt(root, path.slice(0, -1))
  const key = path.at(-1)!
  switch (mutation) {
    case 'replace':
      setOwn(parent, key, replacement === NEAR_MISS ? nearMiss(parent[key], choice >> 4) : replacement)
      break
    case 'remove':
      Reflect.deleteProperty(parent, key)
      break
    case 'add-key': {
      const target = parent[key]
      if (replacement === NEAR_MISS) replacement = 'extra'
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) setOwn(target as Record<string, unknown>, extraKey, replacement)
      else setOwn(parent, key, { [extraKey]: replacement })
      break
    }
    case 'wrap-in-list':
      setOwn(parent, key, [parent[key]])
      break
    case 'whole-as-list':
      return [root.value]
  }
  return root.value
}

/** A near-valid request with exactly one thing wrong: a field replaced, removed, added or wrapped. */
export function oneThingWrong(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.constantFrom(...MUTATIONS),
      fc.nat(),
      fc.oneof(fc.constant(NEAR_MISS), hostileValue(), anything),
      fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'id', 'toString')
    )
    .map(([value, mutation, choice, replacement, key]) => mutate(value, mutation, choice, replacement, key))
}

/**
 * Every variant of a valid request with one value swapped for each near miss of its
 * kind (every bad date for a date, every edge number for a number): a sweep that finds
 * a validator that chokes on one particular value, which random sampling may never draw.
 */
export function* nearMissVariants(valid: unknown): Generator<unknown> {
  const root = { value: valid }
  for (const path of pathsOf(valid, ['value'])) {
    const original = containerAt(root, path.slice(0, -1))[path.at(-1)!]
    const misses = typeof original === 'string' ? NEAR_MISS_TEXT : typeof original === 'number' ? NEAR_MISS_NUMBERS : []
    for (const miss of misses) {
      const copy = structuredClone(root)
      setOwn(containerAt(copy, path.slice(0, -1)), path.at(-1)!, miss)
      yield copy.value
    }
  }
}

/** Everything a channel is fuzzed with, weighted towards what reaches the handlers. */
export function fuzzInputs(schema: z.core.$ZodType, context: GenerationContext): fc.Arbitrary<unknown> {
  const valid = plausibleInput(schema, context)
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 4, arbitrary: oneThingWrong(valid) },
    { weight: 1, arbitrary: hostileValue() },
    { weight: 1, arbitrary: anything }
  )
}
