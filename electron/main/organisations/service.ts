import { sql } from 'kysely'
import { z } from 'zod'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import type {
  Contact,
  ContactFields,
  Organisation,
  OrganisationFields,
  OrganisationSummary,
  SponsoredEngagement
} from '../../shared/organisations'
import { nowIso } from '../clock'
import { decodeCursor, encodeCursor } from '../db/paging'
import type { Reader, Writer } from '../db/door'
import { countedUpTo } from '../db/counting'
import { preparedRead, type Parameter } from '../db/prepared'
import { nameCollator } from '../db/values'
import { notFound } from '../errors'
import { foldForSearch } from '../search/fold'

const CONTACT_COLUMNS = [
  'id',
  'organisationId',
  'name',
  'role',
  'email',
  'phone',
  'notes',
  'createdAt',
  'updatedAt'
] as const

export async function listOrganisations(
  db: Reader,
  input: ChannelArgs<'organisations:list'>
): Promise<{ items: OrganisationSummary[] }> {
  const rows = await db
    .selectFrom('organisations')
    .select((eb) => [
      'id',
      'name',
      'createdAt',
      'updatedAt',
      eb
        .selectFrom('organisationContacts')
        .whereRef('organisationContacts.organisationId', '=', 'organisations.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('contactCount')
    ])
    .execute()
  // A coach has tens of sponsors, not thousands: filtering the folded names here is plenty.
  const words = foldForSearch(input.query).split(/\s+/).filter(Boolean)
  const items = rows
    .filter((row) => words.every((word) => foldForSearch(row.name).includes(word)))
    .map((row) => ({ ...row, contactCount: Number(row.contactCount ?? 0) }))
    .sort((a, b) => nameCollator.compare(a.name, b.name) || a.id - b.id)
  return { items }
}

async function contactsOf(db: Reader, organisationId: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('organisationContacts')
    .select(CONTACT_COLUMNS)
    .where('organisationId', '=', organisationId)
    .execute()
  return rows.sort((a, b) => nameCollator.compare(a.name, b.name) || a.id - b.id)
}

/** Names of the given organisations, for lists that show each engagement's sponsor. */
export async function organisationNames(db: Reader, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((row) => [row.id, row.name]))
}

export async function getOrganisation(db: Reader, id: number): Promise<Organisation> {
  const row = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'notes', 'createdAt', 'updatedAt'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('organisation')
  return { ...row, contacts: await contactsOf(db, id) }
}

const organisationById = preparedRead((db, parameter: Parameter<{ id: number }>) =>
  db.selectFrom('organisations').select('id').where('id', '=', parameter('id'))
)

/**
 * The sponsored list's order, as the client page orders engagements: prospects without a
 * start date first, then the newest start, then the newest entered. As one key, every
 * part descending: (no start date, start date or '', id).
 */
const sponsoredPosition = z.tuple([z.number().int().min(0).max(1), z.string(), z.number().int()])
type SponsoredPosition = z.output<typeof sponsoredPosition>
/** Above every engagement: "no start date" is 0 or 1. */
const FIRST_SPONSORED: SponsoredPosition = [2, '', 0]

interface SponsoredPageParameters {
  organisationId: number
  /** Where the previous page ended. */
  noStart: number
  startKey: string
  id: number
  limit: number
}

const noStart = sql<number>`(engagements.start_date IS NULL)`
const startKey = sql<string>`coalesce(engagements.start_date, '')`

const sponsoredPage = preparedRead((db, parameter: Parameter<SponsoredPageParameters>) =>
  db
    .selectFrom('engagements')
    .innerJoin('clients', 'clients.id', 'engagements.clientId')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .leftJoin('organisationContacts', 'organisationContacts.id', 'engagements.sponsorContactId')
    .select([
      'engagements.id',
      'engagements.title',
      'engagements.status',
      'engagements.startDate',
      'engagements.plannedEndDate',
      'clients.id as clientId',
      'clients.name as clientName',
      'engagementKinds.id as kindId',
      'engagementKinds.name as kindName',
      'organisationContacts.id as contactId',
      'organisationContacts.name as contactName',
      noStart.as('noStart'),
      startKey.as('startKey')
    ])
    .where('engagements.sponsorOrganisationId', '=', parameter('organisationId'))
    .where(
      sql<boolean>`(${noStart}, ${startKey}, engagements.id) < (${parameter('noStart')}, ${parameter('startKey')}, ${parameter('id')})`
    )
    .orderBy(noStart, 'desc')
    .orderBy(startKey, 'desc')
    .orderBy('engagements.id', 'desc')
    .limit(parameter('limit'))
)

