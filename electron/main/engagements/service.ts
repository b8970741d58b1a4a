import type { Selectable } from 'kysely'
import type { ChannelArgs } from '../../shared/contract'
import {
  STATUS_TRANSITIONS,
  type CreateEngagementArgs,
  type DeleteImpact,
  type Engagement,
  type EngagementKind,
  type EngagementListItem,
  type KindFields,
  type UpdateEngagementArgs
} from '../../shared/engagements'
import { actionCountsForEngagement } from '../actions'
import { assessmentCountsForEngagement } from '../assessment'
import { getClient } from '../clients'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { preparedRead, type Parameter } from '../db/prepared'
import { fromFlag, nameCollator, toFlag } from '../db/values'
import { AppError, notFound, pointedToBy } from '../errors'
import { goalCountsForEngagement } from '../goals'
import { getContact, getOrganisation, organisationNames } from '../organisations'
import { reviewCountsForEngagement } from '../reviews'
import { foldForSearch } from '../search/fold'
import { sessionCountsForEngagement } from '../sessions'
import { requireEngagement, type EngagementRow } from './lookup'
import { changeStatus, correctStatusChange, moveStart, recordFirstStatus } from './status'
import type { EngagementKindsTable } from './tables'

type KindRow = Selectable<EngagementKindsTable>

/** A kind's columns as the contract answers them (its uid is the change log's, not yet the contract's). */
const KIND_COLUMNS = [
  'engagementKinds.id',
  'engagementKinds.name',
  'engagementKinds.isMentoring',
  'engagementKinds.builtIn',
  'engagementKinds.defaultPlannedSessions',
  'engagementKinds.defaultCadence',
  'engagementKinds.defaultSessionMinutes'
] as const

// ---- Kinds ------------------------------------------------------------------------

/** The kinds with how many engagements are of each, which decides whether one may be deleted. */
function kindsWithCounts(db: Reader) {
  return db
    .selectFrom('engagementKinds')
    .select(KIND_COLUMNS)
    .select((eb) =>
      eb
        .selectFrom('engagements')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('engagements.kindId', '=', 'engagementKinds.id')
        .as('engagementCount')
    )
}

function toKind(row: Omit<KindRow, 'uid'> & { engagementCount: number | null }): EngagementKind {
  return {
    ...row,
    isMentoring: fromFlag(row.isMentoring),
    builtIn: fromFlag(row.builtIn),
    engagementCount: row.engagementCount ?? 0
  }
}

export async function listKinds(db: Reader): Promise<{ items: EngagementKind[] }> {
  const rows = await kindsWithCounts(db).execute()
  const items = rows
    .map(toKind)
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || nameCollator.compare(a.name, b.name))
  return { items }
}

