import { write, type DomainHandlers } from '../db/door'
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

export const organisationHandlers: DomainHandlers<'organisations'> = {
  'organisations:list': (reader, input) => listOrganisations(reader, input),
  'organisations:get': (reader, { id }) => getOrganisation(reader, id),
  'organisations:listEngagements': (reader, input) => listSponsoredEngagements(reader, input),
  'organisations:create': write((writer, input) => createOrganisation(writer, input)),
  'organisations:update': write((writer, input) => updateOrganisation(writer, input)),
  'organisations:delete': write((writer, { id }) => deleteOrganisation(writer, id)),
  'organisations:createContact': write((writer, input) => createContact(writer, input)),
  'organisations:updateContact': write((writer, input) => updateContact(writer, input)),
  'organisations:deleteContact': write((writer, { id }) => deleteContact(writer, id))
}
