import { sql, type Selectable } from 'kysely'
import { z } from 'zod'
import type { Action, ActionFields, Milestone, MilestoneFields, OpenActionsOnClosing } from '../../shared/actions'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import { isClosed } from '../../shared/engagements'
import { nowIso } from '../clock'
import { getClient } from '../clients'
import type { Reader, Writer } from '../db/door'
import { decodeCursor, encodeCursor } from '../db/paging'
import { preparedRead, type Parameter } from '../db/prepared'
import { fromFlag, toFlag } from '../db/values'
import { engagementsOfClient, requireEngagement } from '../engagements'
import { notFound } from '../errors'
import { goalIdsOfEngagement, goalStatements, requireGoal, requireGoalOfEngagement } from '../goals'
import { requireSessionOfEngagement } from '../sessions'
import type { ActionsTable } from './tables'

export type ActionRow = Selectable<ActionsTable>

/**
 * Overdue is judged against the renderer's today, never main's clock, so it is the
 * coach's day; and only while the engagement is under way. Once it has closed, what is
 * left open waits for the follow-up.
 */
async function toActions(db: Reader, rows: ActionRow[], today: string, closedEngagement: ClosedEngagement): Promise<Action[]> {
  const statements = await goalStatements(
    db,
    rows.flatMap((row) => (row.goalId === null ? [] : [row.goalId]))
  )
  return rows.map((row) => {
    const open = row.status === 'open'
    const engagementClosed = closedEngagement(row.engagementId)
    return {
      ...row,
      goalStatement: row.goalId === null ? null : (statements.get(row.goalId) ?? null),
      overdue: open && !engagementClosed && row.dueOn !== null && row.dueOn < today,
      forFollowUp: open && engagementClosed
    }
  })
}

/** Says, for an action's engagement, whether it has closed. */
type ClosedEngagement = (engagementId: number) => boolean

async function engagementIsClosed(db: Reader, engagementId: number): Promise<ClosedEngagement> {
  const closed = isClosed((await requireEngagement(db, engagementId)).status)
  return () => closed
}

/** Due date first (undated last), then as entered. */
function selectActions(db: Reader) {
  return db
    .selectFrom('actions')
    .selectAll()
    .orderBy(sql`due_on IS NULL`)
    .orderBy('dueOn')
    .orderBy('id')
}

const actionsOfEngagementInOrder = preparedRead((db, parameter: Parameter<{ engagementId: number }>) =>
  selectActions(db).where('engagementId', '=', parameter('engagementId'))
)

/** Every action of the engagement as stored, with no judgement of dates: for the summary. */
export function actionRowsOfEngagement(db: Reader, engagementId: number): Promise<ActionRow[]> {
  return actionsOfEngagementInOrder.all(db, { engagementId })
}

/** Every action of the engagement; the sessions domain builds its accountability list from this. */
export async function actionsOfEngagement(db: Reader, engagementId: number, today: string): Promise<Action[]> {
  return toActions(db, await actionRowsOfEngagement(db, engagementId), today, await engagementIsClosed(db, engagementId))
}

type Shown = ChannelArgs<'actions:listForEngagement'>['show']

/** The actions a list shows: the engagement's open ones (the accountability list), or all of them. */
function shownActions(db: Reader, engagementId: number, show: Shown) {
  const actions = db.selectFrom('actions').where('engagementId', '=', engagementId)
  return show === 'open' ? actions.where('status', '=', 'open') : actions
}

/** A page ends after this action: its due date (null when undated) and its id. */
const actionPosition = z.tuple([z.string().nullable(), z.number().int()])

/**
 * Where a page starts. Undated actions come last, and NULL compares as unknown in SQL,
 * so continuing among the undated ones is a statement of its own.
 */
type PagePosition = 'first' | 'afterDated' | 'afterUndated'

interface PageParameters {
  engagementId: number
  limit: number
  /** The last action of the page before (unused on the first page). */
  dueOn: string | null
  id: number
}

