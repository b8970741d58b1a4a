import type { Kysely } from 'kysely'
import { clientHandlers } from '../clients/handlers'
import type { DB } from '../db/schema'
import type { Handlers } from './registry'

/** Every channel's handler, one domain at a time. The type makes a missing channel a compile error. */
export function createHandlers(db: Kysely<DB>): Handlers {
  return {
    ...clientHandlers(db)
  }
}
