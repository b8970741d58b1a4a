import { afterEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, countRows } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import { seedPractice, type PracticeSize } from './practice'

const TINY: PracticeSize = { clients: 6, organisations: 3, engagements: 12, sessions: 150, actions: 300 }

let databases: AppDatabase[] = []
afterEach(async () => {
  for (const database of databases) await database.close()
  databases = []
})

async function seeded(seed: number) {
  const { dispatch, database } = freshDispatch()
  databases.push(database)
  const report = await seedPractice(caller(dispatch), { size: TINY, seed })
  return { report, sqlite: database.sqlite }
}

const content = (sqlite: AppDatabase['sqlite']) =>
  ['SELECT name, email, notes FROM clients', 'SELECT starts_at, status, agenda, notes FROM sessions', 'SELECT description, due_on, status FROM actions'].map(
    (query) => sqlite.prepare(`${query} ORDER BY rowid`).all()
  )

describe('a demo practice', () => {
  // A practice written through the channels, each write logged: more than the default 5 s on a busy machine.
  it('has exactly the sizes asked for, written through the app’s channels', { timeout: 20_000 }, async () => {
    const { report, sqlite } = await seeded(1)
    expect(report).toMatchObject({ clients: 6, organisations: 3, engagements: 12, sessions: 150, actions: 300 })
    expect(countRows(sqlite, 'clients')).toBe(6)
    expect(countRows(sqlite, 'sessions')).toBe(150)
    expect(countRows(sqlite, 'actions')).toBe(300)
    expect(countRows(sqlite, 'search_session')).toBeGreaterThan(100)
    expect(report.noteCharacters).toBeGreaterThan(10_000)
    // Two coaching groups for the ICF log: six meetings of the circle (one cancelled) and two workshops.
    expect(sqlite.prepare('SELECT name, size FROM coaching_groups ORDER BY id').all()).toEqual([
      { name: 'New managers circle', size: 6 },
      { name: 'Hospital leadership team', size: 9 }
    ])
    expect(sqlite.prepare('SELECT status, count(*) AS sessions FROM coaching_group_sessions GROUP BY status ORDER BY status').all()).toEqual([
      { status: 'cancelled', sessions: 1 },
      { status: 'held', sessions: 7 }
    ])
  })

  it('bills its contracts: packages in instalments, per-session fees with late cancellations billed, sponsors who pay', { timeout: 20_000 }, async () => {
    const { sqlite } = await seeded(1)
    const billed = sqlite
      .prepare(
        `SELECT e.fee_basis AS basis, b.payer, b.late_cancellation_billable AS lateBilled, count(i.id) AS instalments,
                coalesce(sum(i.amount_minor), 0) AS instalmentsTotal, e.fee_amount_minor AS fee
         FROM engagements e JOIN engagement_billing b ON b.engagement_id = e.id LEFT JOIN fee_instalments i ON i.engagement_id = e.id
         GROUP BY e.id`
      )
      .all() as { basis: string; payer: string; lateBilled: number; instalments: number; instalmentsTotal: number; fee: number }[]
    const packages = billed.filter((each) => each.basis === 'package' && each.instalments === 2)
    expect(packages.length).toBeGreaterThan(0)
    for (const each of packages) expect(each.instalmentsTotal).toBe(each.fee)
    expect(billed.some((each) => each.basis === 'per_session' && each.lateBilled === 1)).toBe(true)
    expect(billed.some((each) => each.payer === 'sponsor')).toBe(true)
    expect(countRows(sqlite, 'sponsor_billing')).toBe(3)
  })

  // Three practices written through the channels, each write logged: more than the default 5 s on a busy machine.
  it('is the same for the same seed, and different for another', { timeout: 20_000 }, async () => {
    const [first, again, other] = await Promise.all([seeded(7), seeded(7), seeded(8)])
    expect(content(again.sqlite)).toEqual(content(first.sqlite))
    expect(content(other.sqlite)).not.toEqual(content(first.sqlite))
  })
})
