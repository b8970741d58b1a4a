import { sql, type Kysely } from 'kysely'
import { deleteClient } from '../clients/service'
import type { DB } from '../db/schema'
import { AppError } from '../errors'
import { deleteEngagement } from '../engagements/service'

/** What is being erased: one engagement, or a client with all their engagements. */
export interface ErasureScope {
  /** Set when the whole client goes. */
  clientId: number | null
  engagementIds: number[]
}

/**
 * Data kept beside the records and derived from them (a full-text search index, a cache
 * of summaries…) that foreign keys do not reach. Each cleaner runs inside the erasure's
 * transaction, before the records go, so it can still look up what hangs under the
 * scope (sessions, goals…); if it fails, nothing is erased.
 */
export interface DerivedDataCleaner {
  /** For the report of a failure, e.g. "the search index". */
  what: string
  clean(trx: Kysely<DB>, scope: ErasureScope): Promise<void>
}

/**
 * Every derived store that can hold a client's words. A domain that keeps such a store
 * adds its cleaner here (one line), and privacy.test.ts's sentinel test then proves the
 * words are gone from the file. Tables kept in step by triggers on the record tables
 * need no cleaner: foreign-key cascades fire their delete triggers.
 */
export const DERIVED_DATA_CLEANERS: readonly DerivedDataCleaner[] = []

/**
 * Overwrites the space the deleted records used. secure_delete (set for every connection)
 * zeroes deleted cells and freed pages; VACUUM rebuilds the file without the free pages;
 * the TRUNCATE checkpoint copies the result into the main file and empties the -wal file,
 * whose old frames still held the deleted pages. Run through Kysely so it waits for any
 * transaction in progress on the connection.
 */
export async function wipeFreedSpace(db: Kysely<DB>): Promise<void> {
  await sql`VACUUM`.execute(db)
  const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db)
  if (rows[0]?.busy) {
    throw new AppError(
      'conflict',
      'The records were erased, but the space they used could not be overwritten yet because the data file is busy. ' +
        'Restart Coachbook to finish.'
    )
  }
}

/** Cleaners, then the records, in one transaction; then the freed space. */
async function eraseWithin(
  db: Kysely<DB>,
  cleaners: readonly DerivedDataCleaner[],
  scopeOf: (trx: Kysely<DB>) => Promise<ErasureScope>,
  deleteRecords: (trx: Kysely<DB>) => Promise<unknown>
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const scope = await scopeOf(trx)
    for (const cleaner of cleaners) await cleaner.clean(trx, scope)
    await deleteRecords(trx)
  })
  await wipeFreedSpace(db)
}

async function clientScope(db: Kysely<DB>, clientId: number): Promise<ErasureScope> {
  const rows = await db.selectFrom('engagements').select('id').where('clientId', '=', clientId).orderBy('id').execute()
  return { clientId, engagementIds: rows.map((row) => row.id) }
}

/** The client and, through foreign-key cascades, every record under them. */
export function eraseClientRecords(
  db: Kysely<DB>,
  clientId: number,
  cleaners: readonly DerivedDataCleaner[] = DERIVED_DATA_CLEANERS
): Promise<void> {
  return eraseWithin(db, cleaners, (trx) => clientScope(trx, clientId), (trx) => deleteClient(trx, clientId))
}

/** One engagement with everything under it; the client record stays. */
export function eraseEngagementRecords(
  db: Kysely<DB>,
  engagementId: number,
  cleaners: readonly DerivedDataCleaner[] = DERIVED_DATA_CLEANERS
): Promise<void> {
  const scope = { clientId: null, engagementIds: [engagementId] }
  return eraseWithin(db, cleaners, async () => scope, (trx) => deleteEngagement(trx, engagementId))
}
