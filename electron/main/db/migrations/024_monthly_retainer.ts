import type { Migration } from '../migrator'
import { rebuildTable, replacedOnce } from '../rebuild'

/**
 * A third fee basis, the monthly retainer: an amount per month in the engagement's
 * currency. The basis is held by a CHECK on the engagements table, which SQLite can only
 * change by rebuilding the table (db/rebuild.ts), foreign keys off, so no row that refers
 * to an engagement is touched; every row keeps its id, and the table's indexes, the change
 * log's and the search index's triggers, and the triggers of other tables that name it
 * are made again as they were.
 */
export const migration024MonthlyRetainer: Migration = {
  version: 24,
  name: 'monthly_retainer',
  rebuildsTables: true,
  up(sqlite) {
    rebuildTable(sqlite, 'engagements', (definition) =>
      replacedOnce(definition, "fee_basis IN ('per_session', 'package')", "fee_basis IN ('per_session', 'package', 'monthly_retainer')")
    )
  }
}
