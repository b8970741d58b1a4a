import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import {
  archiveClient,
  createClient,
  deleteClient,
  getClient,
  listClients,
  restoreClient,
  updateClient
} from './service'

export function clientHandlers(db: Kysely<DB>): DomainHandlers<'clients'> {
  return {
    'clients:list': (input) => listClients(db, input),
    'clients:get': ({ id }) => getClient(db, id),
    'clients:create': (input) => createClient(db, input),
    'clients:update': (input) => updateClient(db, input),
    'clients:archive': ({ id }) => archiveClient(db, id),
    'clients:restore': ({ id }) => restoreClient(db, id),
    'clients:delete': ({ id }) => deleteClient(db, id)
  }
}
