/** The attachments domain as the rest of the app uses it. */
export { attachmentHandlers } from './handlers'
export { sha256Of } from './files'
export { clearOpenedCopies, OPENED_FOLDER } from './opening'
export {
  attachmentsOfClient,
  attachmentWithContents,
  forgetUnusedContents,
  forgetUnusedContentsIn,
  restoreAttachment,
  type Links as AttachmentLinks
} from './service'
