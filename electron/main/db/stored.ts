import type { Generated } from 'kysely'
import type { z } from 'zod'
import type { Column, Table } from '../../shared/columns/column'

/** A value as SQLite holds it: yes/no as 0 or 1 (SQLite has no boolean), the rest as the app reads it. */
type StoredValue<C extends Column> = z.output<C['value']> extends infer V ? (V extends boolean ? number : V) : never

/**
 * A table's row as Kysely sees it, from its column list (electron/shared/columns/): each
 * domain's tables.ts names its tables with this, so a column is declared once.
 */
export type StoredRow<T extends Table> = {
  [K in keyof T['columns']]: T['columns'][K] extends { generated: true }
    ? Generated<StoredValue<T['columns'][K]>>
    : StoredValue<T['columns'][K]>
}
