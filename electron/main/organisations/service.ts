import type { Kysely } from 'kysely'
import type { ChannelArgs } from '../../shared/contract'
import type {
  Contact,
  ContactFields,
  Organisation,
  OrganisationFields,
  OrganisationSummary
} from '../../shared/organisations'
import { nowIso } from '../clock'
import type { DB } from '../db/schema'
import { nameCollator } from '../db/values'
import { notFound } from '../errors'
import { foldForSearch } from '../search/fold'

type Db = Kysely<DB>

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
  db: Db,
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

async function contactsOf(db: Db, organisationId: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('organisationContacts')
    .select(CONTACT_COLUMNS)
    .where('organisationId', '=', organisationId)
    .execute()
  return rows.sort((a, b) => nameCollator.compare(a.name, b.name) || a.id - b.id)
}

/** Names of the given organisations, for lists that show each engagement's sponsor. */
export async function organisationNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((row) => [row.id, row.name]))
}

export async function getOrganisation(db: Db, id: number): Promise<Organisation> {
  const row = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'notes', 'createdAt', 'updatedAt'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('organisation')
  return { ...row, contacts: await contactsOf(db, id) }
}

export async function createOrganisation(db: Db, fields: OrganisationFields): Promise<Organisation> {
  const now = nowIso()
  const { id } = await db
    .insertInto('organisations')
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getOrganisation(db, id)
}

export async function updateOrganisation(db: Db, input: ChannelArgs<'organisations:update'>): Promise<Organisation> {
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
export async function deleteOrganisation(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('organisations').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('organisation')
  return { id }
}

export async function getContact(db: Db, id: number): Promise<Contact> {
  const row = await db.selectFrom('organisationContacts').select(CONTACT_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('contact')
  return row
}

export async function createContact(db: Db, input: ChannelArgs<'organisations:createContact'>): Promise<Contact> {
  await getOrganisation(db, input.organisationId)
  const now = nowIso()
  const { id } = await db
    .insertInto('organisationContacts')
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getContact(db, id)
}

export async function updateContact(db: Db, input: ChannelArgs<'organisations:updateContact'>): Promise<Contact> {
  const { id, ...fields } = input
  const changes: ContactFields & { updatedAt: string } = { ...fields, updatedAt: nowIso() }
  const result = await db.updateTable('organisationContacts').set(changes).where('id', '=', id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('contact')
  return getContact(db, id)
}

/** Engagements that named this contact as sponsor contact keep their sponsor organisation. */
export async function deleteContact(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('organisationContacts').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('contact')
  return { id }
}
