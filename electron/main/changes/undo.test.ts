import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TABLES } from '../../shared/columns'
import { CHANNELS, type Channel } from '../../shared/contract'
import type { AppDatabase } from '../db/connection'
import { caller, type Caller } from '../testing/calls'
import { CHANNEL_SAMPLES, channelFixture, type ChannelFixture } from '../testing/channelSamples'
import { freshDispatch } from '../testing/db'
import { everyRow, practiceInFolder } from '../testing/practice'
import { readChanges } from './log'
import { NEVER_UNDOABLE, UNDO_STEPS_KEPT } from './undo'

/** Every record of every table, row by row (the change log and the search index's inner tables aside). */
function records(sqlite: Database.Database): Record<string, unknown[]> {
  const rows = everyRow(sqlite)
  return Object.fromEntries(TABLES.map((table) => [table.name, rows[table.name] ?? []]))
}

let practice: { call: Caller; database: AppDatabase; fixture: ChannelFixture }
beforeEach(async () => {
  const fresh = freshDispatch()
  const call = caller(fresh.dispatch)
  practice = { call, database: fresh.database, fixture: await channelFixture(call, fresh.platform, fresh.folder) }
  // The coach's session starts with the practice as the fixture made it.
  fresh.database.undo.clear()
})
afterEach(async () => {
  await practice.database.close()
})

const sample = async (channel: Channel) => {
  const input = await CHANNEL_SAMPLES[channel].input(practice.fixture as never)
  return practice.call.ok(channel, input as never)
}

/** Keeps the practice's records as they were before each write Undo can take back. */
function recordsBeforeEachStep(database: AppDatabase): Record<string, unknown[]>[] {
  const before: Record<string, unknown[]>[] = []
  let pending: Record<string, unknown[]> | null = null
  database.door.use({
    begin: (write) => {
      pending = write.wholeCall && write.origin !== 'changes:undo' ? records(write.connection) : null
    },
    afterCommit: () => {
      if (pending && database.undo.state().steps > before.length) before.push(pending)
    }
  })
  return before
}

// A coach's morning, of every kind of write: edits, a status change that drops open actions
// with it, a reorder, archive and restore, deletes whose ON DELETE removes and unlinks records.
const MORNING: Channel[] = [
  'clients:update',
  'clients:archive',
  'clients:restore',
  'organisations:update',
  'organisations:createContact',
  'engagements:update',
  'assessment:updateGrowthArea',
  'assessment:createIntakeNote',
  'goals:update',
  'goals:reorder',
  'goals:createMeasurement',
  'goals:updateMeasurement',
  'actions:create',
  'actions:update',
  'actions:setStatus',
  'sessions:update',
  'sessions:setStatus',
  'sessions:createSeries',
  'reviews:update',
  'today:updateSettings',
  'assessment:deleteResult',
  'actions:delete',
  'goals:delete',
  'engagements:setStatus',
  'engagements:delete',
  'clients:delete'
]

describe('Undo', () => {
  it(`takes back ${MORNING.length} writes of every kind, newest first, each giving back exactly the records before it`, async () => {
    const before = recordsBeforeEachStep(practice.database)
    for (const channel of MORNING) await sample(channel)
    expect(before).toHaveLength(MORNING.length)
    while (before.length > 0) {
      await practice.call.ok('changes:undo', {})
      expect(records(practice.database.sqlite)).toEqual(before.pop())
    }
    expect(await practice.call.fail('changes:undo', {})).toMatchObject({ code: 'not_found', message: expect.stringContaining('nothing left to undo') })
  })

  it('brings a deleted client back with everything its delete removed, under the same ids and uids', async () => {
    const { sqlite } = practice.database
    const earlier = records(sqlite)
    await sample('clients:delete')
    expect(sqlite.prepare('SELECT count(*) FROM engagements').pluck().get()).toBe(0)
    expect(await practice.call.ok('changes:undoState', {})).toMatchObject({ next: { words: `delete client ${practice.fixture.ids.client.name}` } })
    const { undone } = await practice.call.ok('changes:undo', {})
    expect(undone).toBe(`delete client ${practice.fixture.ids.client.name}`)
    expect(records(sqlite)).toEqual(earlier)
    const found = await practice.call.ok('search:query', { text: 'Delegating' })
    expect(JSON.stringify(found)).toContain('Delegating')
  })

  it('is itself a write: its changes land in the change log as new entries, and none go', async () => {
    const { sqlite } = practice.database
    await sample('clients:archive')
    const logged = readChanges(sqlite)
    await practice.call.ok('changes:undo', {})
    const after = readChanges(sqlite)
    expect(after.slice(0, logged.length)).toEqual(logged)
    const undo = after.slice(logged.length)
    expect(undo).toEqual([expect.objectContaining({ tableName: 'clients', columnName: 'archived_at', value: null })].concat(undo.length > 1 ? undo.slice(1) : []))
    expect(new Set(undo.map((change) => change.timestamp)).size).toBe(1)
    expect(undo[0]!.timestamp > logged.at(-1)!.timestamp).toBe(true)
  })

  it('says what the next undo takes back, and is no step of its own', async () => {
    expect(await practice.call.ok('changes:undoState', {})).toEqual({ steps: 0, next: null })
    await sample('clients:archive')
    await sample('engagements:setStatus')
    const state = await practice.call.ok('changes:undoState', {})
    expect(state).toMatchObject({ steps: 2, next: { words: expect.stringMatching(/^change the status of engagement /) } })
    expect(await practice.call.ok('changes:undo', {})).toMatchObject({ state: { steps: 1, next: { words: `archive client ${practice.fixture.ids.client.name}` } } })
    expect(await practice.call.ok('changes:undoState', {})).toMatchObject({ steps: 1 })
  })

  it(`keeps the last ${UNDO_STEPS_KEPT} steps`, async () => {
    const { id } = practice.fixture.ids.client
    for (let step = 1; step <= UNDO_STEPS_KEPT + 5; step += 1) await practice.call.ok('clients:update', { id, name: `Name ${step}` })
    expect(await practice.call.ok('changes:undoState', {})).toMatchObject({ steps: UNDO_STEPS_KEPT })
    for (let step = 0; step < UNDO_STEPS_KEPT; step += 1) await practice.call.ok('changes:undo', {})
    expect(await practice.call.ok('clients:get', { id })).toMatchObject({ name: 'Name 5' })
    expect(await practice.call.fail('changes:undo', {})).toMatchObject({ code: 'not_found' })
  })

  it('refuses a step whose records Coachbook itself changed since, and changes nothing', async () => {
    const { id } = practice.fixture.ids.client
    await sample('clients:archive')
    await practice.database.door.for('backup:schedule').write((writer) => writer.updateTable('clients').set({ notes: 'Noted by a task' }).where('id', '=', id).execute())
    const earlier = records(practice.database.sqlite)
    expect(await practice.call.fail('changes:undo', {})).toMatchObject({ code: 'conflict', message: expect.stringContaining('cannot be undone') })
    expect(records(practice.database.sqlite)).toEqual(earlier)
  })
})

