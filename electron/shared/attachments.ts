import { formattingLocale } from './locale'
import { z } from 'zod'
import { choice, recordId, text } from './text'

/**
 * Documents kept with a client, an engagement, an assessment result or a session: a 360
 * or psychometric report, a signed agreement, a client's worksheet. Their bytes are kept
 * inside the practice file (README: Attachments), so a backup holds them and an
 * encrypted practice encrypts them.
 */
export const ATTACHMENT_OWNERS = ['client', 'engagement', 'result', 'session'] as const
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNERS)[number]
export const ATTACHMENT_OWNER_LABELS: Record<AttachmentOwnerKind, string> = {
  client: 'client',
  engagement: 'engagement',
  result: 'assessment result',
  session: 'session'
}

/** 25 MB: a long report with pictures fits; a video does not belong in a practice file. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

/**
 * The kinds of file a coach attaches, by extension: documents, pictures and text. Anything
 * else (programs, archives, videos) is refused, naming these.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, { mediaType: string; kind: string }>> = {
  pdf: { mediaType: 'application/pdf', kind: 'PDF' },
  png: { mediaType: 'image/png', kind: 'Image' },
  jpg: { mediaType: 'image/jpeg', kind: 'Image' },
  jpeg: { mediaType: 'image/jpeg', kind: 'Image' },
  gif: { mediaType: 'image/gif', kind: 'Image' },
  webp: { mediaType: 'image/webp', kind: 'Image' },
  heic: { mediaType: 'image/heic', kind: 'Image' },
  doc: { mediaType: 'application/msword', kind: 'Word document' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'Word document' },
  xls: { mediaType: 'application/vnd.ms-excel', kind: 'Spreadsheet' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'Spreadsheet' },
  ppt: { mediaType: 'application/vnd.ms-powerpoint', kind: 'Presentation' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'Presentation' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', kind: 'Document' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', kind: 'Spreadsheet' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', kind: 'Presentation' },
  rtf: { mediaType: 'application/rtf', kind: 'Document' },
  txt: { mediaType: 'text/plain', kind: 'Text' },
  md: { mediaType: 'text/markdown', kind: 'Text' },
  csv: { mediaType: 'text/csv', kind: 'Text' }
}

/** "PDF, images (PNG, JPEG…), Office documents…": the allowed types as a coach reads them, for the errors. */
export const ALLOWED_TYPES_IN_WORDS =
  'PDF, images (PNG, JPEG, GIF, WebP, HEIC), Word, Excel and PowerPoint files, OpenDocument files, RTF and text (TXT, Markdown, CSV)'

/** The record an attachment belongs to. */
const OWNER_MESSAGE = 'An attachment belongs to a client, an engagement, an assessment result or a session.'
export const attachmentOwnerSchema = z.strictObject({ kind: choice(ATTACHMENT_OWNERS, OWNER_MESSAGE), id: recordId }, { error: OWNER_MESSAGE })
export type AttachmentOwner = z.output<typeof attachmentOwnerSchema>

export const attachmentSchema = z.object({
  id: z.number(),
  name: z.string(),
  mediaType: z.string(),
  /** Bytes. */
  size: z.number(),
  sha256: z.string(),
  addedAt: z.string()
})
export type Attachment = z.output<typeof attachmentSchema>

export const attachmentsContract = {
  /** The record's attachments, newest first: name, size and date; never their contents. */
  'attachments:list': {
    input: z.strictObject({ on: attachmentOwnerSchema }),
    output: z.object({ items: z.array(attachmentSchema) })
  },
  /**
   * The coach picks a file in the system's open dialog; it is read and checked (type, size)
   * and held in main until `attachments:add` stores it, named by `fileId`.
   */
  'attachments:choose': {
    input: z.strictObject({}),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('chosen'), fileId: z.string(), name: z.string(), size: z.number() })
    ])
  },
  /** Stores the file picked with `attachments:choose` on the record: one write, undoable. */
  'attachments:add': {
    input: z.strictObject({ fileId: text('The picked file', 100), on: attachmentOwnerSchema }),
    output: attachmentSchema
  },
  /**
   * Opens the attachment in the app the computer uses for its type, from a copy in a
   * private folder of Coachbook's (removed at the next open, at quit and at start-up).
   */
  'attachments:open': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ opened: z.string() })
  },
  /** Removes it from its record; Undo puts it back. */
  'attachments:delete': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  }
} as const

/** "1.2 MB", "340 KB", "12 bytes": a size as a coach reads it. */
export function sizeInWords(bytes: number, locale?: string): string {
  const writtenIn = formattingLocale(locale)
  const format = (value: number, unit: string) => `${value.toLocaleString(writtenIn, { maximumFractionDigits: 1 })} ${unit}`
  if (bytes < 1024) return `${bytes.toLocaleString(writtenIn)} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB')
  return format(bytes / (1024 * 1024), 'MB')
}
