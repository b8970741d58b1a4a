import { sql } from 'kysely'
import type { MissedReminder } from '../../shared/reminders'
import type { Reader, Writer } from '../db/door'
import { dismissed, type MissedEntry } from './schedule'
import { readReminderState, writeReminderState } from './settings'

/**
 * The missed reminders as the coach sees them in the app (not on a lock screen): the
 * client's full name and what the reminder was about, each with the record it opens.
 * A session since deleted, or actions since done, drop out of the list.
 */

async function missedSession(db: Reader, entry: MissedEntry, sessionUid: string): Promise<MissedReminder[]> {
  const { rows } = await sql<{ id: number; engagementId: number; startsAt: string; clientName: string }>`
    SELECT s.id, s.engagement_id, s.starts_at, c.name AS client_name
    FROM sessions AS s JOIN engagements AS e ON e.id = s.engagement_id JOIN clients AS c ON c.id = e.client_id
    WHERE s.uid = ${sessionUid}`.execute(db)
  return rows.map((row) => ({
    kind: 'session',
    key: entry.key,
    remindAt: entry.remindAt,
    sessionId: row.id,
    engagementId: row.engagementId,
    clientName: row.clientName,
    startsAt: row.startsAt
  }))
}

async function missedActions(db: Reader, entry: MissedEntry, day: string): Promise<MissedReminder[]> {
  const { rows } = await sql<{ id: number; engagementId: number; description: string; clientName: string }>`
    SELECT a.id, a.engagement_id, a.description, c.name AS client_name
    FROM actions AS a JOIN engagements AS e ON e.id = a.engagement_id JOIN clients AS c ON c.id = e.client_id
    WHERE a.status = 'open' AND a.due_on = ${day}
    ORDER BY c.name, a.id`.execute(db)
  return rows.map((row) => ({
    kind: 'action',
    key: entry.key,
    remindAt: entry.remindAt,
    actionId: row.id,
    engagementId: row.engagementId,
    clientName: row.clientName,
    description: row.description,
    dueOn: day
  }))
}

export async function missedReminders(db: Reader): Promise<{ items: MissedReminder[] }> {
  const { missed } = await readReminderState(db)
  const items: MissedReminder[] = []
  for (const entry of [...missed].sort((a, b) => a.remindAt.localeCompare(b.remindAt))) {
    const { record } = entry
    items.push(...(record.kind === 'session' ? await missedSession(db, entry, record.sessionUid) : await missedActions(db, entry, record.day)))
  }
  return { items }
}

export async function dismissMissedReminders(db: Writer, keys: readonly string[], now: Date): Promise<{ dismissed: number }> {
  const state = await readReminderState(db)
  const next = dismissed(state, keys, now.getTime())
  await writeReminderState(db, next)
  return { dismissed: state.missed.length - next.missed.length }
}
