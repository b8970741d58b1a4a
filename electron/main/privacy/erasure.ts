import { forgetUnusedContentsIn } from '../attachments'
import { endOfChangeLog, forgetRecordsDeletedSince } from '../changes'
import { deleteClient } from '../clients'
import type { DoorFor, Reader, Writer } from '../db/door'
import { deleteEngagement } from '../engagements'
import { markScrubPending, scrubFreedSpace } from './scrub'

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
  clean(trx: Writer, scope: ErasureScope): Promise<void>
}

/**
 * Every derived store that can hold a client's words. A domain that keeps such a store
 * adds its cleaner here (one line), and privacy.test.ts's sentinel test then proves the
 * words are gone from the file. Tables kept in step by triggers on the record tables
 * need no cleaner: foreign-key cascades fire their delete triggers.
 */
export const DERIVED_DATA_CLEANERS: readonly DerivedDataCleaner[] = []

/** What an erasure did: the records are gone in any case; their space may still wait to be overwritten. */
export type Erasure = { scrubPending: false } | { scrubPending: true; cause: unknown }

/**
 * Cleaners, the records and the pending-scrub mark in one transaction; then the freed
 * space is overwritten. A failure of that last step (a full disk, a busy file) does not
 * undo the erasure: it is reported as pending, and the next open finishes it.
 */
async function eraseWithin(
  door: DoorFor,
  cleaners: readonly DerivedDataCleaner[],
  scopeOf: (trx: Writer) => Promise<ErasureScope>,
  deleteRecords: (trx: Writer) => Promise<unknown>
): Promise<Erasure> {
  await door.write(async (trx) => {
    const scope = await scopeOf(trx)
    for (const cleaner of cleaners) await cleaner.clean(trx, scope)
    const logged = await endOfChangeLog(trx)
    await deleteRecords(trx)
    // Attachments' bytes are not records: those no attachment names any more go with them (an
    // erasure clears Undo, so none is kept for an undo, and the bytes of earlier deletions go too).
    await forgetUnusedContentsIn(trx)
    // The change log's triggers have logged a tombstone for each record gone: what it logged of them goes too.
    await forgetRecordsDeletedSince(trx, logged)
    await markScrubPending(trx)
  })
  // Outside any transaction (VACUUM cannot run in one), once any transaction in progress is done.
  return door.outsideTransaction((connection): Erasure => {
    try {
      scrubFreedSpace(door, connection)
      return { scrubPending: false }
    } catch (cause) {
      return { scrubPending: true, cause }
    }
  })
}

async function clientScope(db: Reader, clientId: number): Promise<ErasureScope> {
  const rows = await db.selectFrom('engagements').select('id').where('clientId', '=', clientId).orderBy('id').execute()
  return { clientId, engagementIds: rows.map((row) => row.id) }
}

/** The client and, through foreign-key cascades, every record under them. */
export function eraseClientRecords(
  door: DoorFor,
  clientId: number,
  cleaners: readonly DerivedDataCleaner[] = DERIVED_DATA_CLEANERS
): Promise<Erasure> {
  return eraseWithin(door, cleaners, (trx) => clientScope(trx, clientId), (trx) => deleteClient(trx, clientId))
}

/** One engagement with everything under it; the client record stays. */
export function eraseEngagementRecords(
  door: DoorFor,
  engagementId: number,
  cleaners: readonly DerivedDataCleaner[] = DERIVED_DATA_CLEANERS
): Promise<Erasure> {
  const scope = { clientId: null, engagementIds: [engagementId] }
  return eraseWithin(door, cleaners, async () => scope, (trx) => deleteEngagement(trx, engagementId))
}
