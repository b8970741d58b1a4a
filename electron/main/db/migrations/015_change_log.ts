import { makeClientId } from '@actual-app/crdt'
import { addRecordUids, CHANGE_LOG_TABLES, firstTimestamp, installChangeLogTriggers, PracticeClock, registerChangeFunctions, registerUidFunction } from '../../changes'
import { nowIso } from '../../clock'
import type { Migration } from '../migrator'
import { LOGGED_AS_OF_015 } from './015_logged_as_of'

/**
 * Every record gets a global id (a UUIDv7 `uid` beside its rowid), and every change from
 * now on is recorded in the change log, with the practice's clock starting on a computer
 * id of its own (changes/). The records already there are not logged as if inserted: the
 * log records changes, and the file itself holds what was there before.
 */
export const migration015ChangeLog: Migration = {
  version: 15,
  name: 'change log',
  up(sqlite) {
    registerUidFunction(sqlite)
    addRecordUids(sqlite, LOGGED_AS_OF_015)
    sqlite.exec(CHANGE_LOG_TABLES)
    // The log holds nothing older than now: there is nothing to compact for a year.
    sqlite.prepare('INSERT INTO change_clock (timestamp, compacted_before) VALUES (?, ?)').run(firstTimestamp(makeClientId()), nowIso())
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_015)
    // For the connection that runs it, as 010 does (openDatabase registers them again once the migrations are done).
    registerChangeFunctions(sqlite, PracticeClock.of(sqlite))
  }
}
