import { effect, write, type DomainHandlers } from '../db/door'
import type { Platform } from '../platform'
import { ATTACHMENT_FILTER, PickedFiles, readPickedFile } from './files'
import { openCopy } from './opening'
import { addAttachment, attachmentWithContents, deleteAttachment, listAttachments } from './service'

/** What the attachments need beyond the database: the open dialog and the OS's apps, and the data folder for copies opened. */
export interface AttachmentContext {
  platform: Platform
  facts: { dataDir: string }
}

export function attachmentHandlers(context: AttachmentContext): DomainHandlers<'attachments'> {
  const picked = new PickedFiles()
  return {
    'attachments:list': (reader, { on }) => listAttachments(reader, on),
    'attachments:choose': effect(async () => {
      const path = await context.platform.chooseOpenFile({ title: 'Choose a file to attach', filters: [ATTACHMENT_FILTER] })
      if (path === null) return { status: 'cancelled' as const }
      const file = await readPickedFile(path)
      return { status: 'chosen' as const, fileId: picked.keep(file), name: file.name, size: file.bytes.length }
    }),
    'attachments:add': write((writer, { fileId, on }) => addAttachment(writer, picked.get(fileId), on)),
    'attachments:open': effect(async (door, { id }) => {
      const attachment = await attachmentWithContents(door.reader, id)
      return { opened: await openCopy(context.platform, context.facts.dataDir, attachment.name, attachment.bytes) }
    }),
    'attachments:delete': write((writer, { id }) => deleteAttachment(writer, id))
  }
}
