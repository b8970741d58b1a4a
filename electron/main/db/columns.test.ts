import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { isFlag, sqlName, type Table } from '../../shared/columns/column'
import { TABLES } from '../../shared/columns'
import { ATTACHMENT_CONTENTS_TABLE } from '../../shared/columns/attachments'
import { freshDatabase } from '../testing/db'
import type { AppDatabase } from './connection'

/**
 * Each table's column list (electron/shared/columns/) against the table a freshly
 * migrated practice has: a column added by a migration and not to its list (or the
 * other way round) fails here, table by table, with the checklist's place named.
 */

interface ColumnInfo {
  name: string
  notnull: number
  pk: number
  type: string
}

let database: AppDatabase
beforeAll(() => {
  database = freshDatabase()
})
afterAll(() => database.close())

/** The tables records are kept in: not the full-text index, which is built from them, nor its own storage, nor the change log, nor attachments' bytes. */
function recordTables(): string[] {
  const rows = database.sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[]
  const indexes = rows.filter((row) => row.sql.startsWith('CREATE VIRTUAL TABLE')).map((row) => row.name)
  return rows
    .map((row) => row.name)
        .filter((name) => name !== ATTACHMENT_CONTENTS_TABLE)
    .filter((name) => !name.startsWith('change_') && !indexes.some((index) => name === index || name.startsWith(`${index}_`)))
}

function columnsOf(table: string): ColumnInfo[] {
  return database.sqlite.pragma(`table_info(${table})`) as ColumnInfo[]
}

/** An INTEGER PRIMARY KEY is the rowid: never null, whatever table_info says. */
function mayBeNull(info: ColumnInfo, all: ColumnInfo[]): boolean {
  const isRowid = info.pk === 1 && all.filter((column) => column.pk > 0).length === 1 && info.type.toUpperCase() === 'INTEGER'
  return info.notnull === 0 && !isRowid
}

/** The values a schema takes from a fixed set, through nullable and default; null for any other schema. */
function fixedValues(schema: z.ZodType): readonly string[] | null {
  const { def } = schema as unknown as { def: { type: string; innerType?: z.ZodType } }
  if (def.type === 'enum') return (schema as z.ZodEnum).options as string[]
  return def.innerType ? fixedValues(def.innerType) : null
}

const listFile = (table: Table) => `its list in electron/shared/columns/ (${table.name})`

describe('the column lists', () => {
  it('have one list for every table of a migrated practice, and none for a table it lacks', () => {
    const listed = TABLES.map((table) => table.name)
    expect(new Set(listed).size, 'a table is listed twice').toBe(listed.length)
    expect([...listed].sort()).toEqual(recordTables())
  })

  it.each(TABLES.map((table) => [table.name, table] as const))('name exactly the columns of %s', (_name, table) => {
    const inDatabase = columnsOf(table.name).map((column) => column.name)
    const inList = Object.keys(table.columns).map(sqlName)
    const notListed = inDatabase.filter((column) => !inList.includes(column))
    const notStored = inList.filter((column) => !inDatabase.includes(column))
    expect(notListed, `columns of ${table.name} missing from ${listFile(table)}: add them (see the checklist in column.ts)`).toEqual([])
    expect(notStored, `columns in ${listFile(table)} that ${table.name} does not have`).toEqual([])
  })

  it.each(TABLES.map((table) => [table.name, table] as const))('give %s values that are null exactly where a column may be', (_name, table) => {
    const infos = columnsOf(table.name)
    for (const [name, column] of Object.entries(table.columns)) {
      const info = infos.find((candidate) => candidate.name === sqlName(name))
      if (!info) continue
      const acceptsNull = column.value.safeParse(null).success
      expect(acceptsNull, `${table.name}.${info.name}: its value schema ${acceptsNull ? 'accepts' : 'refuses'} null`).toBe(mayBeNull(info, infos))
      if (isFlag(column)) expect(info.type, `${table.name}.${info.name} is a yes/no column: 0 or 1`).toBe('INTEGER')
    }
  })

  it('name the map of words of every column whose values come from a fixed set', () => {
    for (const table of TABLES) {
      for (const [name, column] of Object.entries(table.columns)) {
        const values = fixedValues(column.value)
        const words = column.words ? Object.keys(column.words).sort() : null
        expect(words, `${table.name}.${name}: the words of its values (shared/vocabulary.ts)`).toEqual(values && [...values].sort())
      }
    }
  })

  it('mark a record shareable only by a yes/no column of the same table', () => {
    for (const table of TABLES) {
      for (const [name, column] of Object.entries(table.columns)) {
        if (typeof column.privacy !== 'object') continue
        const flag = table.columns[column.privacy.shareableWhen]
        expect(flag && isFlag(flag), `${table.name}.${name} is shared when ${column.privacy.shareableWhen} is set`).toBe(true)
      }
    }
  })
})
