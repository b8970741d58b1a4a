import type { Generated } from 'kysely'

export interface OrganisationsTable {
  id: Generated<number>
  name: string
  notes: string
  createdAt: string
  updatedAt: string
}

export interface OrganisationContactsTable {
  id: Generated<number>
  organisationId: number
  name: string
  role: string | null
  email: string | null
  phone: string | null
  notes: string
  createdAt: string
  updatedAt: string
}

export interface OrganisationTables {
  organisations: OrganisationsTable
  organisationContacts: OrganisationContactsTable
}
