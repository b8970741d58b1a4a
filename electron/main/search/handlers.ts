import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import { search } from './service'

export function searchHandlers(db: Kysely<DB>): DomainHandlers<'search'> {
  return {
    'search:query': (input) => search(db, input)
  }
}
