import type { Kysely } from 'kysely'
import { STATUS_TRANSITIONS, type EngagementStatus } from '../../shared/engagements'
import { nowIso } from '../clock'
import type { DB } from '../db/schema'
import { AppError } from '../errors'
import { requireEngagement } from './lookup'

function listWithOr(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/** Why `from → to` is refused, in words the coach can act on; null when it is allowed. */
export function transitionProblem(from: EngagementStatus, to: EngagementStatus): string | null {
  if (from === to) return `This engagement is already ${to}.`
  const allowed = STATUS_TRANSITIONS[from]
  if (allowed.includes(to)) return null
  const hint =
    allowed.length > 0
      ? `From ${from} it can become ${listWithOr(allowed)}.`
      : 'It is closed: start a new engagement for further work with this client.'
  return `A ${from} engagement cannot become ${to}. ${hint}`
}

async function latestChangeDate(db: Kysely<DB>, engagementId: number): Promise<string | null> {
  const row = await db
    .selectFrom('engagementStatusChanges')
    .select('changedOn')
    .where('engagementId', '=', engagementId)
    .orderBy('changedOn', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.changedOn ?? null
}

export async function recordStatusChange(
  db: Kysely<DB>,
  engagementId: number,
  change: { status: EngagementStatus; date: string; note: string }
): Promise<void> {
  await db
    .insertInto('engagementStatusChanges')
    .values({ engagementId, status: change.status, changedOn: change.date, note: change.note, recordedAt: nowIso() })
    .execute()
}

/**
 * Moves an engagement to a new status and keeps the day in its history. Takes the
 * caller's transaction rather than opening one, so another domain's write (completing
 * the final review) and this change land together or not at all.
 */
export async function changeStatus(
  trx: Kysely<DB>,
  engagementId: number,
  change: { status: EngagementStatus; date: string; note: string }
): Promise<void> {
  const engagement = await requireEngagement(trx, engagementId)
  const problem = transitionProblem(engagement.status, change.status)
  if (problem) throw new AppError('conflict', problem, 'status')
  const previous = await latestChangeDate(trx, engagementId)
  if (previous !== null && change.date < previous) {
    throw new AppError(
      'invalid_input',
      `Choose a date on or after ${previous}, the day of this engagement's last status change.`,
      'date'
    )
  }
  await trx
    .updateTable('engagements')
    .set({ status: change.status, updatedAt: nowIso() })
    .where('id', '=', engagementId)
    .execute()
  await recordStatusChange(trx, engagementId, change)
}
