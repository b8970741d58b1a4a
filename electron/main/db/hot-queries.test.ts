import type { Statement } from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from './connection'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

/**
 * The queries a coach runs all day must find their rows through an index at any size
 * of practice. These tests record every statement a channel runs and read SQLite's
 * plan for it, with the values it was run with.
 */
let call: Caller
let database: AppDatabase
let engagementId: number
let clientId: number

interface Ran {
  sql: string
  args: unknown[]
}

const METHODS = ['all', 'get', 'run', 'iterate'] as const
type Method = (typeof METHODS)[number]

const TODAY = '2026-03-10'
const TODAY_BOUNDS = {
  today: TODAY,
  weekEnd: '2026-03-15',
  todayFrom: '2026-03-10T00:00:00Z',
  tomorrowFrom: '2026-03-11T00:00:00Z',
  weekUntil: '2026-03-16T00:00:00Z'
}

beforeEach(async () => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
  const made = await clientWithEngagement(call)
  engagementId = made.engagement.id
  clientId = made.client.id
  for (const name of ['Anna', 'Bo', 'Émile']) await call.ok('clients:create', { name })
  const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate the weekly report' })
  const session = await call.ok('sessions:create', { engagementId, startsAt: '2026-02-02T10:00:00Z', notes: 'Delegation' })
  await call.ok('actions:create', { engagementId, goalId: goal.id, sessionId: session.id, description: 'Hand over', today: TODAY })
})
afterEach(() => database.close())

/**
 * Every statement run while `action` runs, with its parameters. The app keeps its
 * statements compiled (db/statements.ts), so they are caught where they run.
 */
async function statementsOf(action: () => Promise<unknown>): Promise<Ran[]> {
  const methods = Object.getPrototypeOf(database.sqlite.prepare('SELECT 1')) as Record<Method, (...args: unknown[]) => unknown>
  const original = Object.fromEntries(METHODS.map((method) => [method, methods[method]])) as typeof methods
  const ran: Ran[] = []
  for (const method of METHODS) {
    methods[method] = function (this: Statement, ...args: unknown[]) {
      ran.push({ sql: this.source, args: args.flat() })
      return original[method].apply(this, args)
    }
  }
  try {
    await action()
  } finally {
    for (const method of METHODS) methods[method] = original[method]
  }
  return ran
}

function planOf({ sql, args }: Ran): string[] {
  const rows = database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]
  return rows.map((row) => row.detail)
}

/** FTS5's list of an index's words (fts5vocab) read from a given word on: its plan's index number has this bit. */
const FROM_A_WORD = 0x200

/** A read of a list of words positioned at a word, not the whole list. */
function isSeekInWords(step: string): boolean {
  const index = /^SCAN \w+_terms VIRTUAL TABLE INDEX (\d+):/.exec(step)?.[1]
  return index !== undefined && (Number(index) & FROM_A_WORD) !== 0
}

/**
 * A step that reads a whole table, or the whole full-text index instead of its matches
 * (FTS5's plan names M for MATCH). Reading json_each reads the list of ids the query was
 * given, not a table (whatever the statement names it), and reading a table the
 * statement defines itself (WITH, or a subquery in FROM) reads the rows it made.
 */
function fullScans(plan: string[], sql: string): string[] {
  const own = [
    ...[...sql.matchAll(/(?:WITH(?: RECURSIVE)?|,)\s+"?(\w+)"?\s*(?:\([^)]*\))?\s+AS\s*\(/gi)].map((match) => match[1]),
    ...[...sql.matchAll(/\)\s+as\s+"(\w+)"/gi)].map((match) => match[1])
  ]
  const lists = ['json_each', ...[...sql.matchAll(/json_each\(\?\)\s+as\s+"?(\w+)"?/gi)].map((match) => match[1])]
  return plan.filter(
    (step) =>
      (/^SCAN \w+$/.test(step) && !own.includes(step.slice('SCAN '.length))) ||
      (/^SCAN \w+ VIRTUAL TABLE/.test(step) &&
        !/INDEX \d+:\S*M/.test(step) &&
        !lists.includes(step.split(' ')[1]!) &&
        !isSeekInWords(step))
  )
}

