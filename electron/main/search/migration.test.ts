import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
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

let dir: string
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
      const practice = new PracticeSession({ file, dataDir: dir, database, reopen: () => database })
      const context = { resourcesDir: RESOURCES_DIR, platform: standInPlatform(dir), practice, log: silentLogger, facts: repositoryFacts(dir) }
      const call = caller(createDispatcher(createHandlers(context), database.door, { checkOutputs: true }))
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
