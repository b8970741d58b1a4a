import type { Database, Statement } from 'better-sqlite3-multiple-ciphers'
import type { SqliteDatabase } from 'kysely'

/** Distinct statements kept compiled: every query the app runs, many times over. */
const CACHED_STATEMENTS = 500

/**
 * The connection as Kysely sees it, with its statements kept compiled. Kysely prepares
 * every query afresh, and compiling a write to a table with triggers (the search
 * index's) costs more than running it; the app runs a few hundred distinct statements,
 * so each is compiled once. A statement still busy (a query being streamed) is never
 * handed out twice: a fresh one is prepared for the second caller.
 */
export function withStatementCache(sqlite: Database, size = CACHED_STATEMENTS): SqliteDatabase {
  const cache = new Map<string, Statement>()
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      const cached = cache.get(source)
      if (cached && !cached.busy) {
        // Most recently used last, so the oldest is the first to go.
        cache.delete(source)
        cache.set(source, cached)
        return cached
      }
      const statement = sqlite.prepare(source)
      if (!cached) {
        cache.set(source, statement)
        if (cache.size > size) cache.delete(cache.keys().next().value!)
      }
      return statement
    }
  }
}
