import { z } from 'zod'
import type { PrivacyMark } from '../reviews'
import { isoDateTime, LIMITS, recordId, text } from '../text'
import type { Words } from '../vocabulary'

// ---- One column list per table ----------------------------------------------------------
//
// Every table Coachbook stores has one list here (electron/shared/columns/<domain>.ts):
// each column by its name as the app spells it (camelCase; snake_case in SQLite), with
// its value schema, who may read it, whether search finds it and whether the client
// export carries it. What would otherwise be restated per table is derived from these
// lists: the client export file's schema (shared/privacy.ts) and what an export gathers
// and an import writes back (main/privacy/gather.ts, restore.ts), the fields each reader
// of a summary may see (SUMMARY_FIELDS in shared/reviews.ts, main/reviews/summary.ts),
// the full-text index and the text search shows (main/search/sources.ts), and the Kysely
// row types (main/<domain>/tables.ts). db/columns.test.ts fails when a table and its list
// disagree; reviews/privacy.test.ts and privacy/html.test.ts check the summaries and the
// export's readable page against the lists.
//
// The lists live in shared, not beside the Kysely types in main/<domain>/tables.ts,
// because the export file's schema is part of the shared contract and shared is the one
// layer both it and main may import.
//
// When adding a column:
//
// 1. Add a numbered migration (electron/main/db/migrations/); never edit a landed one.
// 2. Add the column to its table's list here, in the order a person reads the record (the
//    Kysely row types in main/<domain>/tables.ts are derived from it).
// 3. Say who may read it (`privacy`): private, client only, shareable, marked (shareable
//    once the coach marks the record) or structure. The summary's records (shared/reviews.ts)
//    take it from this at once, so check what the summary screen and the PDFs print
//    (src/features/reviews/SummarySheet.tsx, main/reports/content/).
// 4. `search`: marking it searched changes the index. Add a migration that rebuilds the
//    index and its triggers (search/schema.ts); migration 010 builds the index from
//    these lists, so first give migration 010 a copy of today's sources to keep (the
//    fixture tests fail until then: a landed migration must build what it always built).
// 5. `exported` (true by default): a new field of the client export, gathered and imported
//    with the rest. Raise CLIENT_EXPORT_VERSION, give the field a default for older files
//    (as goals' unitOne has), and show it on the readable page (main/privacy/html.ts).
// 6. The domain's contract (its fields and output schemas in shared/<domain>.ts), its
//    service, the screens that edit and show it, and the demo data (electron/main/demo).
// 7. A value from a fixed set (a status, a kind…) has one map of words, beside the
//    values in shared/<domain>.ts and registered in shared/vocabulary.ts; the column
//    names it (`words`).
// 8. The change log records every column that is not `generated` (main/changes/triggers.ts):
//    add a migration that rebuilds its triggers (installChangeLogTriggers). Migration 015
//    keeps the lists it was written with (015_logged_as_of.ts). A new table gets
//    `uid TEXT NOT NULL DEFAULT ''` with a unique index `<table>_uid` in its migration.

/**
 * Who may read a column's value: the marks of PRIVACY_MARKS (shared/reviews.ts), and
 * 'structure' for what says nothing by itself (ids, links, order, stamps, caches) and
 * goes wherever its record goes.
 * - private: only the coach; in no summary, report or sponsor's view, and private in search.
 * - clientOnly: in the client's summary and reports; never in the sponsor's.
 * - shareable: in the client's, and in the sponsor's as far as the contract's reporting
 *   level allows (engagement facts always, goals from "progress", the rest at "summary").
 * - Marked: `otherwise` (private, or the client's only) until the coach marks the record
 *   with the flag column `shareableWhen`, then shareable.
 */
export type Privacy = PrivacyMark | 'structure' | Marked

export interface Marked {
  shareableWhen: string
  otherwise: 'private' | 'clientOnly'
}

/** Where the full-text index puts a searched column: its title (names, statements) or its text. */
export type Searched = 'title' | 'body'

/**
 * Whether the client export carries the column: as a field of the same name (true), not at
 * all (false: a cache, the list's order, the parent the record is nested in, or the coach's
 * own notes on a record shared across clients), or as part of another field (`in`: the
 * engagement's `fee` and `kind`, a growth area's `evidence`, a client's `tags`).
 */
export type Exported = boolean | { in: string }

export interface Column<V extends z.ZodType = z.ZodType> {
  /** The value as the app reads it (yes/no columns as booleans), with the rules an export file is checked by. */
  readonly value: V
  readonly privacy: Privacy
  readonly search?: Searched
  readonly exported: Exported
  /** SQLite fills it in (the rowid, a trigger's sort key): an insert leaves it out. */
  readonly generated?: true
  /** For a value from a fixed set (a status, a kind…): the set's one map of words (shared/vocabulary.ts). */
  readonly words?: Readonly<Record<string, Words>>
}

export type Columns = Readonly<Record<string, Column>>

export interface Table<C extends Columns = Columns> {
  /** The table's name in SQLite. */
  readonly name: string
  readonly columns: C
}

export function table<const C extends Columns>(name: string, columns: C): Table<C> {
  return { name, columns }
}

