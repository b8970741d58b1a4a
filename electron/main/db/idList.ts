import { sql, type RawBuilder } from 'kysely'

/**
 * Ids handed to a kept statement (db/prepared.ts) as one JSON array, so one statement,
 * compiled once, serves any number of them: a list of `?` would make a new statement,
 * compiled again, for each length of list.
 */
export function idList(ids: Iterable<number>): string {
  return JSON.stringify([...new Set(ids)])
}

/** The ids of such a list, for `where(column, 'in', eachId(parameter('ids')))`. */
export function eachId(list: string): RawBuilder<number> {
  return sql<number>`(SELECT value FROM json_each(${list}))`
}