async function getKind(db: Reader, id: number): Promise<EngagementKind> {
  const row = await kindsWithCounts(db).where('engagementKinds.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('kind of engagement')
  return toKind(row)
}

const kindById = preparedRead((db, parameter: Parameter<{ id: number }>) =>
  db.selectFrom('engagementKinds').selectAll().where('id', '=', parameter('id'))
)

/** The kind an engagement's `kindId` names. */
async function requireKind(db: Reader, id: number): Promise<KindRow> {
  const row = await kindById.first(db, { id })
  if (!row) throw notFound('kind of engagement', 'kindId')
  return row
}

/** One of the coach's own kinds: the built-in ones stay as Coachbook ships them. */
async function requireOwnKind(db: Reader, id: number, change: 'changed' | 'deleted'): Promise<EngagementKind> {
  const kind = await getKind(db, id)
  if (kind.builtIn) {
    throw new AppError('forbidden', `"${kind.name}" is built into Coachbook, so it cannot be ${change}. Add a kind of your own instead.`)
  }
  return kind
}

/** Names are unique whatever their case or accents; `exceptId` is the kind being renamed. */
async function checkKindNameFree(db: Reader, name: string, exceptId?: number): Promise<void> {
  const existing = await db.selectFrom('engagementKinds').select(['id', 'name']).execute()
  if (existing.some((kind) => kind.id !== exceptId && foldForSearch(kind.name) === foldForSearch(name))) {
    throw new AppError('conflict', `There is already a kind called "${name}".`, 'name')
  }
}

/**
 * The stored columns, with the defaults that suit what was left out: mentoring is
 * open-ended and meets when needed; coaching follows a plan.
 */
function kindColumns(fields: KindFields) {
  return {
    name: fields.name,
    isMentoring: toFlag(fields.isMentoring),
    defaultPlannedSessions:
      fields.defaultPlannedSessions === undefined ? (fields.isMentoring ? null : 6) : fields.defaultPlannedSessions,
    defaultCadence: fields.defaultCadence ?? (fields.isMentoring ? 'as_needed' : 'fortnightly'),
    defaultSessionMinutes: fields.defaultSessionMinutes
  } as const
}

export async function createKind(db: Writer, input: KindFields): Promise<EngagementKind> {
  await checkKindNameFree(db, input.name)
  const { id } = await db
    .insertInto('engagementKinds')
    .values({ ...kindColumns(input), builtIn: 0 })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getKind(db, id)
}

/**
 * Only the kind changes: each engagement copied its plan (sessions, cadence, length)
 * and its title from the kind when it was made, and keeps them.
 */
export async function updateKind(db: Writer, input: ChannelArgs<'engagements:updateKind'>): Promise<EngagementKind> {
  const { id, ...fields } = input
  await requireOwnKind(db, id, 'changed')
  await checkKindNameFree(db, fields.name, id)
  await db.updateTable('engagementKinds').set(kindColumns(fields)).where('id', '=', id).execute()
  return getKind(db, id)
}

function kindInUse(count: number): string {
  return count === 1
    ? '1 engagement is of this kind: change its kind first, or keep it.'
    : `${count} engagements are of this kind: change their kind first, or keep it.`
}

export async function deleteKind(db: Writer, id: number): Promise<{ id: number }> {
  const kind = await requireOwnKind(db, id, 'deleted')
  if (kind.engagementCount > 0) throw new AppError('conflict', kindInUse(kind.engagementCount))
  await db.deleteFrom('engagementKinds').where('id', '=', id).execute()
  return { id }
}

// ---- Reading ----------------------------------------------------------------------

const statusChangesOfEngagement = preparedRead(
  (db, parameter: Parameter<{ engagementId: number }>) =>
    db
      .selectFrom('engagementStatusChanges')
      .select(['id', 'status', 'changedOn as date', 'note', 'recordedAt'])
      .where('engagementId', '=', parameter('engagementId'))
      .orderBy('changedOn')
      .orderBy('id')
)

/** The client's name, which is all an engagement shows of its client. */
const clientNameById = preparedRead((db, parameter: Parameter<{ id: number }>) =>
  db.selectFrom('clients').select('name').where('id', '=', parameter('id'))
)

async function clientNameOf(db: Reader, row: EngagementRow): Promise<string> {
  const client = await clientNameById.first(db, { id: row.clientId })
  if (!client) throw notFound('client')
  return client.name
}

function statusHistory(db: Reader, engagementId: number): Promise<Engagement['statusHistory']> {
  return statusChangesOfEngagement.all(db, { engagementId })
}

async function sponsorOf(db: Reader, row: EngagementRow) {
  const organisation = row.sponsorOrganisationId === null ? null : await getOrganisation(db, row.sponsorOrganisationId)
  const contact = row.sponsorContactId === null ? null : await getContact(db, row.sponsorContactId)
  return {
    sponsorOrganisation: organisation && { id: organisation.id, name: organisation.name },
    sponsorContact: contact && { id: contact.id, name: contact.name }
  }
}

function feeOf(row: EngagementRow): Engagement['fee'] {
  if (row.feeAmountMinor === null || row.feeCurrency === null || row.feeBasis === null) return null
  return { amountMinor: row.feeAmountMinor, currency: row.feeCurrency, basis: row.feeBasis }
}

export async function getEngagement(db: Reader, id: number): Promise<Engagement> {
  const row = await requireEngagement(db, id)
  const [clientName, kind, sponsor, history] = await Promise.all([
    clientNameOf(db, row),
    requireKind(db, row.kindId),
    sponsorOf(db, row),
    statusHistory(db, id)
  ])
  const { feeAmountMinor: _amount, feeCurrency: _currency, feeBasis: _basis, kindId: _kindId, ...columns } = row
  return {
    ...columns,
    ...sponsor,
    clientName,
    kind: { id: kind.id, name: kind.name, isMentoring: fromFlag(kind.isMentoring) },
    fee: feeOf(row),
    allowedNextStatuses: [...STATUS_TRANSITIONS[row.status]],
    statusHistory: history
  }
}

/** Prospects without a start date first, then the most recent start. */
function byNewestStart(a: EngagementListItem, b: EngagementListItem): number {
  if (a.startDate === b.startDate) return b.id - a.id
  if (a.startDate === null) return -1
  if (b.startDate === null) return 1
  return a.startDate < b.startDate ? 1 : -1
}

export async function listEngagementsForClient(db: Reader, clientId: number): Promise<{ items: EngagementListItem[] }> {
  await getClient(db, clientId)
  const rows = await db
    .selectFrom('engagements')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .select([
      'engagements.id',
      'engagements.clientId',
      'engagements.title',
      'engagements.sponsorOrganisationId',
      'engagements.startDate',
      'engagements.plannedEndDate',
      'engagements.plannedSessions',
      'engagements.status',
      'engagements.createdAt',
      'engagements.updatedAt',
      'engagements.heldSessions',
      'engagementKinds.id as kindId',
      'engagementKinds.name as kindName',
      'engagementKinds.isMentoring'
    ])
    .where('engagements.clientId', '=', clientId)
    .execute()
  const sponsorIds = rows.flatMap((row) => (row.sponsorOrganisationId === null ? [] : [row.sponsorOrganisationId]))
  const sponsorNames = await organisationNames(db, [...new Set(sponsorIds)])
  const items = rows
    .map(({ kindId, kindName, isMentoring, sponsorOrganisationId, ...row }) => {
      const sponsorName = sponsorOrganisationId === null ? undefined : sponsorNames.get(sponsorOrganisationId)
      return {
        ...row,
        kind: { id: kindId, name: kindName, isMentoring: fromFlag(isMentoring) },
        sponsorOrganisation:
          sponsorOrganisationId === null || sponsorName === undefined
            ? null
            : { id: sponsorOrganisationId, name: sponsorName }
      }
    })
    .sort(byNewestStart)
  return { items }
}

// ---- Writing ----------------------------------------------------------------------

/** A sponsor contact must work at the sponsor organisation chosen with it. */
async function checkSponsor(db: Reader, fields: UpdateEngagementArgs | CreateEngagementArgs): Promise<void> {
  if (fields.sponsorOrganisationId !== null) {
    await pointedToBy('sponsorOrganisationId', getOrganisation(db, fields.sponsorOrganisationId))
  }
  if (fields.sponsorContactId !== null) {
    const contact = await pointedToBy('sponsorContactId', getContact(db, fields.sponsorContactId))
    if (contact.organisationId !== fields.sponsorOrganisationId) {
      throw new AppError(
        'invalid_input',
        'That contact does not work at the chosen sponsor organisation. Choose one of its contacts.',
        'sponsorContactId'
      )
    }
  }
}

/** The columns the coach edits, with the kind's defaults for what was left out. */
function contractColumns(fields: UpdateEngagementArgs | CreateEngagementArgs, kind: KindRow) {
  return {
    kindId: kind.id,
    title: fields.title ?? kind.name,
    sponsorOrganisationId: fields.sponsorOrganisationId,
    sponsorContactId: fields.sponsorContactId,
    startDate: fields.startDate,
    plannedEndDate: fields.plannedEndDate,
    plannedSessions: fields.plannedSessions === undefined ? kind.defaultPlannedSessions : fields.plannedSessions,
    sessionMinutes: fields.sessionMinutes ?? kind.defaultSessionMinutes,
    cadence: fields.cadence ?? kind.defaultCadence,
    feeAmountMinor: fields.fee?.amountMinor ?? null,
    feeCurrency: fields.fee?.currency ?? null,
    feeBasis: fields.fee?.basis ?? null,
    cancellationTerms: fields.cancellationTerms,
    confidentialityTerms: fields.confidentialityTerms,
    sponsorReporting: fields.sponsorReporting,
    recordsConsentOn: fields.recordsConsentOn,
    disposalOn: fields.disposalOn
  }
}

export async function createEngagement(db: Writer, input: CreateEngagementArgs): Promise<Engagement> {
  await pointedToBy('clientId', getClient(db, input.clientId))
  const kind = await requireKind(db, input.kindId)
  await checkSponsor(db, input)
  const now = nowIso()
  const { id } = await db
    .insertInto('engagements')
    .values({
      ...contractColumns(input, kind),
      clientId: input.clientId,
      status: input.status,
      createdAt: now,
      updatedAt: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await recordFirstStatus(db, { id, startDate: input.startDate }, { status: input.status, date: input.statusDate })
  return getEngagement(db, id)
}

export async function updateEngagement(db: Writer, input: UpdateEngagementArgs): Promise<Engagement> {
  await requireEngagement(db, input.id)
  const kind = await requireKind(db, input.kindId)
  await checkSponsor(db, input)
  await db
    .updateTable('engagements')
    .set({ ...contractColumns(input, kind), updatedAt: nowIso() })
    .where('id', '=', input.id)
    .execute()
  await moveStart(db, input.id, input.startDate)
  return getEngagement(db, input.id)
}

export async function setEngagementStatus(db: Writer, input: ChannelArgs<'engagements:setStatus'>): Promise<Engagement> {
  await changeStatus(db, input.id, input)
  return getEngagement(db, input.id)
}

/** Corrects the day or note of a past status change (see status.ts). */
export async function correctEngagementStatusChange(
  db: Writer,
  input: ChannelArgs<'engagements:correctStatusChange'>
): Promise<Engagement> {
  const engagementId = await correctStatusChange(db, input)
  return getEngagement(db, engagementId)
}

/** Everything a deletion would take with it, counted by the domains that own it. */
export async function engagementDeleteImpact(db: Reader, id: number): Promise<DeleteImpact> {
  const engagement = await requireEngagement(db, id)
  const [sessions, goals, actions, assessment, reviews] = await Promise.all([
    sessionCountsForEngagement(db, id),
    goalCountsForEngagement(db, id),
    actionCountsForEngagement(db, id),
    assessmentCountsForEngagement(db, id),
    reviewCountsForEngagement(db, id)
  ])
  return { id, title: engagement.title, ...sessions, ...goals, ...actions, ...assessment, ...reviews }
}

/** Deletes the engagement and, through foreign keys, everything under it. */
export async function deleteEngagement(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('engagements').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('engagement')
  return { id }
}