interface Options {
  privacy: Privacy
  search?: Searched
  exported?: Exported
  generated?: true
  words?: Readonly<Record<string, Words>>
}

type Defined<V extends z.ZodType, O extends Options> = Omit<O, 'exported'> & {
  value: V
  exported: O extends { exported: infer E extends Exported } ? E : true
}

/** A column, exported under its own name unless `exported` says otherwise. */
export function column<V extends z.ZodType, const O extends Options>(value: V, options: O): Defined<V, O> {
  return { exported: true, ...options, value } as unknown as Defined<V, O>
}

/** Long free text as stored (notes, terms, reflections): the export file has it, empty or not. */
export const notesText = (label: string) => text(label, LIMITS.notes)

/** A short line that may be left empty (a unit, a relationship): null when it is. */
export const shortText = (label: string) => text(label, LIMITS.shortText).nullable()

/** The record's own id (its rowid). */
export const key = () => column(recordId, { privacy: 'structure', generated: true })

/**
 * The record's global id: a UUIDv7, made on the computer that created the record, so
 * that two computers never make the same one (the change log names records by it). It
 * sits beside the rowid (`key`), which stays the record's id inside this file. Set at
 * insert (changes/uids.ts); the export does not carry it yet.
 */
export const uid = () => column(z.string(), { privacy: 'structure', exported: false, generated: true })

/**
 * A figure kept by triggers from other records (an engagement's held sessions, whether an
 * action's engagement is under way), for reads that must not walk the practice: never
 * written by the app, exported or recorded in the change log (each computer derives its own).
 */
export const derived = <V extends z.ZodType>(value: V) => column(value, { privacy: 'structure', exported: false, generated: true })

/** The record it belongs to: the export nests the record in it instead. */
export const parentKey = () => column(recordId, { privacy: 'structure', exported: false })

/** A link to another record of the same client, rewired when the export is imported. */
export const link = () => column(recordId.nullable(), { privacy: 'structure' })

export const createdAt = () => column(isoDateTime('The creation time'), { privacy: 'structure' })
export const updatedAt = () => column(isoDateTime('The last change time'), { privacy: 'structure' })

/** Shareable once the coach marks the record with `flag`; private to the coach until then. */
export function marked<const F extends string>(flag: F): { shareableWhen: F; otherwise: 'private' } {
  return { shareableWhen: flag, otherwise: 'private' }
}

/** The column's name in SQLite: `unitOne` is `unit_one` (Kysely's CamelCasePlugin spells it the same way). */
export function sqlName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

/** Yes/no columns: stored as 0 or 1, read as booleans. */
export function isFlag(column: Column): boolean {
  return column.value.type === 'boolean'
}

// ---- What is derived from the lists -------------------------------------------------------

type KeysWhere<C, Condition> = { [K in keyof C]: C[K] extends Condition ? K : never }[keyof C] & string

export type ExportedKeys<C extends Columns> = KeysWhere<C, { exported: true }>

/** A table's exported columns as the fields of a zod object: the record in the client export file. */
export type ExportShape<C extends Columns> = { [K in ExportedKeys<C>]: C[K]['value'] }

/** The columns the client export carries under their own names, in the list's order. */
export function exportedColumns<C extends Columns>({ columns }: Table<C>): ExportedKeys<C>[] {
  return Object.keys(columns).filter((name) => columns[name]!.exported === true) as ExportedKeys<C>[]
}

export function exportShape<C extends Columns>(table: Table<C>): ExportShape<C> {
  return shapeOf(table, exportedColumns(table))
}

/**
 * The privacy field lists: which columns a reader may see of a record.
 * - 'shareable': by both readers (the sponsor as the reporting level allows);
 * - 'clientOnly': by the client alone;
 * - 'marked': by both, once the coach marks the record shareable; by nobody before.
 */
export type Readership = 'shareable' | 'clientOnly' | 'marked'

type PrivacyOf<R extends Readership> = R extends 'marked' ? { otherwise: 'private' } : R

export type ReadableKeys<C extends Columns, R extends Readership> = KeysWhere<C, { privacy: PrivacyOf<R> }>

function isReadable(privacy: Privacy, readership: Readership): boolean {
  if (readership === 'marked') return typeof privacy === 'object' && privacy.otherwise === 'private'
  return privacy === readership
}

/** The columns of the table with that readership, in the list's order. */
export function readable<C extends Columns, R extends Readership>({ columns }: Table<C>, readership: R): ReadableKeys<C, R>[] {
  return Object.keys(columns).filter((name) => isReadable(columns[name]!.privacy, readership)) as ReadableKeys<C, R>[]
}

/** Those columns' value schemas, as the fields of a zod object (a record of the summary). */
export function shapeOf<C extends Columns, K extends keyof C & string>({ columns }: Table<C>, names: readonly K[]): { [N in K]: C[N]['value'] } {
  return Object.fromEntries(names.map((name) => [name, columns[name]!.value])) as { [N in K]: C[N]['value'] }
}

/** The fields of `row` named, and nothing else. */
export function pick<T, K extends keyof T>(row: T, names: readonly K[]): Pick<T, K> {
  return Object.fromEntries(names.map((name) => [name, row[name]])) as Pick<T, K>
}
