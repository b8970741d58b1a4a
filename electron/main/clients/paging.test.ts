import { describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../shared/contract'
import type { ClientSummary } from '../../shared/clients'
import { COUNTED_UP_TO, isBeyondCounted } from '../../shared/counts'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

type ListInput = Omit<ChannelInput<'clients:list'>, 'cursor'>

/** Every page of the list, in order, checking each page's size and total on the way. */
async function everyPage(input: ListInput & { limit: number }): Promise<ClientSummary[]> {
  const seen: ClientSummary[] = []
  let cursor: string | null = null
  let total: number | null = null
  do {
    const page: { items: ClientSummary[]; total: number; nextCursor: string | null } = await call.ok('clients:list', { ...input, cursor })
    total ??= page.total
    expect(page.total).toBe(total)
    if (page.nextCursor) expect(page.items).toHaveLength(input.limit)
    seen.push(...page.items)
    cursor = page.nextCursor
    // A list that keeps handing out pages past its total would page forever.
    expect(seen.length).toBeLessThanOrEqual(total)
  } while (cursor)
  expect(seen).toHaveLength(total)
  return seen
}

/** Adds clients in one go, straight through the service layer's channel. */
async function addAll(names: string[], fields: Record<string, unknown> = {}) {
  const added = []
  for (const name of names) added.push(await call.ok('clients:create', { name, ...fields }))
  return added
}

describe('the client list, a page at a time', () => {
  it('has no repeats and no gaps across page boundaries, even inside a run of equal names', async () => {
    const names = [
      ...Array.from({ length: 23 }, () => 'Kim Lee'),
      ...Array.from({ length: 40 }, (_, i) => `Client ${i}`),
      ...Array.from({ length: 9 }, () => 'kim lee'),
      ...Array.from({ length: 5 }, () => 'Kím Lée')
    ]
    const added = await addAll(names)
    for (const limit of [1, 7, 10, 23, 100]) {
      const listed = await everyPage({ limit })
      expect(listed.map((client) => client.id).sort((a, b) => a - b)).toEqual(added.map((client) => client.id))
      // Equal names stay in the order they were entered, on every page size.
      const kims = listed.filter((client) => client.name.toLowerCase().startsWith('ki'))
      expect(kims.map((client) => client.id)).toEqual([...kims.map((client) => client.id)].sort((a, b) => a - b))
    }
  })

  it('orders names as people read them: case, accents and numbers, and script by script', async () => {
    await addAll(['zed', 'Łukasz', 'Group 10', 'Anna', 'Émile', 'Group 2', 'lars', 'Bo', '王芳', 'Ольга', 'Αλέξανδρος', 'محمد'])
    const names = (await everyPage({ limit: 5 })).map((client) => client.name)
    expect(names).toEqual(['Anna', 'Bo', 'Émile', 'Group 2', 'Group 10', 'lars', 'Łukasz', 'zed', 'Αλέξανδρος', 'Ольга', 'محمد', '王芳'])
  })

  it('re-sorts a client whose name changes', async () => {
    const [anna] = await addAll(['Anna', 'Bo', 'Cleo'])
    await call.ok('clients:update', { id: anna!.id, name: 'Dana' })
    expect((await everyPage({ limit: 2 })).map((client) => client.name)).toEqual(['Bo', 'Cleo', 'Dana'])
  })

  it('pages through clients with long organisations, emails and many tags', async () => {
    const tags = Array.from({ length: 50 }, (_, i) => `tag-${i}-${'x'.repeat(40)}`)
    await addAll(['Anna', 'Bo', 'Cleo', 'Dana'], { organisation: 'O'.repeat(200), email: `${'e'.repeat(60)}@example.com`, tags })
    expect((await everyPage({ limit: 1 })).map((client) => client.name)).toEqual(['Anna', 'Bo', 'Cleo', 'Dana'])
  })

  it('pages a filtered list and the archived ones, with totals that match', async () => {
    await addAll(Array.from({ length: 12 }, (_, i) => `Acme person ${i}`), { organisation: 'Acme' })
    const others = await addAll(Array.from({ length: 8 }, (_, i) => `Other ${i}`))
    for (const client of others.slice(0, 3)) await call.ok('clients:archive', { id: client.id })
    expect(await everyPage({ limit: 5, query: 'acme' })).toHaveLength(12)
    expect(await everyPage({ limit: 2, archived: 'archived' })).toHaveLength(3)
    expect(await everyPage({ limit: 4, archived: 'all' })).toHaveLength(20)
    expect(await everyPage({ limit: 4 })).toHaveLength(17)
  })

  it('counts up to a thousand clients and says "more" beyond, while every page still comes', async () => {
    await addAll(Array.from({ length: COUNTED_UP_TO + 4 }, (_, i) => `Client ${i}`))
    const first = await call.ok('clients:list', { limit: 500 })
    expect(isBeyondCounted(first.total)).toBe(true)
    expect(first.total).toBe(COUNTED_UP_TO + 1)
    const second = await call.ok('clients:list', { limit: 500, cursor: first.nextCursor })
    const third = await call.ok('clients:list', { limit: 500, cursor: second.nextCursor })
    expect([second.total, third.total]).toEqual([first.total, first.total])
    expect([first.items, second.items, third.items].map((items) => items.length)).toEqual([500, 500, 4])
    expect(third.nextCursor).toBeNull()
    // A filter matching fewer is counted exactly.
    expect((await call.ok('clients:list', { query: 'client 100' })).total).toBe(5)
  })

  it('refuses a list position it did not hand out', async () => {
    await addAll(['Anna', 'Bo'])
    for (const cursor of ['nonsense', '', Buffer.from('[1,2]').toString('base64url'), 'x'.repeat(10_001)]) {
      expect(await call.fail('clients:list', { cursor })).toMatchObject({ code: 'invalid_input', field: 'cursor' })
    }
    expect(await call.fail('clients:list', { limit: 0 })).toMatchObject({ code: 'invalid_input', field: 'limit' })
    expect(await call.fail('clients:list', { limit: 501 })).toMatchObject({ code: 'invalid_input', field: 'limit' })
  })
})
