import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { TABLES } from '../../shared/columns'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import { practiceInFolder, temporaryFolder } from '../testing/practice'
import { compactChangeLog, keepChangeLogBounded, readChanges, type Change } from './log'
import { loggedColumns } from './triggers'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

let closing: (() => Promise<void>) | null = null
afterEach(async () => {
  await closing?.()
  closing = null
})

function fresh(): { call: Caller; sqlite: Database.Database; database: AppDatabase } {
  const { dispatch, database } = freshDispatch()
  closing = () => database.close()
  return { call: caller(dispatch), sqlite: database.sqlite, database }
}

const uidOf = (sqlite: Database.Database, table: string, id: number) =>
  sqlite.prepare(`SELECT uid FROM ${table} WHERE id = ?`).pluck().get(id) as string

const valuesOf = (changes: Change[]) => Object.fromEntries(changes.map((change) => [change.columnName, change.value]))

describe('every record', () => {
  it('has a UUIDv7 of its own, and the built-in kinds of engagement the same one in every practice', async () => {
    const { call, sqlite } = fresh()
    const { client, engagement } = await clientWithEngagement(call)
    expect(uidOf(sqlite, 'clients', client.id)).toMatch(UUID_V7)
    expect(uidOf(sqlite, 'engagements', engagement.id)).toMatch(UUID_V7)
    const other = freshDispatch().database
    const kinds = 'SELECT name, uid FROM engagement_kinds WHERE built_in = 1 ORDER BY id'
    expect(other.sqlite.prepare(kinds).all()).toEqual(sqlite.prepare(kinds).all())
    await other.close()
  })

  it('gets a uid from the insert trigger when it is inserted without one', () => {
    const { sqlite } = fresh()
    sqlite.prepare("INSERT INTO organisations (name, created_at, updated_at) VALUES ('Nordlys AS', 'x', 'x')").run()
    const [uid] = sqlite.prepare('SELECT uid FROM organisations').pluck().all()
    expect(uid).toMatch(UUID_V7)
    expect(readChanges(sqlite).map((change) => change.record)).toEqual(['name', 'notes', 'created_at', 'updated_at'].map(() => uid))
  })
})

describe('the change log', () => {
  it('records each column of a new record, under its uid, with one timestamp for the write', async () => {
    const { call, sqlite } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee', email: 'ann@example.com' })
    const changes = readChanges(sqlite)
    const uid = uidOf(sqlite, 'clients', client.id)
    const clients = TABLES.find((table) => table.name === 'clients')!
    expect(changes.map((change) => change.columnName)).toEqual(loggedColumns(clients))
    expect(new Set(changes.map((change) => `${change.tableName} ${change.record} ${change.timestamp}`)).size).toBe(1)
    expect(changes[0]).toMatchObject({ tableName: 'clients', record: uid })
    expect(valuesOf(changes)).toMatchObject({ name: 'Ann Lee', email: 'ann@example.com', archived_at: null })
  })

  it('records only the columns an update changed, later than the write before', async () => {
    const { call, sqlite } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee' })
    const created = readChanges(sqlite)
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee-Smith', role: 'CFO' })
    const updated = readChanges(sqlite).slice(created.length)
    expect(updated.map((change) => change.columnName).sort()).toEqual(['name', 'role', 'search_text', 'updated_at'])
    expect(valuesOf(updated)).toMatchObject({ name: 'Ann Lee-Smith', role: 'CFO' })
    expect(updated[0]!.timestamp > created[0]!.timestamp).toBe(true)
  })

  it('names a linked record by its uid', async () => {
    const { call, sqlite } = fresh()
    const { client, engagement } = await clientWithEngagement(call)
    const logged = valuesOf(readChanges(sqlite).filter((change) => change.record === uidOf(sqlite, 'engagements', engagement.id)))
    expect(logged.client_id).toBe(uidOf(sqlite, 'clients', client.id))
    const kindId = sqlite.prepare('SELECT kind_id FROM engagements WHERE id = ?').pluck().get(engagement.id) as number
    expect(logged.kind_id).toBe(uidOf(sqlite, 'engagement_kinds', kindId))
  })

  it('records a tombstone for every row a delete removes, those of foreign-key cascades too', async () => {
    const { call, sqlite } = fresh()
    const { client, engagement } = await clientWithEngagement(call)
    await call.ok('goals:create', { engagementId: engagement.id, statement: 'Delegate more', measure: 'rating', priority: 'high' })
    const rows = sqlite
      .prepare("SELECT 'clients' AS t, uid FROM clients UNION ALL SELECT 'engagements', uid FROM engagements UNION ALL SELECT 'goals', uid FROM goals UNION ALL SELECT 'engagement_status_changes', uid FROM engagement_status_changes")
      .all() as { t: string; uid: string }[]
    const before = readChanges(sqlite).length
    await call.ok('clients:delete', { id: client.id })
    const tombstones = readChanges(sqlite).slice(before)
    expect(tombstones.every((change) => change.columnName === null && change.value === null)).toBe(true)
    expect(tombstones.map((change) => `${change.tableName} ${change.record}`).sort()).toEqual(rows.map((row) => `${row.t} ${row.uid}`).sort())
  })
})

