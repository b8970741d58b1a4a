import type { OpenActionsOnClosing } from '../../shared/actions'
import { isClosed, STATUS_TRANSITIONS, type EngagementStatus } from '../../shared/engagements'
import { closeOpenActions } from '../actions'
import { localToday, nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { AppError, notFound } from '../errors'
import { requireEngagement, type EngagementRow } from './lookup'

/**
 * An engagement's status history: each change with the day it took effect. The days
 * run in order, oldest first (changes on one day in the order recorded), and the first
 * time it became active is its start date.
 */
interface Change {
  id: number
  status: EngagementStatus
  changedOn: string
}

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

async function historyOf(db: Reader, engagementId: number): Promise<Change[]> {
  return db
    .selectFrom('engagementStatusChanges')
    .select(['id', 'status', 'changedOn'])
    .where('engagementId', '=', engagementId)
    .orderBy('changedOn')
    .orderBy('id')
    .execute()
}

/** The first change to active: its day is the engagement's start date. */
function startOf(history: Change[]): Change | undefined {
  return history.find((change) => change.status === 'active')
}

/**
 * Refuses `date` for the change at `index` of the history (the next one to be added
 * when `index` is its length) unless it keeps the days in order: on or after the
 * change before it, on or before the one after it.
 */
function checkInOrder(history: Change[], index: number, date: string, refusal: { field: string; what: string }): void {
  const before = history[index - 1]
  const after = history[index + 1]
  if (before && date < before.changedOn) {
    throw new AppError(
      'invalid_input',
      `Choose ${refusal.what} on or after ${before.changedOn}, when the engagement became ${before.status}.`,
      refusal.field,
      [before.changedOn]
    )
  }
  if (after && date > after.changedOn) {
    throw new AppError(
      'invalid_input',
      `Choose ${refusal.what} on or before ${after.changedOn}, when the engagement became ${after.status}.`,
      refusal.field,
      [after.changedOn]
    )
  }
}

async function setStartDate(db: Writer, engagementId: number, startDate: string): Promise<void> {
  await db.updateTable('engagements').set({ startDate, updatedAt: nowIso() }).where('id', '=', engagementId).execute()
}

/**
 * The first status of a new engagement, on the day it took effect: for an active one its
 * start date (today when it has none yet, which then becomes its start date); for a
 * prospect today, or its start date if that is already past.
 */
export async function recordFirstStatus(
  db: Writer,
  engagement: Pick<EngagementRow, 'id' | 'startDate'>,
  first: { status: 'prospect' | 'active'; date: string | null }
): Promise<void> {
  const today = localToday()
  const { startDate } = engagement
  if (first.status === 'active' && first.date !== null && startDate !== null && first.date !== startDate) {
    throw new AppError(
      'invalid_input',
      `An active engagement starts on its start date, ${startDate}: leave the status date out, or make it the start date.`,
      'statusDate',
      [startDate]
    )
  }
  const date =
    first.status === 'active'
      ? (first.date ?? startDate ?? today)
      : (first.date ?? (startDate !== null && startDate < today ? startDate : today))
  if (first.status === 'active' && startDate === null) await setStartDate(db, engagement.id, date)
  await insertChange(db, engagement.id, { status: first.status, date, note: '' })
}

async function insertChange(db: Writer, engagementId: number, change: { status: EngagementStatus; date: string; note: string }) {
  await db
    .insertInto('engagementStatusChanges')
    .values({ engagementId, status: change.status, changedOn: change.date, note: change.note, recordedAt: nowIso() })
    .execute()
}

/**
 * Moves an engagement to a new status and keeps the day in its history: any day on or
 * after the last change (today when left out). The first time it becomes active, the
 * day is its start date (the one contracted, when left out). Completing or cancelling
 * it does what the coach chose with its open actions. Takes the caller's
 * transaction rather than opening one, so another domain's write (completing the final
 * review) and this change land together or not at all.
 */
export async function changeStatus(
  trx: Writer,
  engagementId: number,
  change: { status: EngagementStatus; date: string | null; note: string; openActions: OpenActionsOnClosing }
): Promise<void> {
  const engagement = await requireEngagement(trx, engagementId)
  const problem = transitionProblem(engagement.status, change.status)
  if (problem) throw new AppError('conflict', problem, 'status')
  const history = await historyOf(trx, engagementId)
  const starting = change.status === 'active' && startOf(history) === undefined
  const date = change.date ?? (starting ? engagement.startDate : null) ?? localToday()
  checkInOrder(history, history.length, date, { field: 'date', what: 'a date' })
  await trx
    .updateTable('engagements')
    .set({ status: change.status, updatedAt: nowIso() })
    .where('id', '=', engagementId)
    .execute()
  if (starting && date !== engagement.startDate) await setStartDate(trx, engagementId, date)
  await insertChange(trx, engagementId, { status: change.status, date, note: change.note })
  if (isClosed(change.status)) await closeOpenActions(trx, engagementId, change.openActions, date)
}

/**
 * Corrects the day or the note of one change in the history, keeping the days in
 * order. Correcting the day the engagement first became active corrects its start date.
 */
export async function correctStatusChange(trx: Writer, input: { id: number; date: string; note: string }): Promise<number> {
  const row = await trx.selectFrom('engagementStatusChanges').select('engagementId').where('id', '=', input.id).executeTakeFirst()
  if (!row) throw notFound('status change')
  const history = await historyOf(trx, row.engagementId)
  const index = history.findIndex((change) => change.id === input.id)
  checkInOrder(history, index, input.date, { field: 'date', what: 'a date' })
  await trx
    .updateTable('engagementStatusChanges')
    .set({ changedOn: input.date, note: input.note })
    .where('id', '=', input.id)
    .execute()
  if (startOf(history)?.id === input.id) await setStartDate(trx, row.engagementId, input.date)
  return row.engagementId
}

/**
 * A new start date moves the day the engagement first became active, which must stay in
 * order with the rest of its history. Once it has started, it keeps a start date.
 */
export async function moveStart(trx: Writer, engagementId: number, startDate: string | null): Promise<void> {
  const history = await historyOf(trx, engagementId)
  const start = startOf(history)
  if (!start || start.changedOn === startDate) return
  if (startDate === null) {
    throw new AppError(
      'invalid_input',
      `This engagement started on ${start.changedOn}: give the day it started, or correct it.`,
      'startDate',
      [start.changedOn]
    )
  }
  checkInOrder(history, history.indexOf(start), startDate, { field: 'startDate', what: 'a start date' })
  await trx.updateTable('engagementStatusChanges').set({ changedOn: startDate }).where('id', '=', start.id).execute()
}
