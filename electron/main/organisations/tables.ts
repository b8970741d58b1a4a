import type { ORGANISATIONS, ORGANISATION_CONTACTS } from '../../shared/columns/organisations'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/organisations.ts).
export type OrganisationsTable = StoredRow<typeof ORGANISATIONS>
export type OrganisationContactsTable = StoredRow<typeof ORGANISATION_CONTACTS>

export interface OrganisationTables {
  organisations: OrganisationsTable
  organisationContacts: OrganisationContactsTable
}
