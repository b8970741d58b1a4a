import { effect, write, type DomainHandlers } from '../db/door'
import {
  eraseClient,
  eraseEngagement,
  exportClient,
  importClient,
  PendingImport,
  previewImport,
  retentionDue,
  type PrivacyContext
} from './service'
import { readScreenSharing, setScreenSharing } from './screenSharing'

export function privacyHandlers(context: PrivacyContext): DomainHandlers<'privacy'> {
  // One file waits between its preview and its import, in this window's practice.
  const pending = new PendingImport()
  return {
    'privacy:exportClient': effect((door, { clientId }) => exportClient(door, context, clientId)),
    'privacy:previewImport': effect((door, input) => previewImport(door.reader, context, pending, input)),
    'privacy:importClient': write((writer, { importId }) => importClient(writer, pending, importId)),
    'privacy:eraseClient': effect((door, input) => eraseClient(door, context, input)),
    'privacy:retentionDue': (reader, { today }) => retentionDue(reader, today),
    'privacy:screenSharing': (reader) => readScreenSharing(reader),
    'privacy:setScreenSharing': effect((door, choice) => setScreenSharing(door, context.platform, choice)),
    'privacy:eraseEngagement': effect((door, { engagementId }) => eraseEngagement(door, context, engagementId))
  }
}
