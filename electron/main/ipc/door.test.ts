import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../shared/contract'
import { kindOf, type DoorHook, type HandlerKind } from '../db/door'
import { applyChanges, readChanges } from '../changes'
import { caller } from '../testing/calls'
import { endOfLog, recordsAfter, recordsByUid, recordsChanged } from '../testing/changeLog'
import { CHANNEL_SAMPLES, channelFixture } from '../testing/channelSamples'
import { freshDatabase, freshDispatch } from '../testing/db'
import { everyRow, practiceInFolder } from '../testing/practice'
import { createHandlers } from './handlers'
import type { Dispatch } from './registry'

/**
 * Every channel, as it is registered: a read changes nothing; a write is one
 * transaction of the door, which a failure after its last statement leaves without a
 * trace; a channel with effects beyond the database changes rows only through the door.
 * Changes are counted by SQLite (total_changes), inside the door by its own hooks.
 */

const totalChanges = (connection: Database.Database) => connection.prepare('SELECT total_changes()').pluck().get() as number

/**
 * What the door saw while a channel ran: its writes, the changes each made before its
 * commit, and on each connection the changes of its committed writes (the full-text
 * index adds its own as the transaction commits).
 */
class DoorWatch {
  writes = 0
  madeBeforeCommit = 0
  readonly committed = new Map<Database.Database, number>()
  /** Set to make every write fail after its last statement, as a crash of the code after it would. */
  failure: Error | null = null
  #watching = false
  #atBegin = 0