function actionPage(show: Shown, position: PagePosition) {
  return preparedRead((db, parameter: Parameter<PageParameters>) => {
    const shown = shownActions(db, parameter('engagementId'), show).selectAll().limit(parameter('limit'))
    // The order of the index actions_engagement_open_order (migration 010): dated first by date, then as entered.
    if (position === 'afterUndated') {
      // Only undated actions are left: `= 1` lets SQLite seek to them in the index, whose order is then due_on (all NULL), id.
      return shown.where(sql<boolean>`(due_on IS NULL) = 1`).where('id', '>', parameter('id')).orderBy('dueOn').orderBy('id')
    }
    const ordered = shown.orderBy(sql`due_on IS NULL`).orderBy('dueOn').orderBy('id')
    if (position === 'first') return ordered
    // An undated action's row, (1, NULL, id), is decided by its first value: it always comes after a dated one.
    return ordered.where(sql<boolean>`(due_on IS NULL, due_on, id) > (0, ${parameter('dueOn')}, ${parameter('id')})`)
  })
}

/** Every action the list shows, and the open ones among them due before the coach's today. */
function actionCount(show: Shown) {
  return preparedRead((db, parameter: Parameter<{ engagementId: number; today: string }>) =>
    shownActions(db, parameter('engagementId'), show).select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn
        .countAll<number>()
        .filterWhere((filter) => filter.and([filter('status', '=', 'open'), filter('dueOn', '<', parameter('today'))]))
        .as('overdue')
    ])
  )
}

function statementsFor(show: Shown) {
  return {
    pages: { first: actionPage(show, 'first'), afterDated: actionPage(show, 'afterDated'), afterUndated: actionPage(show, 'afterUndated') },
    count: actionCount(show)
  }
}

const listStatements = { open: statementsFor('open'), all: statementsFor('all') }

export async function listActionsForEngagement(
  db: Reader,
  input: ChannelArgs<'actions:listForEngagement'>
): Promise<ChannelOutput<'actions:listForEngagement'>> {
  const closed = await engagementIsClosed(db, input.engagementId)
  const [dueOn, id] = input.cursor === null ? [null, 0] : decodeCursor(input.cursor, actionPosition)
  const position: PagePosition = input.cursor === null ? 'first' : dueOn === null ? 'afterUndated' : 'afterDated'
  const { pages, count } = listStatements[input.show]
  const [rows, counted] = await Promise.all([
    pages[position].all(db, { engagementId: input.engagementId, limit: input.limit + 1, dueOn, id }),
    count.first(db, { engagementId: input.engagementId, today: input.today })
  ])
  const more = rows.length > input.limit
  const shown = more ? rows.slice(0, input.limit) : rows
  const last = shown.at(-1)
  return {
    items: await toActions(db, shown, input.today, closed),
    total: Number(counted?.total ?? 0),
    overdue: closed(input.engagementId) ? 0 : Number(counted?.overdue ?? 0),
    nextCursor: more && last ? encodeCursor([last.dueOn, last.id]) : null
  }
}

export async function listOpenActionsForClient(
  db: Reader,
  { clientId, today, limit }: ChannelArgs<'actions:listOpenForClient'>
): Promise<ChannelOutput<'actions:listOpenForClient'>> {
  await getClient(db, clientId)
  const engagements = await engagementsOfClient(db, clientId)
  if (engagements.length === 0) return { items: [], total: 0, overdue: 0 }
  const titles = new Map(engagements.map((engagement) => [engagement.id, engagement.title]))
  const closedIds = new Set(engagements.filter((engagement) => isClosed(engagement.status)).map((engagement) => engagement.id))
  const closedEngagement: ClosedEngagement = (engagementId) => closedIds.has(engagementId)
  const open = selectActions(db)
    .where('status', '=', 'open')
    .where(
      'engagementId',
      'in',
      engagements.map((engagement) => engagement.id)
    )
  const rows = await open.execute()
  const actions = await toActions(db, rows, today, closedEngagement)
  return {
    items: actions.slice(0, limit).map((action) => ({ ...action, engagementTitle: titles.get(action.engagementId) ?? '' })),
    total: rows.length,
    overdue: actions.filter((action) => action.overdue).length
  }
}

export async function listActionsForGoal(
  db: Reader,
  input: ChannelArgs<'actions:listForGoal'>
): Promise<{ actions: Action[]; milestones: Milestone[] }> {
  const goal = await requireGoal(db, input.goalId)
  const rows = await selectActions(db).where('goalId', '=', input.goalId).execute()
  return {
    actions: await toActions(db, rows, input.today, await engagementIsClosed(db, goal.engagementId)),
    milestones: await milestonesOfGoals(db, [input.goalId])
  }
}

