import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import type { Dispatch } from '../ipc/registry'
import { freshDispatch } from '../testing/db'
import type { Client } from '../../shared/clients'
import type { Result } from '../../shared/result'

let dispatch: Dispatch
let database: AppDatabase

beforeEach(() => {
  ;({ dispatch, database } = freshDispatch())
})
afterEach(() => database.close())

async function ok<T>(promise: Promise<Result<unknown>>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.data as T
}

const add = (fields: Record<string, unknown>) => ok<Client>(dispatch('clients:create', fields))
const list = async (input: Record<string, unknown> = {}) =>
  (await ok<{ items: Client[] }>(dispatch('clients:list', input))).items.map((client) => client.name)

describe('client records', () => {
  it('creates a client with every field and reads it back', async () => {
    const created = await add({
      name: '  Zoë Ødegård  ',
      email: 'zoe@example.com',
      phone: '+47 22 00 00 00',
      organisation: 'Nordlys AS',
      role: 'CFO',
      timezone: 'Europe/Oslo',
      tags: ['executive', 'finance', 'executive'],
      notes: 'First contact through the board.'
    })
    expect(created).toMatchObject({
      name: 'Zoë Ødegård',
      email: 'zoe@example.com',
      organisation: 'Nordlys AS',
      timezone: 'Europe/Oslo',
      tags: ['executive', 'finance'],
      archivedAt: null
    })
    expect(await ok(dispatch('clients:get', { id: created.id }))).toEqual(created)
  })

  it('keeps names in any script exactly as typed', async () => {
    const names = ['Zoë Ødegård', 'Łukasz Żółć', 'Ольга Петрова', '李雷', 'Ana 🌱 Lima', 'e\u0301milie (decomposed)']
    for (const name of names) {
      const created = await add({ name })
      expect((await ok<Client>(dispatch('clients:get', { id: created.id }))).name).toBe(name)
    }
  })

  it('stores empty optional fields as absent', async () => {
    const created = await add({ name: 'Sam', email: '', phone: '   ', organisation: null })
    expect(created).toMatchObject({ email: null, phone: null, organisation: null, role: null, tags: [], notes: '' })
  })

  it('lists clients sorted by name the way people read them', async () => {
    for (const name of ['zed', 'Łukasz', 'Anna', 'Émile', 'lars', 'Bo']) await add({ name })
    expect(await list()).toEqual(['Anna', 'Bo', 'Émile', 'lars', 'Łukasz', 'zed'])
  })

  it('filters as you type on name, organisation, email and tags, ignoring case and accents', async () => {
    await add({ name: 'Zoë Ødegård', organisation: 'Nordlys AS' })
    await add({ name: 'Ольга Петрова', email: 'olga@example.ru', tags: ['mentoring'] })
    await add({ name: 'Tom Baker', organisation: 'Acme' })
    expect(await list({ query: 'zoe odeg' })).toEqual(['Zoë Ødegård'])
    expect(await list({ query: 'ОЛЬГА' })).toEqual(['Ольга Петрова'])
    expect(await list({ query: 'nordlys' })).toEqual(['Zoë Ødegård'])
    expect(await list({ query: 'example.ru' })).toEqual(['Ольга Петрова'])
    expect(await list({ query: 'mentor' })).toEqual(['Ольга Петрова'])
    expect(await list({ query: '%' })).toEqual([])
    expect(await list({ query: 'nobody' })).toEqual([])
  })

  it('filters by the start of each word, as the search palette reads words, from an index kept with every change', async () => {
    const muller = await add({ name: 'Anna Müller', organisation: 'Lumière SA', tags: ['c-suite'] })
    await add({ name: '山田 花子', email: 'hanako@example.jp' })
    const gone = await add({ name: 'Ólafur Gone' })
    expect(await list({ query: 'mül' })).toEqual(['Anna Müller'])
    expect(await list({ query: 'ller' })).toEqual([])
    expect(await list({ query: 'lumi an' })).toEqual(['Anna Müller'])
    expect(await list({ query: 'c-su' })).toEqual(['Anna Müller'])
    expect(await list({ query: '花' })).toEqual(['山田 花子'])
    expect(await list({ query: 'a' })).toEqual(['Anna Müller'])
    // Typed without a letter or a digit: found anywhere in the text.
    expect(await list({ query: '@' })).toEqual(['山田 花子'])
    await ok(dispatch('clients:update', { id: muller.id, name: 'Anna Schmidt', tags: [] }))
    expect(await list({ query: 'mül' })).toEqual([])
    expect(await list({ query: 'schm' })).toEqual(['Anna Schmidt'])
    await ok(dispatch('clients:delete', { id: gone.id }))
    expect(await list({ query: 'ola' })).toEqual([])
  })

  it('edits a client, replacing tags and updating the search text', async () => {
    const created = await add({ name: 'Tom', tags: ['a'] })
    const updated = await ok<Client>(dispatch('clients:update', { id: created.id, name: 'Tom Baker', organisation: 'Acme', tags: ['b'] }))
    expect(updated).toMatchObject({ name: 'Tom Baker', organisation: 'Acme', tags: ['b'] })
    expect(updated.updatedAt >= created.updatedAt).toBe(true)
    expect(await list({ query: 'acme' })).toEqual(['Tom Baker'])
  })

  it('hides archived clients by default and shows them under archived, until restored', async () => {
    const kept = await add({ name: 'Kept' })
    const archived = await add({ name: 'Gone for now' })
    await ok(dispatch('clients:archive', { id: archived.id }))
    expect(await list()).toEqual(['Kept'])
    expect(await list({ archived: 'archived' })).toEqual(['Gone for now'])
    expect(await list({ archived: 'all' })).toEqual(['Gone for now', 'Kept'])
    await ok(dispatch('clients:restore', { id: archived.id }))
    expect(await list()).toEqual(['Gone for now', 'Kept'])
    expect(kept.archivedAt).toBeNull()
  })

  it('deletes a client permanently, with their tags', async () => {
    const created = await add({ name: 'Temporary', tags: ['x'] })
    expect(await ok(dispatch('clients:delete', { id: created.id }))).toEqual({ id: created.id })
    const again = await dispatch('clients:get', { id: created.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM client_tags').get()).toEqual({ n: 0 })
  })

  it('answers not found for a client that does not exist, on every action', async () => {
    for (const channel of ['clients:get', 'clients:archive', 'clients:restore', 'clients:delete']) {
      expect(await dispatch(channel, { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
    expect(await dispatch('clients:update', { id: 999, name: 'X' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'A', email: 'not-an-email' }, 'email'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: 'A', timezone: 'Mars/Olympus' }, 'timezone'],
      [{ name: 'A', tags: ['ok', ''] }, 'tags.1'],
      [{ name: 'A', notes: 'x'.repeat(1_000_001) }, 'notes'],
      [{ name: 'A\ud800' }, 'name'],
      [{ name: 'A', colour: 'red' }, '']
    ]
    for (const [input, field] of cases) {
      const result = await dispatch('clients:create', input)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message.length).toBeGreaterThan(10)
      expect(result.error.field ?? '').toBe(field)
    }
    expect(await list({ archived: 'all' })).toEqual([])
  })
})
