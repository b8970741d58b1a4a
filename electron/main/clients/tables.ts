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
  /** The list's sort key (search/fold.ts nameSortKey), set by a trigger whenever the name is written. */
  nameSort: Generated<string>
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
