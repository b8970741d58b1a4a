import type { Generated } from 'kysely'

export interface ClientsTable {
  id: Generated<number>
  name: string
  email: string | null
  phone: string | null
  organisation: string | null
  role: string | null
  timezone: string | null
  notes: string
  /** Folded name, organisation, email and tags, for filter-as-you-type. */
  searchText: string
  archivedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface ClientTagsTable {
  clientId: number
  tag: string
}

export interface ClientTables {
  clients: ClientsTable
  clientTags: ClientTagsTable
}
