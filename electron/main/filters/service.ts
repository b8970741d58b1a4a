import { sql, type RawBuilder } from 'kysely'
import { z } from 'zod'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import { savedFilterTarget, type EngagementFilter, type SavedFilter, type SavedFilterTarget } from '../../shared/filters'
import { hasHeldSince, listClients, narrowingKey, narrowingOf, narrowingParameters, type Narrowing, type NarrowingParameters } from '../clients'
import { countedUpTo } from '../db/counting'
import { decodeCursor, encodeCursor } from '../db/paging'
import type { Reader, Writer } from '../db/door'
import { preparedRead, type Parameter } from '../db/prepared'
import { AppError, notFound } from '../errors'
import { nowIso } from '../clock'

// ---- The engagement list: every engagement across clients ---------------------------------

/** A page ends after this engagement: its client's sort keys, then its own id. */
const engagementPosition = z.tuple([z.string(), z.string(), z.number().int(), z.number().int()])

interface EngagementPageParameters extends NarrowingParameters {
  status: string
  limit: number
  nameSort: string
  searchText: string
  clientId: number
  id: number
}

interface EngagementPageShape {
  status: boolean
  continued: boolean
  narrowing: Narrowing
}

/** A column of engagements a condition reads; walked in client order, with a unary + that keeps SQLite from reading the engagements from its index instead. */
function engagementColumn(column: string, walked: boolean): RawBuilder<unknown> {
  return walked ? sql`+${sql.ref(`engagements.${column}`)}` : sql.ref(`engagements.${column}`)
}

/** Conditions on `engagements`: its tag, kind, sponsor, and no recent session. */
function engagementConditions(narrowing: Narrowing, parameter: Parameter<NarrowingParameters>, walked: boolean): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = []
  if (narrowing.tag) {
    conditions.push(
      sql<boolean>`EXISTS (SELECT 1 FROM engagement_tags et WHERE et.engagement_id = engagements.id AND et.tag = ${parameter('tag')})`
    )
  }
  if (narrowing.kind) conditions.push(sql<boolean>`${engagementColumn('kind_id', walked)} = ${parameter('kindId')}`)
  if (narrowing.sponsor) conditions.push(sql<boolean>`engagements.sponsor_organisation_id = ${parameter('sponsorId')}`)
  if (narrowing.since) {
    const since = narrowing.since === 'weeks' ? parameter('heldSince') : null
    conditions.push(sql<boolean>`NOT ${hasHeldSince('engagements', since)}`)
  }
  return conditions
}

/**
 * A page walks the clients in name order (their index by name) and each one's engagements
 * (the index on client), stopping after a page, however many engagements a status, a kind or a
 * tag matches; CROSS JOIN holds SQLite to that order. A sponsor's engagements are few: a page
 * of them, and every count, starts from the index of what is filtered on instead.
 */
function matchingEngagements(db: Reader, parameter: Parameter<EngagementPageParameters>, shape: EngagementPageShape, reading: 'page' | 'count') {
  const walked = reading === 'page' && !shape.narrowing.sponsor
  let matching = walked
    ? db.selectFrom('clients').crossJoin('engagements').whereRef('engagements.clientId', '=', 'clients.id')
    : db.selectFrom('engagements').innerJoin('clients', 'clients.id', 'engagements.clientId')
  if (shape.status) matching = matching.where(sql<boolean>`${engagementColumn('status', walked)} = ${parameter('status')}`)
  for (const condition of engagementConditions(shape.narrowing, parameter, walked)) matching = matching.where(condition)
  return matching
}

const engagementTagsJson = sql<string>`(SELECT coalesce(json_group_array(tag), '[]') FROM (
  SELECT tag FROM engagement_tags WHERE engagement_tags.engagement_id = engagements.id ORDER BY tag))`.as('tagsJson')

/** The list's order: the client list's (its index by name), then each client's engagements as entered. */
const LIST_ORDER = sql`clients.name_sort, clients.search_text, clients.id, engagements.id`

/**
 * A page's engagements, picked first by their sort keys alone and only then read with
 * their kind, sponsor and tags: a kind or a status matches many engagements, which
 * SQLite sorts by client name, and reading every match in full to keep a hundred
 * would make the page cost what the filter matches.
 */
function engagementPage(shape: EngagementPageShape) {
  return preparedRead((db, parameter: Parameter<EngagementPageParameters>) => {
    let picked = matchingEngagements(db, parameter, shape, 'page').select('engagements.id').orderBy(LIST_ORDER).limit(parameter('limit'))
    if (shape.continued) {
      picked = picked.where(
        sql<boolean>`(clients.name_sort, clients.search_text, clients.id, engagements.id) > (${parameter('nameSort')}, ${parameter('searchText')}, ${parameter('clientId')}, ${parameter('id')})`
      )
    }
    return db
      .selectFrom('engagements')
      .innerJoin('clients', 'clients.id', 'engagements.clientId')
      .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
      .leftJoin('organisations', 'organisations.id', 'engagements.sponsorOrganisationId')
      .select([
        'engagements.id',
        'engagements.clientId',
        'clients.name as clientName',
        'clients.nameSort',
        'clients.searchText',
        'engagements.title',
        'engagementKinds.name as kindName',
        'organisations.name as sponsorName',
        'engagements.status',
        'engagements.startDate',
        'engagements.lastHeldAt as lastSessionAt',
        engagementTagsJson
      ])
      .where('engagements.id', 'in', picked)
      .orderBy(LIST_ORDER)
  })
}

