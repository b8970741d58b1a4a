import type { ATTACHMENTS } from '../../shared/columns/attachments'
import type { StoredRow } from '../db/stored'

// The attachment's row, from its column list (electron/shared/columns/attachments.ts).
export type AttachmentsTable = StoredRow<typeof ATTACHMENTS>

/** The bytes of each distinct content, by SHA-256: storage, not records (no column list). */
export interface AttachmentContentsTable {
  sha256: string
  bytes: Uint8Array
}

export interface AttachmentTables {
  attachments: AttachmentsTable
  attachmentContents: AttachmentContentsTable
}
