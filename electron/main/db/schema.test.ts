import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from './connection'
import { freshDatabase } from '../testing/db'

let database: AppDatabase
beforeEach(() => {
  database = freshDatabase()
})
afterEach(() => database.close())

interface ForeignKey {
  id: number
  seq: number
  table: string
  from: string
  on_delete: string
}

function tables(): string[] {
  return database.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
}

/** Each foreign key of a table as its list of child columns, with its ON DELETE rule. */
function foreignKeys(table: string): { columns: string[]; parent: string; onDelete: string }[] {
  const rows = database.sqlite.pragma(`foreign_key_list(${table})`) as ForeignKey[]
  const byId = new Map<number, { columns: string[]; parent: string; onDelete: string }>()
  for (const row of rows.sort((a, b) => a.id - b.id || a.seq - b.seq)) {
    const key = byId.get(row.id) ?? { columns: [], parent: row.table, onDelete: row.on_delete }
    key.columns.push(row.from)
    byId.set(row.id, key)
  }
  return [...byId.values()]
}

/** The leading columns of every index on the table, primary key included. */
function indexedPrefixes(table: string): string[][] {
  const indexes = database.sqlite.pragma(`index_list(${table})`) as { name: string }[]
  const prefixes = indexes.map((index) =>
    (database.sqlite.pragma(`index_info(${index.name})`) as { seqno: number; name: string }[])
      .sort((a, b) => a.seqno - b.seqno)
      .map((column) => column.name)
  )
  const primaryKey = (database.sqlite.pragma(`table_info(${table})`) as { name: string; pk: number }[])
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name)
  return [...prefixes, primaryKey]
}

describe('the schema', () => {
  it('says what happens to every child row when its parent is deleted', () => {
    for (const table of tables()) {
      for (const key of foreignKeys(table)) {
        // Kinds are never deleted while in use; everything else cascades or lets go.
        const allowed = key.parent === 'engagement_kinds' ? ['RESTRICT'] : ['CASCADE', 'SET NULL']
        expect(allowed, `${table}(${key.columns.join(', ')}) → ${key.parent}`).toContain(key.onDelete)
      }
    }
  })

  it('indexes every foreign key, so deletes and lookups by parent do not scan the table', () => {
    for (const table of tables()) {
      const prefixes = indexedPrefixes(table)
      for (const key of foreignKeys(table)) {
        const covered = prefixes.some((prefix) => key.columns.every((column, index) => prefix[index] === column))
        expect(covered, `${table}(${key.columns.join(', ')}) has no index`).toBe(true)
      }
    }
  })

  it('finds the hot queries through an index', () => {
    const plan = (query: string) =>
      (database.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('\n')
    expect(plan("SELECT * FROM actions WHERE engagement_id = 1 AND status = 'open' ORDER BY due_on")).toContain(
      'actions_engagement_status'
    )
    expect(plan('SELECT * FROM sessions WHERE engagement_id = 1 ORDER BY starts_at')).toContain('sessions_engagement_starts_at')
  })
})