describe('every write the coach makes', () => {
  const writes = CHANNELS.filter((channel) => CHANNEL_SAMPLES[channel].kind === 'write' && channel !== 'changes:undo' && !NEVER_UNDOABLE.has(channel))

  it.each(writes)('%s is undone whole', async (channel) => {
    const input = await CHANNEL_SAMPLES[channel].input(practice.fixture as never)
    const earlier = records(practice.database.sqlite)
    await practice.call.ok(channel, input as never)
    const { next } = await practice.call.ok('changes:undoState', {})
    expect(next?.words).toMatch(/^[a-z]/)
    await practice.call.ok('changes:undo', {})
    expect(records(practice.database.sqlite)).toEqual(earlier)
  })
})

describe('never undoable', () => {
  const SENTINEL = 'Sentinel 7f3a: words that must not come back'

  it('an erasure clears every step before it: no undo brings erased words back', async () => {
    const { id, name } = practice.fixture.ids.client
    await practice.call.ok('clients:update', { id, name, notes: SENTINEL })
    await practice.call.ok('clients:archive', { id })
    await practice.call.ok('privacy:eraseClient', { clientId: id, confirmName: name })
    expect(await practice.call.ok('changes:undoState', {})).toEqual({ steps: 0, next: null })
    expect(await practice.call.fail('changes:undo', {})).toMatchObject({ code: 'not_found' })
    const { sqlite } = practice.database
    expect(JSON.stringify(everyRow(sqlite))).not.toContain('Sentinel 7f3a')
    expect(JSON.stringify(sqlite.prepare('SELECT * FROM temp.undo_image').all())).not.toContain('Sentinel 7f3a')
  })

  it.each(['invoices:issue', 'invoices:void'] as const)('%s clears every step before it: a number given out is never taken back', async (channel) => {
    const input = await CHANNEL_SAMPLES[channel].input(practice.fixture as never)
    await practice.call.ok(channel, input as never)
    const issued = practice.database.sqlite.prepare('SELECT count(*) FROM invoices WHERE number IS NOT NULL').pluck().get()
    expect(await practice.call.ok('changes:undoState', {})).toEqual({ steps: 0, next: null })
    expect(await practice.call.fail('changes:undo', {})).toMatchObject({ code: 'not_found' })
    expect(practice.database.sqlite.prepare('SELECT count(*) FROM invoices WHERE number IS NOT NULL').pluck().get()).toBe(issued)
  })

  it('an erasure of one engagement clears the steps too', async () => {
    const { engagementId } = practice.fixture.ids
    await sample('goals:update')
    await practice.call.ok('privacy:eraseEngagement', { engagementId, confirm: true })
    expect(await practice.call.ok('changes:undoState', {})).toEqual({ steps: 0, next: null })
  })
})

describe('a restore', () => {
  it('clears every step: the practice before it is gone', async () => {
    const inFolder = practiceInFolder()
    try {
      const client = await inFolder.call.ok('clients:create', { name: 'Ann Lee' })
      const backup = await inFolder.call.ok('backup:now', {})
      await inFolder.call.ok('clients:archive', { id: client.id })
      expect(await inFolder.call.ok('changes:undoState', {})).toMatchObject({ steps: 2 })
      await inFolder.call.ok('backup:restore', { backupId: backup.id })
      expect(await inFolder.call.ok('changes:undoState', {})).toEqual({ steps: 0, next: null })
      expect(await inFolder.call.fail('changes:undo', {})).toMatchObject({ code: 'not_found' })
    } finally {
      await inFolder.close()
    }
  })
})
