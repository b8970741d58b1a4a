import { z } from 'zod'
import { isoDateTime, LIMITS, requiredText } from '../text'
import { column, key, link, parentKey, table, uid } from './column'

/**
 * A document attached to a client, or to one of their engagements, assessment results or
 * sessions (the most specific link set says which). What the change log records of it is
 * this row: its name, size and SHA-256, never its bytes, which are kept in
 * `attachment_contents` by that hash (ATTACHMENT_CONTENTS_TABLE).
 */
const SHA256_MESSAGE = 'The file’s SHA-256 is not one Coachbook wrote.'

export const ATTACHMENTS = table('attachments', {
  id: key(),
  uid: uid(),
  clientId: parentKey(),
  engagementId: link(),
  assessmentResultId: link(),
  sessionId: link(),
  name: column(requiredText('The file name', LIMITS.name, 'An attachment has no file name.'), { privacy: 'private' }),
  mediaType: column(z.string().max(LIMITS.shortText, 'The file type is longer than any Coachbook writes.'), { privacy: 'structure' }),
  size: column(z.number().int().min(0), { privacy: 'structure' }),
  sha256: column(z.string().max(64, SHA256_MESSAGE).regex(/^[0-9a-f]{64}$/, SHA256_MESSAGE), { privacy: 'structure' }),
  addedAt: column(isoDateTime('The time it was added'), { privacy: 'structure' })
})

/**
 * The attachments' bytes, one row per distinct content, by its SHA-256: not a table of
 * records (no column list, no change log, no Undo images), so that neither the log nor
 * Undo ever copies megabytes. Lists read `attachments` alone and never touch it.
 */
export const ATTACHMENT_CONTENTS_TABLE = 'attachment_contents'