  readonly hook: DoorHook = {
    begin: (write) => {
      if (!this.#watching) return
      this.writes++
      this.#atBegin = totalChanges(write.connection)
    },
    beforeCommit: (write) => {
      if (!this.#watching) return
      this.madeBeforeCommit += totalChanges(write.connection) - this.#atBegin
      if (this.failure) throw this.failure
    },
    afterCommit: (write) => {
      if (!this.#watching) return
      const made = totalChanges(write.connection) - this.#atBegin
      this.committed.set(write.connection, (this.committed.get(write.connection) ?? 0) + made)
    }
  }

  /** Watches from now on: what a sample set up before is not counted. */
  start(): void {
    this.#watching = true
  }
}

interface PracticeUnderTest {
  dispatch: Dispatch
  watch: DoorWatch
  /** The connection now: a restore replaces it. */
  connection(): Database.Database
  close(): Promise<void>
}

let open: PracticeUnderTest | null = null
afterEach(async () => {
  await open?.close()
  open = null
})

/**
 * A practice holding one record of every kind: in memory for reads and writes; in a
 * file for channels with effects, which back it up, restore it and write files beside it.
 */
async function practiceFor(channel: Channel): Promise<PracticeUnderTest & { input(channel: Channel): Promise<unknown> }> {
  const watch = new DoorWatch()
  const { kind, plain } = CHANNEL_SAMPLES[channel]
  let practice: PracticeUnderTest & { fixture: () => ReturnType<typeof channelFixture> }
  if (kind === 'effect') {
    const inFolder = practiceInFolder({ doorHooks: [watch.hook], encrypted: !plain })
    const chosen = join(inFolder.folder, 'chosen')
    mkdirSync(chosen)
    practice = {
      dispatch: inFolder.dispatch,
      watch,
      connection: () => inFolder.practice.database.sqlite,
      close: inFolder.close,
      fixture: () => channelFixture(inFolder.call, inFolder.platform, chosen)
    }
  } else {
    const fresh = freshDispatch()
    fresh.database.door.use(watch.hook)
    practice = {
      dispatch: fresh.dispatch,
      watch,
      connection: () => fresh.database.sqlite,
      close: () => fresh.database.close(),
      fixture: () => channelFixture(caller(fresh.dispatch), fresh.platform, fresh.folder)
    }
  }
  open = practice
  const fixture = await practice.fixture()
  return { ...practice, input: async (channel) => CHANNEL_SAMPLES[channel].input(fixture as never) }
}

const channelsOf = (kind: HandlerKind) => CHANNELS.filter((channel) => CHANNEL_SAMPLES[channel].kind === kind)
const FAILURE = new Error('a failure after the last statement')

/**
 * Sets up the channel's practice and sample, then calls the channel with the door
 * watched (every write failing when `failure` is set). Returns the answer, the practice,
 * and the rows and change count from just before the call.
 */
async function watchedCall(channel: Channel, failure: Error | null = null) {
  const practice = await practiceFor(channel)
  const input = await practice.input(channel)
  const connection = practice.connection()
  const before = { connection, rows: everyRow(connection), changes: totalChanges(connection) }
  practice.watch.failure = failure
  practice.watch.start()
  return { answer: await practice.dispatch(channel, input), practice, before }
}

/** Changes made on the connection the practice has now, since just before the call (a restore opened a new one, counting from nought). */
function changesSince(practice: PracticeUnderTest, before: { connection: Database.Database; changes: number }): number {
  const now = practice.connection()
  return totalChanges(now) - (now === before.connection ? before.changes : 0)
}

it('registers every channel as a read, a write or a channel with effects, as listed here', () => {
  const { context, database } = freshDispatch()
  const handlers = createHandlers(context)
  const registered = Object.fromEntries(CHANNELS.map((channel) => [channel, kindOf(handlers[channel])]))
  expect(registered).toEqual(Object.fromEntries(CHANNELS.map((channel) => [channel, CHANNEL_SAMPLES[channel].kind])))
  return database.close()
})

describe('a read', () => {
  it.each(channelsOf('read'))('%s changes nothing and opens no write', async (channel) => {
    const { answer, practice, before } = await watchedCall(channel)
    expect(answer).toMatchObject({ ok: true })
    expect(changesSince(practice, before)).toBe(0)
    expect(practice.watch.writes).toBe(0)
  })
})

describe('a write', () => {
  it.each(channelsOf('write'))('%s runs whole in one transaction of the door', async (channel) => {
    const { answer, practice, before } = await watchedCall(channel)
    expect(answer).toMatchObject({ ok: true })
    expect(practice.watch.writes).toBe(1)
    expect(practice.watch.madeBeforeCommit).toBeGreaterThan(0)
    expect(changesSince(practice, before)).toBe(practice.watch.committed.get(practice.connection()))
  })

  it.each(channelsOf('write'))('%s leaves nothing when it fails after its last statement', async (channel) => {
    const { answer, practice, before } = await watchedCall(channel, FAILURE)
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(practice.watch.madeBeforeCommit).toBeGreaterThan(0)
    expect(everyRow(practice.connection())).toEqual(before.rows)
  })
})

describe('a channel with effects beyond the database', () => {
  it.each(channelsOf('effect'))('%s changes rows only through the door', async (channel) => {
    const { answer, practice, before } = await watchedCall(channel)
    expect(answer).toMatchObject({ ok: true })
    expect(changesSince(practice, before)).toBe(practice.watch.committed.get(practice.connection()) ?? 0)
  })

  // A restore replaces the whole file before it writes: what is left after a failure is the backup restored.
  it.each(channelsOf('effect').filter((channel) => channel !== 'backup:restore'))(
    '%s leaves the rows as they were when a write of it fails',
    async (channel) => {
      const { practice, before } = await watchedCall(channel, FAILURE)
      expect(everyRow(practice.connection())).toEqual(before.rows)
    }
  )
})

describe('the change log', () => {
  // A restore replaces the whole practice with a backup, log and all: it changes no record.
  const changing = [...channelsOf('write'), ...channelsOf('effect').filter((channel) => channel !== 'backup:restore')]

  it.each(changing)('says what %s changed, every record and column of it', async (channel) => {
    const practice = await practiceFor(channel)
    const input = await practice.input(channel)
    const before = { records: recordsByUid(practice.connection()), end: endOfLog(practice.connection()) }
    expect(await practice.dispatch(channel, input)).toMatchObject({ ok: true })
    // The connection now: encrypting the practice reopens it.
    const sqlite = practice.connection()
    const after = recordsByUid(sqlite)
    expect(recordsAfter(before.records, readChanges(sqlite, before.end))).toEqual(after)
    if (CHANNEL_SAMPLES[channel].kind === 'write') expect(recordsChanged(before.records, after).length).toBeGreaterThan(0)
  })

  it.each(changing)('replayed into an empty practice after %s, makes the same records', async (channel) => {
    const practice = await practiceFor(channel)
    expect(await practice.dispatch(channel, await practice.input(channel))).toMatchObject({ ok: true })
    const empty = freshDatabase()
    empty.door.writeOnConnection('changes:replay', (connection) => applyChanges(connection, readChanges(practice.connection())))
    expect(recordsByUid(empty.sqlite)).toEqual(recordsByUid(practice.connection()))
    await empty.close()
  })
})
