import { sql } from 'kysely'
import type { ChannelOutput } from '../../shared/contract'
import type { TagUsage } from '../../shared/tags'
import type { Reader, Writer } from '../db/door'
import { notFound } from '../errors'
import { searchTextOf } from '../clients'
import { requireEngagement } from '../engagements'

/** Tags in the order people read words, whatever their case or accents. */
const byWord = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Every tag in use, on clients or engagements, with how many of each carry it. */
export async function listTags(db: Reader): Promise<ChannelOutput<'tags:list'>> {
  const rows = await sql<TagUsage>`
    SELECT tag, sum(clients) AS clients, sum(engagements) AS engagements FROM (
      SELECT tag, count(*) AS clients, 0 AS engagements FROM client_tags GROUP BY tag
      UNION ALL
      SELECT tag, 0, count(*) FROM engagement_tags GROUP BY tag
    ) GROUP BY tag`.execute(db)
  const items = rows.rows.map((row) => ({ tag: row.tag, clients: Number(row.clients), engagements: Number(row.engagements) }))
  return { items: items.sort((a, b) => byWord.compare(a.tag, b.tag) || (a.tag < b.tag ? -1 : 1)) }
}

async function usageOf(db: Reader, tag: string): Promise<TagUsage> {
  const [clients, engagements] = await Promise.all([
    db.selectFrom('clientTags').select((eb) => eb.fn.countAll<number>().as('count')).where('tag', '=', tag).executeTakeFirstOrThrow(),
    db.selectFrom('engagementTags').select((eb) => eb.fn.countAll<number>().as('count')).where('tag', '=', tag).executeTakeFirstOrThrow()
  ])
  return { tag, clients: Number(clients.count), engagements: Number(engagements.count) }
}

/** The client list filters on folded text that holds a client's tags: it is worked out again when they change. */
async function refreshClientSearchText(db: Writer, clientIds: number[]): Promise<void> {
  for (const id of clientIds) {
    const client = await db.selectFrom('clients').select(['name', 'organisation', 'email']).where('id', '=', id).executeTakeFirstOrThrow()
    const tags = await db.selectFrom('clientTags').select('tag').where('clientId', '=', id).orderBy('tag').execute()
    await db
      .updateTable('clients')
      .set({ searchText: searchTextOf({ ...client, tags: tags.map((row) => row.tag) }) })
      .where('id', '=', id)
      .execute()
  }
}

async function clientsTagged(db: Reader, tag: string): Promise<number[]> {
  return (await db.selectFrom('clientTags').select('clientId').where('tag', '=', tag).execute()).map((row) => row.clientId)
}

/** The tables of tags, each with the column naming the record that carries the tag. */
const TAG_TABLES = [
  ['client_tags', 'client_id'],
  ['engagement_tags', 'engagement_id']
] as const

/** Renames the tag in one table; a record that already carries the new name just loses the old one. */
async function renameIn(db: Writer, table: string, owner: string, tag: string, to: string): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET tag = ${to} WHERE tag = ${tag}
    AND ${sql.ref(owner)} NOT IN (SELECT ${sql.ref(owner)} FROM ${sql.table(table)} WHERE tag = ${to})`.execute(db)
  await sql`DELETE FROM ${sql.table(table)} WHERE tag = ${tag}`.execute(db)
}

/**
 * Renames the tag on every client and engagement. Where a record already carries the new
 * name, the old tag simply goes: renaming onto a tag in use merges the two. Rows are
 * renamed rather than replaced, so each keeps its uid and the change log records a rename.
 */
export async function renameTag(db: Writer, tag: string, to: string): Promise<ChannelOutput<'tags:rename'>> {
  const before = await usageOf(db, tag)
  if (before.clients + before.engagements === 0) throw notFound('tag', 'tag')
  if (tag === to) return { tag, merged: false }
  const target = await usageOf(db, to)
  const clientIds = await clientsTagged(db, tag)
  for (const [table, owner] of TAG_TABLES) await renameIn(db, table, owner, tag, to)
  await refreshClientSearchText(db, clientIds)
  return { tag: to, merged: target.clients + target.engagements > 0 }
}

/** Takes the tag off every client and engagement; says how many carried it. */
export async function deleteTag(db: Writer, tag: string): Promise<TagUsage> {
  const usage = await usageOf(db, tag)
  if (usage.clients + usage.engagements === 0) throw notFound('tag', 'tag')
  const clientIds = await clientsTagged(db, tag)
  await db.deleteFrom('clientTags').where('tag', '=', tag).execute()
  await db.deleteFrom('engagementTags').where('tag', '=', tag).execute()
  await refreshClientSearchText(db, clientIds)
  return usage
}

export async function engagementTags(db: Reader, engagementId: number): Promise<{ tags: string[] }> {
  await requireEngagement(db, engagementId)
  const rows = await db.selectFrom('engagementTags').select('tag').where('engagementId', '=', engagementId).orderBy('tag').execute()
  return { tags: rows.map((row) => row.tag) }
}

/** Sets the engagement's tags: those no longer given go, new ones are added, the rest stay as they are. */
export async function setEngagementTags(db: Writer, engagementId: number, tags: string[]): Promise<{ tags: string[] }> {
  const { tags: current } = await engagementTags(db, engagementId)
  const gone = current.filter((tag) => !tags.includes(tag))
  const added = tags.filter((tag) => !current.includes(tag))
  if (gone.length > 0) await db.deleteFrom('engagementTags').where('engagementId', '=', engagementId).where('tag', 'in', gone).execute()
  if (added.length > 0) await db.insertInto('engagementTags').values(added.map((tag) => ({ engagementId, tag }))).execute()
  return engagementTags(db, engagementId)
}
