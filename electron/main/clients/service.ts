import { sql } from 'kysely'
import { z } from 'zod'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import type { Client, ClientFields } from '../../shared/clients'
import { countedUpTo } from '../db/counting'
import { decodeCursor, encodeCursor } from '../db/paging'
import type { Reader, Writer } from '../db/door'
import { eachId, idList } from '../db/idList'
import { preparedRead, type Parameter } from '../db/prepared'
import { notFound } from '../errors'
import { foldForSearch } from '../search/fold'
import { phraseExpression, typedPhrases } from '../search/query'
import { clientConditions, clientIdAs, narrowingKey, narrowingOf, narrowingParameters, type Narrowing, type NarrowingParameters, type ListReading } from './listFilters'

/** The folded text the client list filters on; importing a client (privacy) computes it the same way. */
export function searchTextOf(fields: Pick<ClientFields, 'name' | 'organisation' | 'email' | 'tags'>): string {
  return foldForSearch([fields.name, fields.organisation, fields.email, ...fields.tags].filter(Boolean).join('\n'))
}

/** Tags come back as a JSON array built in SQL, so a list needs one query, not one per client. */
const tagsJson = sql<string>`(SELECT coalesce(json_group_array(tag), '[]') FROM (
  SELECT tag FROM client_tags WHERE client_tags.client_id = clients.id ORDER BY tag))`.as('tagsJson')

function selectClients(db: Reader) {
  return db
    .selectFrom('clients')
    .select([
      'id',
      'name',
      'email',
      'phone',
      'organisation',
      'role',
      'timezone',
      'notes',
      'archivedAt',
      'createdAt',
      'updatedAt',
      tagsJson
    ])
}

function withTags<T extends { tagsJson: string }>(row: T): Omit<T, 'tagsJson'> & { tags: string[] } {
  const { tagsJson: json, ...rest } = row
  return { ...rest, tags: JSON.parse(json) as string[] }
}

/**
 * A page ends after this client: the list continues from the next one in the list's
 * order. The position carries the list's total, counted for its first page (up to
 * COUNTED_UP_TO and one more): the next pages show the same total without counting again.
 */
const clientPosition = z.tuple([z.string(), z.string(), z.number().int(), z.number().int().nonnegative()])

interface PageParameters extends NarrowingParameters {
  /** The words typed, as an FTS5 expression for the index of clients' words (migration 025). */
  startsOfWords: string
  /** What was typed, folded, as a JSON array of its parts, when it holds no letter or digit to look for as a word. */
  symbols: string
  limit: number
  /** Where the previous page ended (the list's order: name, folded text, id). */
  nameSort: string
  searchText: string
  id: number
}

/** What sets a page's statement apart: which clients, whether words (or only symbols) were typed, whether it continues a page. */
interface PageShape {
  archived: ChannelArgs<'clients:list'>['archived']
  filtered: 'no' | 'words' | 'symbols'
  continued: boolean
  /** The tag, kind, sponsor and time since the last session the list is narrowed by. */
  narrowing: Narrowing
}

function matchingClients(db: Reader, parameter: Parameter<PageParameters>, shape: PageShape, reading: ListReading) {
  let matching = db.selectFrom('clients')
  // These exact conditions let SQLite walk the partial index of active or archived clients by name.
  if (shape.archived === 'active') matching = matching.where('archivedAt', 'is', null)
  if (shape.archived === 'archived') matching = matching.where('archivedAt', 'is not', null)
  // Every word typed starts a word of the client's folded text, found in the index of those words.
  if (shape.filtered === 'words') {
    matching = matching.where(sql<boolean>`${clientIdAs(reading)} IN (SELECT rowid FROM client_words WHERE client_words MATCH ${parameter('startsOfWords')})`)
  }
  // Typed without a letter or a digit ("+", "@"): each part must appear somewhere in the client's folded text.
  if (shape.filtered === 'symbols') {
    matching = matching.where(sql<boolean>`NOT EXISTS (SELECT 1 FROM json_each(${parameter('symbols')}) WHERE instr(search_text, value) = 0)`)
  }
  for (const condition of clientConditions(shape.narrowing, parameter, reading)) matching = matching.where(condition)
  return matching
}

function clientPage(shape: PageShape) {
  return preparedRead((db, parameter: Parameter<PageParameters>) => {
    const page = matchingClients(db, parameter, shape, 'page')
      .select(['id', 'name', 'nameSort', 'searchText', 'email', 'organisation', 'role', 'archivedAt', 'createdAt', 'updatedAt', tagsJson])
      // The order of the indexes on the list (migration 010): name, then the folded text, then as entered.
      .orderBy('nameSort')
      .orderBy('searchText')
      .orderBy('id')
      .limit(parameter('limit'))
    if (!shape.continued) return page
    return page.where(
      sql<boolean>`(name_sort, search_text, id) > (${parameter('nameSort')}, ${parameter('searchText')}, ${parameter('id')})`
    )
  })
}

function clientCount(shape: PageShape) {
  return preparedRead((db, parameter: Parameter<PageParameters>) => countedUpTo(db, matchingClients(db, parameter, shape, 'count')))
}

