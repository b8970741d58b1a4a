import { contactFields, organisationFields } from '../organisations'
import { LIMITS, requiredText } from '../text'
import { column, createdAt, key, parentKey, table, updatedAt, uid } from './column'

/**
 * Sponsors are the coach's own records, shared across clients: a client's export names
 * them (and the contacts its engagements name) without the coach's notes or stamps.
 * The sponsor's and the contact's names are on the summary's cover.
 */
export const ORGANISATIONS = table('organisations', {
  id: key(),
  uid: uid(),
  name: column(requiredText('The name', LIMITS.name, 'An organisation has no name.'), { privacy: 'shareable', search: 'title' }),
  notes: column(organisationFields.shape.notes, { privacy: 'private', search: 'body', exported: false }),
  createdAt: { ...createdAt(), exported: false },
  updatedAt: { ...updatedAt(), exported: false }
})

export const ORGANISATION_CONTACTS = table('organisation_contacts', {
  id: key(),
  uid: uid(),
  organisationId: parentKey(),
  name: column(contactFields.shape.name, { privacy: 'shareable', search: 'title' }),
  role: column(contactFields.shape.role, { privacy: 'private', search: 'body' }),
  email: column(contactFields.shape.email, { privacy: 'private', search: 'body' }),
  phone: column(contactFields.shape.phone, { privacy: 'private' }),
  notes: column(contactFields.shape.notes, { privacy: 'private', search: 'body', exported: false }),
  createdAt: { ...createdAt(), exported: false },
  updatedAt: { ...updatedAt(), exported: false }
})
