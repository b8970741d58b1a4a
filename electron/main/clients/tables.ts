import type { CLIENTS, CLIENT_TAGS } from '../../shared/columns/clients'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/clients.ts).
export type ClientsTable = StoredRow<typeof CLIENTS>
export type ClientTagsTable = StoredRow<typeof CLIENT_TAGS>

export interface ClientTables {
  clients: ClientsTable
  clientTags: ClientTagsTable
}
