import type { Database } from 'better-sqlite3-multiple-ciphers'
import { dayOf } from '../../shared/dates'
import { foldedForIndex, nameSortKey } from './fold'

/**
 * The SQL functions the triggers of migration 010 call, written in JS because SQLite
 * has no Unicode folding. Every connection that writes to the practice must register
 * them before its first write (openDatabase does, and so does migration 010 for the
 * connection that runs it): without them a write to an indexed table fails with
 * "no such function", and nothing is written. Reading needs none of them.
 */
export function registerSearchFunctions(sqlite: Database): void {
  // The values joined by line breaks (empty ones left out), folded for the index.
  sqlite.function('coachbook_search_text', { deterministic: true, varargs: true }, (...values: unknown[]) =>
    foldedForIndex(joinedText(values))
  )
  // A UTC moment's day on this machine's calendar, the day the coach sees in the app.
  sqlite.function('coachbook_local_day', { deterministic: true }, (moment: unknown) =>
    typeof moment === 'string' ? dayOf(moment) : null
  )
  sqlite.function('coachbook_name_sort', { deterministic: true }, (name: unknown) => nameSortKey(String(name ?? '')))
}

/** How a record's fields become one text: the search reads them back the same way to highlight a match. */
export function joinedText(values: readonly unknown[]): string {
  return values.filter((value) => typeof value === 'string' && value !== '').join('\n')
}