describe('the clock', () => {
  it('goes on after a restart from where the practice left it, on the same computer id', async () => {
    const folder = temporaryFolder()
    const first = practiceInFolder({ folder })
    await first.call.ok('clients:create', { name: 'Ann Lee' })
    const before = readChanges(first.practice.database.sqlite).at(-1)!.timestamp
    const kept = first.practice.database.sqlite.prepare('SELECT timestamp FROM change_clock').pluck().get()
    await first.practice.close()
    expect(kept).toBe(before)
    const again = practiceInFolder({ folder })
    closing = again.close
    await again.call.ok('clients:create', { name: 'Bo Chen' })
    const after = readChanges(again.practice.database.sqlite).at(-1)!.timestamp
    expect(after > before).toBe(true)
    expect(after.slice(-16)).toBe(before.slice(-16))
  })

  it('is one per practice: two practices open at once keep their own', async () => {
    const one = fresh()
    const two = freshDispatch()
    const other = caller(two.dispatch)
    await one.call.ok('clients:create', { name: 'Ann Lee' })
    await other.ok('clients:create', { name: 'Bo Chen' })
    await one.call.ok('clients:create', { name: 'Cy Diaz' })
    const nodes = (sqlite: Database.Database) => new Set(readChanges(sqlite).map((change) => change.timestamp.slice(-16)))
    expect(nodes(one.sqlite).size).toBe(1)
    expect(nodes(two.database.sqlite).size).toBe(1)
    expect([...nodes(one.sqlite)][0]).not.toBe([...nodes(two.database.sqlite)][0])
    await two.database.close()
  })
})

describe('keeping the log bounded', () => {
  it('keeps, of what is older than the history, the latest value of each column and no value of a deleted record', async () => {
    const { call, sqlite } = fresh()
    const kept = await call.ok('clients:create', { name: 'Ann Lee' })
    await call.ok('clients:update', { id: kept.id, name: 'Ann Lee-Smith' })
    const gone = await call.ok('clients:create', { name: 'Bo Chen' })
    await call.ok('clients:delete', { id: gone.id })
    const cutoff = readChanges(sqlite).at(-1)!.timestamp
    await call.ok('clients:update', { id: kept.id, name: 'Ann Smith' })

    compactChangeLog(sqlite, cutoff)
    const left = readChanges(sqlite)
    const names = left.filter((change) => change.columnName === 'name').map((change) => change.value)
    expect(names).toEqual(['Ann Lee-Smith', 'Ann Smith'])
    const goneUid = left.find((change) => change.columnName === null)!.record
    expect(left.filter((change) => change.record === goneUid)).toHaveLength(1)
    expect(left.filter((change) => change.record === uidOf(sqlite, 'clients', kept.id)).map((change) => change.columnName)).toContain('email')
  })
})

describe('compacting the log at open', () => {
  it('compacts what is older than a year once it has a month of it, then again each month', async () => {
    const { call, sqlite, database } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee' })
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee-Smith' })
    const door = database.door.for('practice:open')
    const day = 24 * 3600 * 1000
    const inAYear = new Date(Date.now() + 366 * day)
    expect(keepChangeLogBounded(door, sqlite, inAYear)).toBe(0)
    const later = new Date(inAYear.getTime() + 31 * day)
    expect(keepChangeLogBounded(door, sqlite, later)).toBeGreaterThan(0)
    await call.ok('clients:update', { id: client.id, name: 'Ann Smith' })
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee' })
    expect(keepChangeLogBounded(door, sqlite, new Date(later.getTime() + 20 * day))).toBe(0)
    expect(keepChangeLogBounded(door, sqlite, new Date(later.getTime() + 31 * day))).toBeGreaterThan(0)
    expect(readChanges(sqlite).filter((change) => change.columnName === 'name').map((change) => change.value)).toEqual(['Ann Lee'])
  })
})
