import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHANNELS, contract } from '../../shared/contract'
import { clientExportSchema } from '../../shared/privacy'
import { maximumLength, schemaPlaces, type SchemaNode } from '../testing/schemaWalk'

/** Every schema that reads what a person or a file may send: each channel's input, and the client export file. */
const INPUTS: [string, SchemaNode][] = [
  ...CHANNELS.map((channel): [string, SchemaNode] => [channel, contract[channel].input as SchemaNode]),
  ['client export file', clientExportSchema as SchemaNode]
]

function placesOf(kind: 'string' | 'array') {
  return INPUTS.flatMap(([name, schema]) =>
    [...schemaPlaces(schema)].filter((place) => place.schema._zod.def.type === kind).map((place) => ({ ...place, name }))
  )
}

/** zod's own wording ("Too big: expected string to have <=200 characters") is not for coaches. */
const ZOD_DEFAULT = /^(Too big|Too small|Invalid)/

describe('text and list limits', () => {
  it('gives every text field of every input an explicit maximum length', () => {
    const strings = placesOf('string')
    expect(strings.length).toBeGreaterThan(100)
    const unlimited = strings.filter((place) => maximumLength(place.schema) === undefined)
    expect(unlimited.map((place) => `${place.name} ${place.path}`)).toEqual([])
  })

  it('gives every list of every input an explicit maximum length', () => {
    const unlimited = placesOf('array').filter((place) => maximumLength(place.schema) === undefined)
    expect(unlimited.map((place) => `${place.name} ${place.path}`)).toEqual([])
  })

  it('refuses a text one character over its limit with a message a coach can read', () => {
    for (const place of placesOf('string')) {
      const limit = maximumLength(place.schema)!
      const result = z.safeParse(place.schema, 'a'.repeat(limit + 1))
      const where = `${place.name} ${place.path}`
      expect(result.success, where).toBe(false)
      const message = result.error?.issues[0]?.message ?? ''
      expect(message, where).not.toMatch(ZOD_DEFAULT)
      expect(message.length, where).toBeGreaterThan(15)
    }
  })
})
