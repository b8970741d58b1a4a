import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { momentOf } from '../../shared/dates'
import { MIGRATIONS } from '../db/migrations'
import { migrate } from '../db/migrator'
import { registerSearchFunctions } from '../search/functions'

/** Noon on the machine's clock that day, as the app stamped `recorded_at`: its day is that day wherever the machine is. */
function noonOn(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return momentOf({ year, month, day: date, hour: 12, minute: 0 })
}

/** A practice as version 10 left it, with engagements whose histories began in each way it could. */
function practiceAtVersion10(): Database.Database {
  const sqlite = new Database(':memory:')
  registerSearchFunctions(sqlite)
  migrate(sqlite, MIGRATIONS.slice(0, 10))
  const now = noonOn('2026-06-01')
  sqlite.prepare("INSERT INTO clients (id, name, search_text, created_at, updated_at) VALUES (1, 'Zoë Ødegård', '', ?, ?)").run(now, now)
  const engagement = sqlite.prepare(
    `INSERT INTO engagements (id, client_id, kind_id, title, start_date, session_minutes, cadence, status, created_at, updated_at)
     VALUES (?, 1, 1, 'Executive coaching', ?, 60, 'fortnightly', 'active', ?, ?)`
  )
  const change = sqlite.prepare(
    'INSERT INTO engagement_status_changes (engagement_id, status, changed_on, note, recorded_at) VALUES (?, ?, ?, ?, ?)'
  )
  // 1: entered as active on 1 June, months after it began: stamped that day.
  engagement.run(1, '2026-01-12', now, now)
  change.run(1, 'active', '2026-06-01', '', noonOn('2026-06-01'))
  change.run(1, 'paused', '2026-06-03', 'Holiday', noonOn('2026-06-03'))
  // 2: stamped the same way, with a start date still to come.
  engagement.run(2, '2026-07-01', now, now)
  change.run(2, 'active', '2026-06-01', '', noonOn('2026-06-01'))
  // 3: its first day was given on purpose (not the day it was recorded).
  engagement.run(3, '2026-01-12', now, now)
  change.run(3, 'active', '2026-02-01', '', noonOn('2026-06-01'))
  // 4: a prospect first.
  engagement.run(4, '2026-01-12', now, now)
  change.run(4, 'prospect', '2026-06-01', '', noonOn('2026-06-01'))
  // 5: active without a start date.
  engagement.run(5, null, now, now)
  change.run(5, 'active', '2026-06-01', '', noonOn('2026-06-01'))
  return sqlite
}

const historyOf = (sqlite: Database.Database, engagementId: number) =>
  (
    sqlite
      .prepare('SELECT status, changed_on AS day FROM engagement_status_changes WHERE engagement_id = ? ORDER BY changed_on, id')
      .all(engagementId) as { status: string; day: string }[]
  ).map(({ status, day }) => `${status} ${day}`)

const startOf = (sqlite: Database.Database, engagementId: number) =>
  (sqlite.prepare('SELECT start_date AS startDate FROM engagements WHERE id = ?').get(engagementId) as { startDate: string | null }).startDate

describe('migration 011: an engagement made active starts on its start date', () => {
  it('dates a first status stamped on the day it was entered on the start date, where the history stays in order', () => {
    const sqlite = practiceAtVersion10()
    migrate(sqlite, MIGRATIONS)
    expect(historyOf(sqlite, 1)).toEqual(['active 2026-01-12', 'paused 2026-06-03'])
    expect(historyOf(sqlite, 2)).toEqual(['active 2026-06-01'])
    expect(historyOf(sqlite, 3)).toEqual(['active 2026-02-01'])
    expect(historyOf(sqlite, 4)).toEqual(['prospect 2026-06-01'])
    expect([1, 2, 3, 4].map((id) => startOf(sqlite, id))).toEqual(['2026-01-12', '2026-07-01', '2026-01-12', '2026-01-12'])
    // Active without a start date: it started the day it became active.
    expect(startOf(sqlite, 5)).toBe('2026-06-01')
    expect(historyOf(sqlite, 5)).toEqual(['active 2026-06-01'])
    // The notes and everything else stay as they were.
    expect(sqlite.prepare("SELECT note FROM engagement_status_changes WHERE status = 'paused' AND engagement_id = 1").get()).toEqual({ note: 'Holiday' })
    sqlite.close()
  })
})