function engagementCount(shape: EngagementPageShape) {
  return preparedRead((db, parameter: Parameter<EngagementPageParameters>) => countedUpTo(db, matchingEngagements(db, parameter, shape, 'count')))
}

const engagementStatements = new Map<string, { page: ReturnType<typeof engagementPage>; count: ReturnType<typeof engagementCount> }>()

function engagementStatementsFor(shape: EngagementPageShape) {
  const key = `${shape.status} ${shape.continued} ${narrowingKey(shape.narrowing)}`
  let statements = engagementStatements.get(key)
  if (!statements) {
    statements = { page: engagementPage(shape), count: engagementCount({ ...shape, continued: false }) }
    engagementStatements.set(key, statements)
  }
  return statements
}

export async function listEngagements(db: Reader, input: ChannelArgs<'filters:engagements'>): Promise<ChannelOutput<'filters:engagements'>> {
  const [nameSort, searchText, clientId, id] = input.cursor === null ? ['', '', 0, 0] : decodeCursor(input.cursor, engagementPosition)
  const shape: EngagementPageShape = { status: input.status !== null, continued: input.cursor !== null, narrowing: narrowingOf(input) }
  const { page, count } = engagementStatementsFor(shape)
  const parameters = {
    status: input.status ?? '',
    limit: input.limit + 1,
    nameSort,
    searchText,
    clientId,
    id,
    ...narrowingParameters(input)
  }
  const rows = await page.all(db, parameters)
  const more = rows.length > input.limit
  const shown = more ? rows.slice(0, input.limit) : rows
  // The last page is its own count only on the first: a later one does not know how many came before.
  const total = more || input.cursor !== null ? Number((await count.first(db, parameters))?.total ?? 0) : shown.length
  const last = shown.at(-1)
  return {
    items: shown.map(({ nameSort: _nameSort, searchText: _searchText, tagsJson, ...row }) => ({ ...row, tags: JSON.parse(tagsJson) as string[] })),
    total,
    nextCursor: more && last ? encodeCursor([last.nameSort, last.searchText, last.clientId, last.id]) : null
  }
}

// ---- Saved filters -------------------------------------------------------------------------

/** How many records a filter matches now: the total of its list's first page. */
export async function countMatching(db: Reader, target: SavedFilterTarget): Promise<number> {
  if (target.list === 'clients') return (await listClients(db, { ...target.filter, query: '', limit: 1, cursor: null })).total
  return (await listEngagements(db, { ...(target.filter as EngagementFilter), limit: 1, cursor: null })).total
}

interface SavedFilterRow {
  id: number
  name: string
  list: 'clients' | 'engagements'
  filter: string
}

/** A stored filter, read through its schema: a filter a later version wrote differently still opens as far as it can. */
function targetOf(row: SavedFilterRow): SavedFilterTarget {
  const parsed = savedFilterTarget.safeParse({ list: row.list, filter: JSON.parse(row.filter) as unknown })
  if (parsed.success) return parsed.data
  return savedFilterTarget.parse({ list: row.list, filter: {} })
}

async function withCount(db: Reader, row: SavedFilterRow): Promise<SavedFilter> {
  const target = targetOf(row)
  return { id: row.id, name: row.name, target, count: await countMatching(db, target) }
}

/** Saved filters are few (a sidebar's worth): each is counted with its list's own indexed count. */
export async function listSavedFilters(db: Reader): Promise<ChannelOutput<'filters:list'>> {
  const rows = await db.selectFrom('savedFilters').select(['id', 'name', 'list', 'filter']).orderBy(sql`name COLLATE NOCASE`).orderBy('id').execute()
  const items: SavedFilter[] = []
  for (const row of rows) items.push(await withCount(db, row))
  return { items }
}

async function refuseTakenName(db: Reader, name: string, id: number | null): Promise<void> {
  let same = db.selectFrom('savedFilters').select('id').where(sql<boolean>`name = ${name} COLLATE NOCASE`)
  if (id !== null) same = same.where('id', '!=', id)
  if (await same.executeTakeFirst()) throw new AppError('conflict', `There is already a saved filter called "${name}".`, 'name')
}

async function savedFilter(db: Reader, id: number): Promise<SavedFilter> {
  const row = await db.selectFrom('savedFilters').select(['id', 'name', 'list', 'filter']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('saved filter')
  return withCount(db, row)
}

export async function saveFilter(db: Writer, { name, target }: ChannelArgs<'filters:save'>): Promise<SavedFilter> {
  await refuseTakenName(db, name, null)
  const now = nowIso()
  const { id } = await db
    .insertInto('savedFilters')
    .values({ name, list: target.list, filter: JSON.stringify(target.filter), createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return savedFilter(db, id)
}

export async function renameSavedFilter(db: Writer, { id, name }: ChannelArgs<'filters:rename'>): Promise<SavedFilter> {
  await refuseTakenName(db, name, id)
  const result = await db.updateTable('savedFilters').set({ name, updatedAt: nowIso() }).where('id', '=', id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('saved filter')
  return savedFilter(db, id)
}

export async function deleteSavedFilter(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('savedFilters').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('saved filter')
  return { id }
}
