import type Database from 'better-sqlite3-multiple-ciphers'
import {
  ColumnNode,
  InsertQueryNode,
  PrimitiveValueListNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow
} from 'kysely'
import { v7 } from 'uuid'
import { TABLES } from '../../shared/columns'

/** A record's global id: a UUIDv7 (time-ordered, so new records sit together in the uid indexes). */
export function newUid(): string {
  return v7()
}

/**
 * The id of a built-in kind of engagement (migration 003), the same on every computer:
 * each practice makes those records itself, and they must be the same records everywhere.
 */
export function builtInKindUid(id: number): string {
  return `00000000-0000-7000-8000-${id.toString(16).padStart(12, '0')}`
}

/** What the change log's insert triggers call for a row inserted without its uid (changes/triggers.ts). */
export function registerUidFunction(sqlite: Database.Database): void {
  sqlite.function('coachbook_uid', { deterministic: false }, newUid)
}

const RECORD_TABLES = new Set(TABLES.map((table) => table.name))

/**
 * Gives each record inserted through Kysely its uid in the INSERT itself, at the write
 * door. The insert triggers give one to any row that still has none (an INSERT … SELECT,
 * raw SQL, a migration), so none is ever without; doing it here spares the common insert a
 * second write of its row, which would also fire the search index's update triggers.
 */
export class RecordUids implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!InsertQueryNode.is(node) || !node.columns || !node.values || !ValuesNode.is(node.values)) return node
    if (!RECORD_TABLES.has(node.into?.table.identifier.name ?? '')) return node
    if (node.columns.some((column) => column.column.name === 'uid')) return node
    const rows = node.values.values.map((row) =>
      PrimitiveValueListNode.is(row)
        ? PrimitiveValueListNode.create([...row.values, newUid()])
        : ValueListNode.create([...row.values, ValueNode.create(newUid())])
    )
    return InsertQueryNode.cloneWith(node, { columns: [...node.columns, ColumnNode.create('uid')], values: ValuesNode.create(rows) })
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result)
  }
}
