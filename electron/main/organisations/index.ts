/** The sponsor organisations and their contacts, as the rest of the app uses them. */
export { organisationHandlers } from './handlers'
export { getContact, getOrganisation, organisationNames } from './service'
