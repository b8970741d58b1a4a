import type { Database, Statement } from 'better-sqlite3-multiple-ciphers'
import { CamelCasePlugin, CompiledQuery, type Compilable } from 'kysely'
import { writeInProgress, type Reader } from './door'

/**
 * The connection under each Kysely instance the app opened (connection.ts), so that a
 * prepared read can run on it directly. A transaction's Kysely is never here: reads
 * inside a transaction always go through Kysely.
 */
const connections = new WeakMap<Reader, Database>()

export function registerConnection(db: Reader, sqlite: Database): void {
  connections.set(db, sqlite)
}

/** The names Kysely's CamelCasePlugin gives result columns, so both ways of running a read return the same rows. */
class ColumnNames extends CamelCasePlugin {
  of(column: string): string {
    return this.camelCase(column)
  }
}
const columnNames = new ColumnNames()

/** Marks a parameter's place while the query is built once: a string no value the app passes could be. */
const PARAMETER = '\u0000coachbook-parameter:'

type Row = Record<string, unknown>

/** Stands for a value given at each call: `parameter('id')`. Annotating it names the parameters, `Parameter<{ id: number }>`. */
export type Parameter<P> = <K extends keyof P & string>(name: K) => P[K]

/** A query Kysely can compile, whose rows are O. */
type Query<O> = Compilable & { execute(): Promise<O[]> }

export interface PreparedRead<P extends object, O> {
  all(db: Reader, parameters: P): Promise<O[]>
  first(db: Reader, parameters: P): Promise<O | undefined>
}

/** What fills a `?` of the SQL: a parameter given at each call, or a value built into the query. */
type Slot = { parameter: string } | { value: unknown }

interface Compiled {
  sql: string
  slots: Slot[]
}

interface Kept {
  statement: Statement
  names: string[]
}

/**
 * A read run on every screen, written with Kysely's query builder once and then kept as
 * a compiled statement. For the small indexed reads behind a screen, building the query,
 * compiling it, queueing for Kysely's connection and renaming each row's columns cost
 * more than the read itself (`npm run bench`: handler against raw query).
 *
 * `build` receives `parameter(name)`, which stands for a value given at each call; its
 * annotation names the parameters, and the query's own type gives the rows'.
 * Outside a transaction the statement runs directly on the connection. While a
 * transaction is open (a write of another call still on its way, or this read given a
 * transaction), it goes through Kysely instead, which waits its turn and sees what the
 * transaction sees: a read never shows a write that has not been committed.
 */
export function preparedRead<P extends object, O>(build: (db: Reader, parameter: Parameter<P>) => Query<O>): PreparedRead<P, O> {
  let compiled: Compiled | null = null
  const kept = new WeakMap<Database, Kept>()

  const compile = (db: Reader): Compiled => {
    if (compiled) return compiled
    const query = build(db, ((name: string) => `${PARAMETER}${name}`) as Parameter<P>).compile()
    compiled = {
      sql: query.sql,
      slots: query.parameters.map((value) =>
        typeof value === 'string' && value.startsWith(PARAMETER) ? { parameter: value.slice(PARAMETER.length) } : { value }
      )
    }
    return compiled
  }
  const valuesOf = (slots: Slot[], parameters: P) =>
    slots.map((slot) => ('parameter' in slot ? (parameters as Row)[slot.parameter] : slot.value))

  const keptOn = (sqlite: Database, sql: string): Kept => {
    let statement = kept.get(sqlite)
    if (!statement) {
      const prepared = sqlite.prepare(sql).raw(true)
      statement = { statement: prepared, names: prepared.columns().map((column) => columnNames.of(column.name)) }
      kept.set(sqlite, statement)
    }
    return statement
  }

  const all = async (db: Reader, parameters: P): Promise<O[]> => {
    const { sql, slots } = compile(db)
    const values = valuesOf(slots, parameters)
    const sqlite = connections.get(db)
    if (sqlite && writeInProgress()?.connection === sqlite) {
      throw new Error('A read inside a write waits for that write forever: read through its Writer.')
    }
    if (!sqlite || sqlite.inTransaction) {
      const { rows } = await db.executeQuery<O>(CompiledQuery.raw(sql, values))
      return rows
    }
    const { statement, names } = keptOn(sqlite, sql)
    return (statement.all(values) as unknown[][]).map((cells) => {
      const row: Row = {}
      for (let i = 0; i < names.length; i++) row[names[i]!] = cells[i]
      return row as O
    })
  }

  return {
    all,
    first: async (db, parameters) => (await all(db, parameters))[0]
  }
}