export async function getAction(db: Reader, id: number, today: string): Promise<Action> {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('action')
  const [action] = await toActions(db, [row], today, await engagementIsClosed(db, row.engagementId))
  if (!action) throw notFound('action')
  return action
}

export async function actionCountsForEngagement(db: Reader, engagementId: number) {
  const { actions } = await db
    .selectFrom('actions')
    .select((eb) => eb.fn.countAll<number>().as('actions'))
    .where('engagementId', '=', engagementId)
    .executeTakeFirstOrThrow()
  const goalIds = await goalIdsOfEngagement(db, engagementId)
  const milestones = (await milestonesOfGoals(db, goalIds)).length
  return { actions: Number(actions), milestones }
}

/** The goal and the session an action names must both be of its engagement. */
async function checkLinks(db: Reader, engagementId: number, fields: ActionFields): Promise<void> {
  if (fields.goalId !== null) await requireGoalOfEngagement(db, fields.goalId, engagementId)
  if (fields.sessionId !== null) await requireSessionOfEngagement(db, fields.sessionId, engagementId)
}

export async function createAction(db: Writer, input: ChannelArgs<'actions:create'>): Promise<Action> {
  const { engagementId, today, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  await checkLinks(db, engagementId, fields)
  const now = nowIso()
  const { id } = await db
    .insertInto('actions')
    .values({ ...fields, engagementId, status: 'open', doneOn: null, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getAction(db, id, today)
}

/** Edits what the action is; its status moves only through setStatus. */
export async function updateAction(db: Writer, input: ChannelArgs<'actions:update'>): Promise<Action> {
  const { id, today, ...fields } = input
  const existing = await getAction(db, id, today)
  await checkLinks(db, existing.engagementId, fields)
  await db
    .updateTable('actions')
    .set({ ...fields, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute()
  return getAction(db, id, today)
}

export async function setActionStatus(db: Writer, input: ChannelArgs<'actions:setStatus'>): Promise<Action> {
  const doneOn = input.status === 'done' ? (input.date ?? input.today) : null
  const result = await db
    .updateTable('actions')
    .set({ status: input.status, doneOn, updatedAt: nowIso() })
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('action')
  return getAction(db, input.id, input.today)
}

/**
 * As its engagement closes on `day`: its open actions are marked done that day, dropped,
 * or left open for the follow-up. In the caller's transaction, with the change of status.
 */
export async function closeOpenActions(db: Writer, engagementId: number, become: OpenActionsOnClosing, day: string): Promise<void> {
  if (become === 'open') return
  await db
    .updateTable('actions')
    .set({ status: become, doneOn: become === 'done' ? day : null, updatedAt: nowIso() })
    .where('engagementId', '=', engagementId)
    .where('status', '=', 'open')
    .execute()
}

export async function deleteAction(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('actions').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('action')
  return { id }
}

// ---- Milestones ---------------------------------------------------------------------------

const MILESTONE_COLUMNS = ['id', 'goalId', 'title', 'dueOn', 'reached', 'createdAt', 'updatedAt'] as const

/** By date, then as entered. */
export async function milestonesOfGoals(db: Reader, goalIds: number[]): Promise<Milestone[]> {
  if (goalIds.length === 0) return []
  const rows = await db
    .selectFrom('milestones')
    .select(MILESTONE_COLUMNS)
    .where('goalId', 'in', goalIds)
    .orderBy('dueOn')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ ...row, reached: fromFlag(row.reached) }))
}

async function getMilestone(db: Reader, id: number): Promise<Milestone> {
  const row = await db.selectFrom('milestones').select(MILESTONE_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('milestone')
  return { ...row, reached: fromFlag(row.reached) }
}

function milestoneColumns(fields: MilestoneFields) {
  return { ...fields, reached: toFlag(fields.reached) }
}

export async function createMilestone(db: Writer, input: ChannelArgs<'actions:createMilestone'>): Promise<Milestone> {
  const { goalId, ...fields } = input
  await requireGoal(db, goalId, 'goalId')
  const now = nowIso()
  const { id } = await db
    .insertInto('milestones')
    .values({ ...milestoneColumns(fields), goalId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getMilestone(db, id)
}

export async function updateMilestone(db: Writer, input: ChannelArgs<'actions:updateMilestone'>): Promise<Milestone> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('milestones')
    .set({ ...milestoneColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('milestone')
  return getMilestone(db, id)
}

export async function deleteMilestone(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('milestones').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('milestone')
  return { id }
}