/** The list's statements, one per shape, made when first needed (eighteen for each combination of filters set). */
const listStatements = new Map<string, { page: ReturnType<typeof clientPage>; count: ReturnType<typeof clientCount> }>()

function listStatementsFor(shape: PageShape) {
  const key = `${shape.archived} ${shape.filtered} ${shape.continued} ${narrowingKey(shape.narrowing)}`
  let statements = listStatements.get(key)
  if (!statements) {
    statements = { page: clientPage(shape), count: clientCount({ ...shape, continued: false }) }
    listStatements.set(key, statements)
  }
  return statements
}

/**
 * The filter typed, as the index of clients' words reads it: each word the start of a word
 * of the client's ("mül" finds Müller, "acme" the clients of Acme Ltd), words joined by
 * punctuation or written without spaces together, as the search palette reads them.
 */
function filterOf(query: string): Pick<PageParameters, 'startsOfWords' | 'symbols'> & { filtered: PageShape['filtered'] } {
  const phrases = typedPhrases(query)
  if (phrases.length > 0) {
    return { filtered: 'words', startsOfWords: phrases.map((phrase) => phraseExpression({ ...phrase, unfinished: true })).join(' '), symbols: '[]' }
  }
  const parts = foldForSearch(query).split(/\s+/).filter(Boolean)
  return { filtered: parts.length > 0 ? 'symbols' : 'no', startsOfWords: '', symbols: JSON.stringify(parts) }
}

export async function listClients(db: Reader, input: ChannelArgs<'clients:list'>): Promise<ChannelOutput<'clients:list'>> {
  const { filtered, ...typed } = filterOf(input.query)
  const [nameSort, searchText, id, counted] = input.cursor === null ? ['', '', 0, null] : decodeCursor(input.cursor, clientPosition)
  const shape: PageShape = { archived: input.archived, filtered, continued: input.cursor !== null, narrowing: narrowingOf(input) }
  const { page, count } = listStatementsFor(shape)
  const parameters = { ...typed, limit: input.limit + 1, nameSort, searchText, id, ...narrowingParameters(input) }
  const rows = await page.all(db, parameters)
  const more = rows.length > input.limit
  const shown = more ? rows.slice(0, input.limit) : rows
  // A first page that holds every match is its own count: a filter that matches few is read once, not twice.
  const total = counted ?? (more ? Number((await count.first(db, parameters))?.total ?? 0) : shown.length)
  const last = shown.at(-1)
  return {
    items: shown.map(({ nameSort: _nameSort, searchText: _searchText, ...row }) => withTags(row)),
    total,
    nextCursor: more && last ? encodeCursor([last.nameSort, last.searchText, last.id, total]) : null
  }
}

export async function getClient(db: Reader, id: number): Promise<Client> {
  const row = await selectClients(db).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('client')
  return withTags(row)
}

async function replaceTags(db: Writer, clientId: number, tags: string[]): Promise<void> {
  await db.deleteFrom('clientTags').where('clientId', '=', clientId).execute()
  if (tags.length > 0) {
    await db
      .insertInto('clientTags')
      .values(tags.map((tag) => ({ clientId, tag })))
      .execute()
  }
}

function columnsOf(fields: ClientFields) {
  const { tags: _tags, ...columns } = fields
  return { ...columns, searchText: searchTextOf(fields) }
}

export async function createClient(db: Writer, fields: ClientFields): Promise<Client> {
  const now = new Date().toISOString()
  const { id } = await db
    .insertInto('clients')
    .values({ ...columnsOf(fields), createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceTags(db, id, fields.tags)
  return getClient(db, id)
}

export async function updateClient(db: Writer, input: ChannelArgs<'clients:update'>): Promise<Client> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('clients')
    .set({ ...columnsOf(fields), updatedAt: new Date().toISOString() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('client')
  await replaceTags(db, id, fields.tags)
  return getClient(db, id)
}

async function setArchivedAt(db: Writer, id: number, archivedAt: string | null): Promise<Client> {
  const result = await db
    .updateTable('clients')
    .set({ archivedAt, updatedAt: new Date().toISOString() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('client')
  return getClient(db, id)
}

export function archiveClient(db: Writer, id: number): Promise<Client> {
  return setArchivedAt(db, id, new Date().toISOString())
}

export function restoreClient(db: Writer, id: number): Promise<Client> {
  return setArchivedAt(db, id, null)
}

/** Deletes the client and, through foreign keys, everything that belongs to them. */
export async function deleteClient(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('clients').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('client')
  return { id }
}

const namesOf = preparedRead((db, parameter: Parameter<{ ids: string }>) =>
  db.selectFrom('clients').select(['id', 'name']).where('id', 'in', eachId(parameter('ids')))
)

/** The names of the given clients, for lists across the practice; the whole practice has no more names than clients. */
export async function clientNames(db: Reader, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await namesOf.all(db, { ids: idList(ids) })
  return new Map(rows.map((row) => [row.id, row.name]))
}

/** Whether the practice has a client yet: a new one is welcomed rather than shown empty lists. */
export async function hasClients(db: Reader): Promise<boolean> {
  return (await db.selectFrom('clients').select('id').limit(1).executeTakeFirst()) !== undefined
}
