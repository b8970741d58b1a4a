import { z } from 'zod'
import { clientFields, clientTag } from '../clients'
import { isoDateTime } from '../text'
import { column, createdAt, key, parentKey, table, updatedAt, uid } from './column'

/** A client's record: the coach's own. Their name is on every summary's cover; the rest is in none. */
export const CLIENTS = table('clients', {
  id: key(),
  uid: uid(),
  name: column(clientFields.shape.name, { privacy: 'shareable', search: 'title' }),
  organisation: column(clientFields.shape.organisation, { privacy: 'private', search: 'body' }),
  role: column(clientFields.shape.role, { privacy: 'private', search: 'body' }),
  email: column(clientFields.shape.email, { privacy: 'private', search: 'body' }),
  phone: column(clientFields.shape.phone, { privacy: 'private' }),
  timezone: column(clientFields.shape.timezone, { privacy: 'private' }),
  // The client's tags (client_tags) are searched here, between the email and the notes: search/sources.ts.
  notes: column(clientFields.shape.notes, { privacy: 'private', search: 'body' }),
  /** Folded name, organisation, email and tags, for filter-as-you-type: worked out again on import. */
  searchText: column(z.string(), { privacy: 'structure', exported: false }),
  /** The list's sort key, set by a trigger whenever the name is written. */
  nameSort: column(z.string(), { privacy: 'structure', exported: false, generated: true }),
  /** When the client was archived (hidden from the list), or null. */
  archivedAt: column(isoDateTime('The archive time').nullable(), { privacy: 'private' }),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

export const CLIENT_TAGS = table('client_tags', {
  uid: uid(),
  clientId: parentKey(),
  tag: column(clientTag, { privacy: 'private', search: 'body', exported: { in: 'tags' } })
})
