import type { z } from 'zod'
import {
  openingFields,
  type CoachingGroup,
  type GroupFields,
  type GroupSessionFields,
  type LogOverview
} from '../../shared/coachingLog'
import type { ChannelArgs } from '../../shared/contract'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { AppError, notFound } from '../errors'
import { defineSetting, readSetting, writeSetting } from '../settings'
import { drawLog, type CountedSession, type DrawnLog, type GroupOnLog, type IndividualOnLog, type Where } from './log'

/** Hours before Coachbook not tied to a client kept here. */
const openingSetting = defineSetting('coachingLog.opening', openingFields, openingFields.parse({}))

type Opening = z.output<typeof openingFields>

// ---- Reading ------------------------------------------------------------------------------

/** Held sessions of coaching engagements, and of the mentoring ones the coach includes. */
async function countedClientSessions(db: Reader) {
  return db
    .selectFrom('sessions')
    .innerJoin('engagements', 'engagements.id', 'sessions.engagementId')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .leftJoin('coachingLogEngagements', 'coachingLogEngagements.engagementId', 'engagements.id')
    .select(['engagements.clientId', 'sessions.startsAt', 'sessions.durationMinutes', 'sessions.billing'])
    .where('sessions.status', '=', 'held')
    .where((where) => where.or([where('engagementKinds.isMentoring', '=', 0), where('coachingLogEngagements.included', '=', 1)]))
    .orderBy('sessions.startsAt')
    .execute()
}

async function clientsForLog(db: Reader) {
  return db
    .selectFrom('clients')
    .leftJoin('coachingLogClients', 'coachingLogClients.clientId', 'clients.id')
    .select([
      'clients.id as clientId',
      'clients.name',
      'clients.email',
      'coachingLogClients.named',
      'coachingLogClients.openingPaidMinutes',
      'coachingLogClients.openingProBonoMinutes'
    ])
    .orderBy('clients.nameSort')
    .execute()
}

async function mentoringEngagements(db: Reader): Promise<LogOverview['mentoring']> {
  const rows = await db
    .selectFrom('engagements')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .innerJoin('clients', 'clients.id', 'engagements.clientId')
    .leftJoin('coachingLogEngagements', 'coachingLogEngagements.engagementId', 'engagements.id')
    .select(['engagements.id as engagementId', 'clients.name as clientName', 'engagements.title', 'coachingLogEngagements.included'])
    .where('engagementKinds.isMentoring', '=', 1)
    .orderBy('clients.nameSort')
    .orderBy('engagements.id')
    .execute()
  return rows.map((row) => ({ engagementId: row.engagementId, clientName: row.clientName, title: row.title, included: row.included === 1 }))
}

async function groupsWithSessions(db: Reader): Promise<CoachingGroup[]> {
  const groups = await db.selectFrom('coachingGroups').select(['id', 'name', 'contactName', 'contactEmail', 'size']).orderBy('name').orderBy('id').execute()
  const sessions = await db
    .selectFrom('coachingGroupSessions')
    .select(['id', 'groupId', 'startsAt', 'durationMinutes', 'billing', 'status'])
    .orderBy('startsAt')
    .orderBy('id')
    .execute()
  return groups.map((group) => ({
    ...group,
    sessions: sessions.filter((session) => session.groupId === group.id).map(({ groupId: _groupId, ...session }) => session)
  }))
}

export async function getGroup(db: Reader, id: number): Promise<CoachingGroup> {
  const group = (await groupsWithSessions(db)).find((each) => each.id === id)
  if (!group) throw notFound('group')
  return group
}

/** What the log says of one client (null: nothing said, so named with no hours before), for the client's export. */
export async function clientLogDetails(db: Reader, clientId: number) {
  const row = await db
    .selectFrom('coachingLogClients')
    .select(['named', 'openingPaidMinutes', 'openingProBonoMinutes', 'updatedAt'])
    .where('clientId', '=', clientId)
    .executeTakeFirst()
  return row ? { ...row, named: row.named === 1 } : null
}

/** Whether the coach said to count an engagement on the log (null: not said), for the client's export. */
export async function engagementLogDetails(db: Reader, engagementId: number) {
  const row = await db.selectFrom('coachingLogEngagements').select('included').where('engagementId', '=', engagementId).executeTakeFirst()
  return row ? { included: row.included === 1 } : null
}

/** The coach's time zone: the one asked for, else this computer's. */
function whereOf(input: { today: string; timeZone?: string | undefined }): Where {
  return { today: input.today, timeZone: input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone }
}

