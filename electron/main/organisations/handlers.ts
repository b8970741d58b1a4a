import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import {
  createContact,
  createOrganisation,
  deleteContact,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  listSponsoredEngagements,
  updateContact,
  updateOrganisation
} from './service'

export function organisationHandlers(db: Kysely<DB>): DomainHandlers<'organisations'> {
  return {
    'organisations:list': (input) => listOrganisations(db, input),
    'organisations:get': ({ id }) => getOrganisation(db, id),
    'organisations:listEngagements': (input) => listSponsoredEngagements(db, input),
    'organisations:create': (input) => createOrganisation(db, input),
    'organisations:update': (input) => updateOrganisation(db, input),
    'organisations:delete': ({ id }) => deleteOrganisation(db, id),
    'organisations:createContact': (input) => createContact(db, input),
    'organisations:updateContact': (input) => updateContact(db, input),
    'organisations:deleteContact': ({ id }) => deleteContact(db, id)
  }
}
