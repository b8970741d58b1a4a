import { dropChangeLogTriggers, stopUndoCapture } from '../electron/main/changes'
import type { ChannelInput } from '../electron/shared/contract'
import { sideBySide, type Timing } from './measure'
import type { OpenPractice } from './practice'

const TODAY = '2026-03-02'

export interface WriteCost {
  logged: Timing
  unlogged: Timing
}

export interface LogSize {
  records: number
  entries: number
  /** The log's table and index, in MB. */
  logMb: number
  /** The uid columns' unique indexes, in MB. */
  uidIndexesMb: number
  fileMb: number
}

/** A coach's everyday writes on thirty clients: their notes edited, an action of theirs ticked off and back. */
async function everydayWrites(practice: OpenPractice): Promise<(() => Promise<void>)[]> {
  const { sqlite } = practice.database
  const clients = sqlite
    .prepare(
      `SELECT c.id, (SELECT a.id FROM actions AS a JOIN engagements AS e ON e.id = a.engagement_id
                     WHERE e.client_id = c.id AND a.status = 'open' LIMIT 1) AS actionId
       FROM clients AS c ORDER BY (c.id * 7919) % 1009 LIMIT 30`
    )
    .all() as { id: number; actionId: number | null }[]
  let edit = 0
  const ok = async (result: Promise<{ ok: boolean }>) => {
    if (!(await result).ok) throw new Error('A bench write was refused.')
  }
  return clients.flatMap(({ id, actionId }) => [
    async () => {
      const client = await practice.dispatch('clients:get', { id })
      if (!client.ok) throw new Error(client.error.message)
      const { name, email, phone, organisation, role, timezone, tags, notes } = client.data as ChannelInput<'clients:update'>
      const input = { id, name, email, phone, organisation, role, timezone, tags, notes: `${notes ?? ''}\nEdit ${++edit}.` }
      await ok(practice.dispatch('clients:update', input))
    },
    async () => {
      if (actionId === null) return
      await ok(practice.dispatch('actions:setStatus', { id: actionId, status: 'done', today: TODAY }))
      await ok(practice.dispatch('actions:setStatus', { id: actionId, status: 'open', today: TODAY }))
    }
  ])
}

/**
 * The same writes on two copies of the practice, in turn: one logging every change and
 * keeping Undo's before-images, one whose change log triggers and Undo's capture were
 * taken off. Each write is a whole call through the door
 * (one transaction, committed to the disk with synchronous=FULL).
 */
export async function writeCost(logging: OpenPractice, unlogged: OpenPractice): Promise<WriteCost> {
  // Its writes as they were before the log and Undo.
  dropChangeLogTriggers(unlogged.database.sqlite)
  stopUndoCapture(unlogged.database.sqlite)
  const [loggedWrites, unloggedWrites] = [await everydayWrites(logging), await everydayWrites(unlogged)]
  const indexes = loggedWrites.map((_, index) => index)
  const { a, b } = await sideBySide(indexes, 3, (index) => loggedWrites[index]!(), (index) => unloggedWrites[index]!())
  return { logged: a, unlogged: b }
}

/** How much room the log and the uids take in the practice (SQLite's own page count, dbstat). */
export function logSize(practice: OpenPractice): LogSize {
  const { sqlite } = practice.database
  const mb = (where: string) => (sqlite.prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE ${where}`).pluck().get() as number) / 2 ** 20
  const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number
  return {
    records: count(`SELECT count(DISTINCT record) FROM change_log`),
    entries: count('SELECT count(*) FROM change_log'),
    logMb: mb("name IN ('change_log', 'change_log_record')"),
    uidIndexesMb: mb("name LIKE '%\\_uid' ESCAPE '\\'"),
    fileMb: (count('PRAGMA page_count') * count('PRAGMA page_size')) / 2 ** 20
  }
}