/** Everything the log is drawn from, and the log itself. */
export async function coachingLogOverview(db: Reader, input: ChannelArgs<'coachingLog:overview'>): Promise<LogOverview> {
  const [clients, sessions, mentoring, groups, opening] = await Promise.all([
    clientsForLog(db),
    countedClientSessions(db),
    mentoringEngagements(db),
    groupsWithSessions(db),
    readSetting(db, openingSetting)
  ])
  const byClient = new Map<number, CountedSession[]>()
  for (const { clientId, ...session } of sessions) {
    const list = byClient.get(clientId) ?? []
    list.push(session)
    byClient.set(clientId, list)
  }
  const settings = clients.map((client) => ({
    clientId: client.clientId,
    name: client.name,
    named: client.named !== 0,
    openingPaidMinutes: client.openingPaidMinutes ?? 0,
    openingProBonoMinutes: client.openingProBonoMinutes ?? 0
  }))
  const individuals: IndividualOnLog[] = settings.map((client, index) => ({
    ...client,
    email: clients[index]!.email ?? '',
    sessions: byClient.get(client.clientId) ?? []
  }))
  const groupsOnLog: GroupOnLog[] = groups.map((group) => ({
    groupId: group.id,
    name: group.name,
    contactName: group.contactName,
    contactEmail: group.contactEmail,
    size: group.size,
    sessions: group.sessions.filter((session) => session.status === 'held')
  }))
  const drawn: DrawnLog = drawLog(individuals, groupsOnLog, opening, whereOf(input))
  return { ...drawn, opening, clients: settings, mentoring, groups }
}

// ---- Writing ------------------------------------------------------------------------------

async function requireRow(db: Writer, table: 'clients' | 'engagements' | 'coachingGroups', id: number, what: string, field: string) {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound(what, field)
}

export async function setLogClient(db: Writer, input: ChannelArgs<'coachingLog:setClient'>): Promise<{ clientId: number }> {
  await requireRow(db, 'clients', input.clientId, 'client', 'clientId')
  const values = {
    named: input.named ? 1 : 0,
    openingPaidMinutes: input.openingPaidMinutes,
    openingProBonoMinutes: input.openingProBonoMinutes,
    updatedAt: nowIso()
  }
  await db
    .insertInto('coachingLogClients')
    .values({ clientId: input.clientId, ...values })
    .onConflict((conflict) => conflict.column('clientId').doUpdateSet(values))
    .execute()
  return { clientId: input.clientId }
}

export async function setMentoringIncluded(db: Writer, input: ChannelArgs<'coachingLog:setMentoring'>) {
  const engagement = await db
    .selectFrom('engagements')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .select('engagementKinds.isMentoring')
    .where('engagements.id', '=', input.engagementId)
    .executeTakeFirst()
  if (!engagement) throw notFound('engagement', 'engagementId')
  if (engagement.isMentoring !== 1) {
    throw new AppError('invalid_input', 'Only a mentoring engagement is left out of the log: coaching engagements always count.', 'engagementId')
  }
  const included = input.included ? 1 : 0
  await db
    .insertInto('coachingLogEngagements')
    .values({ engagementId: input.engagementId, included })
    .onConflict((conflict) => conflict.column('engagementId').doUpdateSet({ included }))
    .execute()
  return { engagementId: input.engagementId, included: input.included }
}

export function setOpening(db: Writer, opening: Opening): Promise<Opening> {
  return writeSetting(db, openingSetting, opening)
}

export async function createGroup(db: Writer, fields: GroupFields): Promise<CoachingGroup> {
  const now = nowIso()
  const { id } = await db
    .insertInto('coachingGroups')
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getGroup(db, id)
}

export async function updateGroup(db: Writer, { id, ...fields }: GroupFields & { id: number }): Promise<CoachingGroup> {
  const result = await db.updateTable('coachingGroups').set({ ...fields, updatedAt: nowIso() }).where('id', '=', id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('group')
  return getGroup(db, id)
}

export async function deleteGroup(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('coachingGroups').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('group')
  return { id }
}

export async function addGroupSession(db: Writer, { groupId, ...fields }: GroupSessionFields & { groupId: number }): Promise<CoachingGroup> {
  await requireRow(db, 'coachingGroups', groupId, 'group', 'groupId')
  await db
    .insertInto('coachingGroupSessions')
    .values({ groupId, ...fields, createdAt: nowIso() })
    .execute()
  return getGroup(db, groupId)
}

export async function updateGroupSession(db: Writer, { id, ...fields }: GroupSessionFields & { id: number }): Promise<CoachingGroup> {
  const session = await db.selectFrom('coachingGroupSessions').select('groupId').where('id', '=', id).executeTakeFirst()
  if (!session) throw notFound('group session')
  await db.updateTable('coachingGroupSessions').set(fields).where('id', '=', id).execute()
  return getGroup(db, session.groupId)
}

export async function deleteGroupSession(db: Writer, id: number): Promise<CoachingGroup> {
  const session = await db.selectFrom('coachingGroupSessions').select('groupId').where('id', '=', id).executeTakeFirst()
  if (!session) throw notFound('group session')
  await db.deleteFrom('coachingGroupSessions').where('id', '=', id).execute()
  return getGroup(db, session.groupId)
}