async function expectIndexed(action: () => Promise<unknown>, options: { ordered?: boolean } = {}) {
  const ran = (await statementsOf(action)).filter((statement) => /^\s*(select|with)\b/i.test(statement.sql))
  expect(ran.length).toBeGreaterThan(0)
  for (const statement of ran) {
    const plan = planOf(statement)
    expect(fullScans(plan, statement.sql), `${statement.sql}\n${plan.join('\n')}`).toEqual([])
    if (options.ordered) expect(plan.join('\n'), statement.sql).not.toMatch(/TEMP B-TREE/)
  }
}

describe('the hot queries', () => {
  it('page the client list in name order from an index, filtered or not, active, archived or all', async () => {
    const first = await call.ok('clients:list', { limit: 2 })
    await expectIndexed(() => call.ok('clients:list', { limit: 2 }), { ordered: true })
    await expectIndexed(() => call.ok('clients:list', { limit: 2, cursor: first.nextCursor }), { ordered: true })
    await expectIndexed(() => call.ok('clients:list', { archived: 'archived' }), { ordered: true })
    await expectIndexed(() => call.ok('clients:list', { archived: 'all', query: 'an' }), { ordered: true })
  })

  it("filter the client list by kind and sponsor from the sponsor's engagements once, not again for every client", async () => {
    const organisation = await call.ok('organisations:create', { name: 'Acme' })
    const [kindId] = (await call.ok('engagements:listKinds', {})).items.map((kind) => kind.id)
    const ran = await statementsOf(() => call.ok('clients:list', { kindId, sponsorId: organisation.id }))
    const page = ran.find((statement) => /from "clients"/.test(statement.sql) && /kind_id/.test(statement.sql))!
    const plan = planOf(page)
    // One list made once (LIST SUBQUERY), not a subquery run again per client (CORRELATED): the sponsor's engagements of the kind.
    const engagementReads = plan.flatMap((step, index) => (/^SEARCH e[ks] /.test(step) ? [[plan[index - 1]!.split(' ')[0], step]] : []))
    expect(engagementReads, page.sql).toEqual([['LIST', 'SEARCH es USING INDEX engagements_sponsor_organisation (sponsor_organisation_id=?)']])
  })

  it('filter both lists by the time since the last session from the engagements\' stored figures, reading no session', async () => {
    await call.ok('sessions:create', { engagementId, startsAt: '2026-03-03T10:00:00Z', status: 'held' })
    for (const filter of [{ sinceLastSession: 'weeks4' }, { sinceLastSession: 'never' }] as const) {
      const ran = [
        ...(await statementsOf(() => call.ok('clients:list', filter))),
        ...(await statementsOf(() => call.ok('filters:engagements', filter)))
      ]
      const steps = ran.filter((statement) => /^\s*select/i.test(statement.sql)).flatMap((statement) => planOf(statement))
      expect(steps.filter((step) => /sessions|SEARCH s /.test(step))).toEqual([])
    }
  })

  it('page a list filtered by status, kind or tag in client order, stopping after a page', async () => {
    const [kindId] = (await call.ok('engagements:listKinds', {})).items.map((kind) => kind.id)
    for (const filter of [{ kindId }, { status: 'active' }, { kindId, status: 'active' }, { tag: 'board' }] as const) {
      const [page] = (await statementsOf(() => call.ok('filters:engagements', { ...filter, limit: 1 }))).map(planOf)
      // Clients by name, then each one's engagements from the index on client: never an index of the filter inside that walk.
      expect(page!.join('\n'), JSON.stringify(filter)).toMatch(/SCAN clients USING COVERING INDEX clients_by_name\nSEARCH engagements USING (COVERING )?INDEX engagements_client/)
    }
    const ran = await statementsOf(() => call.ok('clients:list', { tag: 'board', query: 'ann', limit: 1 }))
    expect(planOf(ran[0]!).join('\n')).toMatch(/^SCAN clients USING (COVERING )?INDEX clients_active_by_name/)
  })

  it('count the clients for the first page of the list only: the next pages carry its total', async () => {
    for (const name of ['Ann Lee', 'Ann Roe']) await call.ok('clients:create', { name })
    for (const query of ['', 'ann']) {
      const first = await call.ok('clients:list', { limit: 1, query })
      expect(first.nextCursor).not.toBeNull()
      const ran = await statementsOf(() => call.ok('clients:list', { limit: 1, query, cursor: first.nextCursor }))
      expect(ran.map((statement) => statement.sql)).toEqual([expect.not.stringMatching(/count\(\*\)/)])
    }
  })

  it('show an engagement with its sessions, goals, actions, assessment and reviews', async () => {
    await expectIndexed(async () => {
      await call.ok('engagements:get', { id: engagementId })
      await call.ok('engagements:listForClient', { clientId })
      await call.ok('goals:listForEngagement', { engagementId })
      await call.ok('assessment:overview', { engagementId })
      await call.ok('reviews:listForEngagement', { engagementId })
    })
    await expectIndexed(() => call.ok('sessions:listForEngagement', { engagementId }), { ordered: true })
  })

  it('page the session list in start order from an index, its numbers and counts included', async () => {
    for (const day of ['03', '04', '05']) await call.ok('sessions:create', { engagementId, startsAt: `2026-02-${day}T10:00:00Z`, status: 'held' })
    const first = await call.ok('sessions:listForEngagement', { engagementId, limit: 2 })
    await expectIndexed(() => call.ok('sessions:listForEngagement', { engagementId, limit: 2 }), { ordered: true })
    await expectIndexed(() => call.ok('sessions:listForEngagement', { engagementId, limit: 2, cursor: first.nextCursor }), { ordered: true })
  })

  it('list the open actions in their order without sorting them', async () => {
    await expectIndexed(() => call.ok('actions:listForEngagement', { engagementId, today: TODAY }), { ordered: true })
  })

  it('page the open actions in their order without sorting them, after a dated or an undated action', async () => {
    for (const dueOn of ['2026-03-01', '2026-03-20', null]) await call.ok('actions:create', { engagementId, description: 'Follow up', dueOn, today: TODAY })
    const afterDated = await call.ok('actions:listForEngagement', { engagementId, today: TODAY, limit: 1 })
    const afterUndated = await call.ok('actions:listForEngagement', { engagementId, today: TODAY, limit: 3 })
    await expectIndexed(() => call.ok('actions:listForEngagement', { engagementId, today: TODAY, limit: 1, cursor: afterDated.nextCursor }), { ordered: true })
    await expectIndexed(() => call.ok('actions:listForEngagement', { engagementId, today: TODAY, limit: 1, cursor: afterUndated.nextCursor }), { ordered: true })
  })

  it('search through the full-text index, with every filter, and page on', async () => {
    await expectIndexed(() => call.ok('search:query', { text: 'delegat' }))
    const first = await call.ok('search:query', { text: 'del', limit: 1 })
    await expectIndexed(() => call.ok('search:query', { text: 'del', limit: 1, cursor: first.nextCursor }))
    await expectIndexed(() =>
      call.ok('search:query', {
        text: 'delegat report',
        types: ['session', 'goal'],
        clientId,
        from: '2026-01-01',
        to: '2026-12-31',
        visibility: 'shareable'
      })
    )
  })

  it('gather Today from indexes of what it could list, never from the engagements under way one by one', async () => {
    await call.ok('sessions:create', { engagementId, startsAt: '2026-03-10T10:00:00Z' })
    await call.ok('sessions:create', { engagementId, startsAt: '2026-03-03T10:00:00Z', status: 'held' })
    const today = () => call.ok('today:overview', TODAY_BOUNDS)
    const selects = async () => (await statementsOf(today)).filter((statement) => /^\s*select\b/i.test(statement.sql))
    const withOne = await selects()
    for (const name of ['Cleo', 'Dev', 'Eun', 'Femi', 'Gus']) await clientWithEngagement(call, {}, name)
    const ran = await selects()
    // No review, session, action, goal or engagement of the practice read to find the few Today shows.
    expect(ran.flatMap((statement) => fullScans(planOf(statement), statement.sql))).toEqual([])
    // The same statements, run as many times, however many engagements are under way.
    expect(ran.map((statement) => statement.sql)).toEqual(withOne.map((statement) => statement.sql))
    const plans = ran.map((statement) => planOf(statement).join('\n')).join('\n')
    for (const index of ['actions_open_under_way', 'goals_at_risk_under_way', 'engagements_ending', 'engagements_sessions_left', 'engagements_last_held']) {
      expect(plans).toContain(`INDEX ${index} (`)
    }
  })

  it("pick Today's overdue actions and goals at risk from the partial indexes of engagements under way, reading only the rows shown", async () => {
    for (const name of ['Cleo', 'Dev']) await clientWithEngagement(call, {}, name)
    await call.ok('actions:create', { engagementId, description: 'Overdue', dueOn: '2026-03-01', today: TODAY })
    await call.ok('goals:create', { engagementId, statement: 'Speak first', status: 'at_risk' })
    const ran = await statementsOf(() => call.ok('today:overview', TODAY_BOUNDS))
    const overdue = ran.find((statement) => /"description"/.test(statement.sql) && /"due_on" </.test(statement.sql))!
    // Whole rows are read by id for the actions shown; which ones, from the index alone.
    expect(planOf(overdue).filter((step) => /^SEARCH actions /.test(step)), overdue.sql).toEqual([
      'SEARCH actions USING INTEGER PRIMARY KEY (rowid=?)',
      'SEARCH actions USING COVERING INDEX actions_open_under_way (status=? AND under_way=? AND due_on<?)'
    ])
    const atRisk = ran.find((statement) => /"statement"/.test(statement.sql) && /limit \?/.test(statement.sql))!
    expect(planOf(atRisk).join('\n'), atRisk.sql).toBe('SEARCH goals USING INDEX goals_at_risk_under_way (status=? AND under_way=?)')
  })

  it("read a record's history, its parts deleted on their own included, from the log's indexes", async () => {
    const goal = await call.ok('goals:create', { engagementId, statement: 'Speak first in meetings' })
    const measurement = await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-03-01', value: 3 })
    await call.ok('goals:deleteMeasurement', { id: measurement.id })
    const ran = await statementsOf(() => call.ok('changes:history', { table: 'goals', id: goal.id }))
    const owners = ran.find((statement) => /"?column_name"? IN \('client_id'/i.test(statement.sql))!
    expect(planOf(owners).join('\n'), owners.sql).toMatch(/USING (COVERING )?INDEX change_log_owners \(value=\?/)
    // The log is never read whole (its one-row clock is).
    const steps = (await statementsOf(() => call.ok('changes:history', { table: 'clients', id: clientId }))).flatMap((statement) =>
      fullScans(planOf(statement), statement.sql)
    )
    expect(steps).toEqual(['SCAN change_clock'])
  })

  it('count across the practice, as a dashboard would, from indexes alone', () => {
    const counts = [
      "SELECT count(*) FROM actions WHERE status = 'open' AND due_on < ?",
      "SELECT count(*) FROM sessions WHERE status = 'held' AND starts_at >= ? AND starts_at < ?",
      "SELECT count(*) FROM engagements WHERE status = 'active'",
      'SELECT count(*) FROM clients WHERE archived_at IS NULL'
    ]
    for (const sql of counts) {
      const args = sql.includes('starts_at') ? ['2026-03-01', '2026-04-01'] : sql.includes('due_on') ? [TODAY] : []
      const plan = planOf({ sql, args })
      expect(fullScans(plan, sql), sql).toEqual([])
      expect(plan.join('\n'), sql).toMatch(/USING (COVERING )?INDEX/)
    }
  })
})
