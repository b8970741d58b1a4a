import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dayOf } from '../../shared/dates'
import { openDatabase, type AppDatabase } from '../db/connection'
import { PracticeSession } from '../db/session'
import { silentLogger } from '../logging/logger'
import { createHandlers } from '../ipc/handlers'
import { createDispatcher } from '../ipc/registry'
import { MIGRATIONS } from '../db/migrations'
import { migrate } from '../db/migrator'
import { caller } from '../testing/calls'
import { RESOURCES_DIR } from '../testing/db'
import { standInPlatform } from '../testing/platform'
import { repositoryFacts } from '../testing/facts'
import { registerSearchFunctions } from './functions'

let dir: string

/** Calls through the app's handlers on a practice opened from a file. */
function callerOn(database: AppDatabase, file: string) {
  const practice = new PracticeSession({ file, dataDir: dir, database, reopen: () => database })
  const context = { resourcesDir: RESOURCES_DIR, platform: standInPlatform(dir), practice, log: silentLogger, facts: repositoryFacts(dir) }
  return caller(createDispatcher(createHandlers(context), database.door, { checkOutputs: true }))
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coachbook-search-migration-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A practice written by the version before search: records, but no index and no sort keys. */
function practiceBeforeSearch(file: string): void {
  const sqlite = new Database(file)
  migrate(sqlite, MIGRATIONS.slice(0, 9))
  const now = '2025-06-01T09:00:00.000Z'
  const client = (name: string, notes = '') =>
    sqlite
      .prepare('INSERT INTO clients (name, notes, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, notes, name.toLowerCase(), now, now).lastInsertRowid
  const zoe = client('Zoë Ødegård', 'Met at the Oslo conference')
  client('Anna Berg')
  client('émile Roux')
  sqlite.prepare("INSERT INTO client_tags (client_id, tag) VALUES (?, 'board')").run(zoe)
  const engagement = sqlite
    .prepare(
      `INSERT INTO engagements (client_id, kind_id, title, session_minutes, cadence, status, created_at, updated_at)
       VALUES (?, 1, 'Executive coaching', 60, 'fortnightly', 'active', ?, ?)`
    )
    .run(zoe, now, now).lastInsertRowid
  sqlite
    .prepare(
      `INSERT INTO sessions (engagement_id, starts_at, duration_minutes, format, billing, status, notes, private_observations, created_at, updated_at)
       VALUES (?, '2025-06-02T09:00:00.000Z', 60, 'video', 'paid', 'held', 'Explored the reorganisation', 'Seemed exhausted', ?, ?)`
    )
    .run(engagement, now, now)
  sqlite.close()
}

describe('migration 010 on a practice that already has records', () => {
  it('indexes everything already written and sorts the existing clients', async () => {
    const file = join(dir, 'coachbook.sqlite')
    practiceBeforeSearch(file)
    const database = openDatabase(file)
    try {
      const call = callerOn(database, file)
      const found = async (text: string) => (await call.ok('search:query', { text })).items.map((item) => item.type)
      expect(await found('reorganisation')).toEqual(['session'])
      expect(await found('exhausted')).toEqual(['session'])
      expect(await found('oslo')).toEqual(['client'])
      expect(await found('board')).toEqual(['client'])
      const { items } = await call.ok('clients:list', {})
      expect(items.map((client) => client.name)).toEqual(['Anna Berg', 'émile Roux', 'Zoë Ødegård'])
    } finally {
      await database.close()
    }
  })
})

/** A practice as version 13 left it: sessions entered in another order than their days, an action and a client. */
function practiceBeforeOrderedIndex(file: string): void {
  const sqlite = new Database(file)
  registerSearchFunctions(sqlite)
  migrate(sqlite, MIGRATIONS.slice(0, 13))
  const now = '2025-06-01T09:00:00.000Z'
  const client = sqlite
    .prepare("INSERT INTO clients (name, notes, search_text, created_at, updated_at) VALUES ('Zoë Ødegård', 'Board pack prep', 'zoe', ?, ?)")
    .run(now, now).lastInsertRowid
  const engagement = sqlite
    .prepare(
      `INSERT INTO engagements (client_id, kind_id, title, session_minutes, cadence, status, created_at, updated_at)
       VALUES (?, 1, 'Executive coaching', 60, 'fortnightly', 'active', ?, ?)`
    )
    .run(client, now, now).lastInsertRowid
  const session = sqlite.prepare(
    `INSERT INTO sessions (engagement_id, starts_at, duration_minutes, format, billing, status, notes, private_observations, created_at, updated_at)
     VALUES (?, ?, 60, 'video', 'paid', 'held', ?, 'Board nerves', ?, ?)`
  )
  for (const [day, notes] of [['2025-03-03', 'March board'], ['2025-01-06', 'January board'], ['2025-02-03', 'February board']]) {
    session.run(engagement, `${day}T12:00:00.000Z`, notes, now, now)
  }
  sqlite
    .prepare("INSERT INTO actions (engagement_id, description, owner, due_on, resources, status, created_at, updated_at) VALUES (?, 'Draft the board pack', 'client', '2025-02-10', '', 'open', ?, ?)")
    .run(engagement, now, now)
  sqlite.close()
}

describe('migration 014 on a practice that already has records', () => {
  it('orders its index by day, keeps every word found, and keeps it in step with later changes', async () => {
    const file = join(dir, 'coachbook.sqlite')
    practiceBeforeOrderedIndex(file)
    const database = openDatabase(file)
    try {
      expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      const call = callerOn(database, file)
      const found = async (text: string, filters: { types?: ['session'] } = {}) =>
        (await call.ok('search:query', { text, ...filters })).items.map((item) => `${item.type} ${item.date}`)
      // Each session's day as the coach's calendar has it: 12:00 UTC is the next day in Kiribati.
      const day = (date: string) => dayOf(`${date}T12:00:00.000Z`)
      expect(await found('board')).toEqual([
        'client null',
        'action 2025-02-10',
        `session ${day('2025-03-03')}`,
        `session ${day('2025-02-03')}`,
        `session ${day('2025-01-06')}`
      ])
      const [january] = (await call.ok('search:query', { text: 'january' })).items
      await call.ok('sessions:update', { id: january!.id, startsAt: '2025-04-07T12:00:00.000Z', status: 'held', notes: 'January board, moved' })
      expect(await found('board', { types: ['session'] })).toEqual([
        `session ${day('2025-04-07')}`,
        `session ${day('2025-03-03')}`,
        `session ${day('2025-02-03')}`
      ])
    } finally {
      await database.close()
    }
  })
})