const sponsoredCount = preparedRead((db, parameter: Parameter<{ organisationId: number }>) =>
  countedUpTo(db, db.selectFrom('engagements').where('sponsorOrganisationId', '=', parameter('organisationId')))
)

type SponsoredRow = Awaited<ReturnType<typeof sponsoredPage.all>>[number]

function toSponsoredEngagement(row: SponsoredRow): SponsoredEngagement {
  return {
    id: row.id,
    client: { id: row.clientId, name: row.clientName },
    title: row.title,
    kind: { id: row.kindId, name: row.kindName },
    status: row.status,
    startDate: row.startDate,
    plannedEndDate: row.plannedEndDate,
    sponsorContact: row.contactId === null || row.contactName === null ? null : { id: row.contactId, name: row.contactName }
  }
}

/** One page of the engagements naming the organisation as sponsor, with how many there are in all. */
export async function listSponsoredEngagements(
  db: Reader,
  input: ChannelArgs<'organisations:listEngagements'>
): Promise<ChannelOutput<'organisations:listEngagements'>> {
  const { organisationId } = input
  if (!(await organisationById.first(db, { id: organisationId }))) throw notFound('organisation')
  const [noStartAfter, startKeyAfter, id] =
    input.cursor === null ? FIRST_SPONSORED : decodeCursor(input.cursor, sponsoredPosition)
  const [rows, counted] = await Promise.all([
    sponsoredPage.all(db, { organisationId, noStart: noStartAfter, startKey: startKeyAfter, id, limit: input.limit + 1 }),
    sponsoredCount.first(db, { organisationId })
  ])
  const more = rows.length > input.limit
  const shown = more ? rows.slice(0, input.limit) : rows
  const last = shown.at(-1)
  return {
    items: shown.map(toSponsoredEngagement),
    total: Number(counted?.total ?? 0),
    nextCursor: more && last ? encodeCursor([last.noStart, last.startKey, last.id]) : null
  }
}

export async function createOrganisation(db: Writer, fields: OrganisationFields): Promise<Organisation> {
  const now = nowIso()
  const { id } = await db
    .insertInto('organisations')
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getOrganisation(db, id)
}

export async function updateOrganisation(db: Writer, input: ChannelArgs<'organisations:update'>): Promise<Organisation> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('organisations')
    .set({ ...fields, updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('organisation')
  return getOrganisation(db, id)
}

/** Its contacts go with it; engagements it sponsored stay, with no sponsor (foreign keys). */
export async function deleteOrganisation(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('organisations').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('organisation')
  return { id }
}

export async function getContact(db: Reader, id: number): Promise<Contact> {
  const row = await db.selectFrom('organisationContacts').select(CONTACT_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('contact')
  return row
}

export async function createContact(db: Writer, input: ChannelArgs<'organisations:createContact'>): Promise<Contact> {
  await getOrganisation(db, input.organisationId)
  const now = nowIso()
  const { id } = await db
    .insertInto('organisationContacts')
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getContact(db, id)
}

export async function updateContact(db: Writer, input: ChannelArgs<'organisations:updateContact'>): Promise<Contact> {
  const { id, ...fields } = input
  const changes: ContactFields & { updatedAt: string } = { ...fields, updatedAt: nowIso() }
  const result = await db.updateTable('organisationContacts').set(changes).where('id', '=', id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('contact')
  return getContact(db, id)
}

/** Engagements that named this contact as sponsor contact keep their sponsor organisation. */
export async function deleteContact(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('organisationContacts').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('contact')
  return { id }
}
