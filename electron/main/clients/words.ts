import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Merges the index of clients' words (migration 025) into one segment: a deleted client's
 * words stay in its older segments, marked deleted, until a merge drops them. An erasure
 * runs it, so no erased name is left in the file.
 */
export function mergeClientWords(sqlite: Database): void {
  sqlite.exec("INSERT INTO client_words (client_words) VALUES ('optimize')")
}
