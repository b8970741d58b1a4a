import type Database from 'better-sqlite3-multiple-ciphers'
import { z } from 'zod'
import { nowIso } from '../clock'
import type { AppDatabase } from '../db/connection'
import type { DoorFor, Writer } from '../db/door'
import type { Logger } from '../logging/logger'
import { mergeClientWords } from '../clients'
import { optimizeSearchIndex } from '../search/layout'
import { defineSetting, settingFromStored, writeSetting } from '../settings'

/**
 * Set in the same transaction that erases records, and cleared only once the space they
 * used is overwritten in the file and gone from its journal: a crash, a full disk or a
 * busy file in between leaves it set, and the next open finishes the job.
 */
export const pendingScrub = defineSetting('privacy.pendingScrub', z.object({ since: z.string() }).nullable(), null)

export async function markScrubPending(trx: Writer): Promise<void> {
  await writeSetting(trx, pendingScrub, { since: nowIso() })
}

/** Empties the -wal into the file and truncates it; its old frames still hold the deleted pages. */
function truncateJournal(sqlite: Database.Database): void {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
  if (result?.busy) throw Object.assign(new Error('the journal is in use'), { code: 'SQLITE_BUSY' })
}

/**
 * Overwrites the space deleted records used. Merging the search index and the client
 * list's index of words into one segment each drops the deleted records' words, which
 * their older segments still held; secure_delete
 * (set for every connection) zeroes deleted cells and freed pages; VACUUM rebuilds the
 * file without the free pages; the TRUNCATE checkpoint copies the result into the main
 * file and empties the -wal.
 * Only then is the pending mark cleared (and that write checkpointed in turn). Throws,
 * leaving the mark, if any step fails. Runs on the connection itself, with no
 * transaction open: VACUUM cannot run inside one. What changes rows (the index's merge,
 * the mark) goes through the door.
 */
export function scrubFreedSpace(door: Pick<DoorFor, 'writeOnConnection'>, sqlite: Database.Database): void {
  door.writeOnConnection((connection) => {
    optimizeSearchIndex(connection)
    mergeClientWords(connection)
  })
  sqlite.exec('VACUUM')
  truncateJournal(sqlite)
  door.writeOnConnection((connection) => connection.prepare('DELETE FROM settings WHERE key = ?').run(pendingScrub.key))
  truncateJournal(sqlite)
}

export function scrubIsPending(sqlite: Database.Database): boolean {
  const json = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(pendingScrub.key) as string | undefined
  return settingFromStored(pendingScrub, json) !== null
}

/** At every open, before the practice is used: finishes a scrub an erasure could not, or leaves it for the next open (logged). */
export function finishPendingScrub({ sqlite, door }: AppDatabase, log: Logger): void {
  if (!scrubIsPending(sqlite)) return
  try {
    scrubFreedSpace(door.for('practice:open'), sqlite)
    log.info('privacy.pendingScrubFinished')
  } catch (error) {
    log.error('privacy.pendingScrubFailed', error)
  }
}
