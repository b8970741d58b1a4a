import type { Generated } from 'kysely'

/**
 * The database as Kysely sees it. Column names are camelCase here and snake_case in
 * SQLite; Kysely's CamelCasePlugin translates between them.
 */
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

export interface DB {
  clients: ClientsTable
  clientTags: ClientTagsTable
}
