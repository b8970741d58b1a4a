import type { DomainHandlers } from '../ipc/registry'
import type { MainContext } from '../platform'
import { eraseClient, eraseEngagement, exportClient, importClient, PendingImport, previewImport, retentionDue } from './service'

export function privacyHandlers(context: MainContext): DomainHandlers<'privacy'> {
  const { db } = context
  // One file waits between its preview and its import, in this window's practice.
  const pending = new PendingImport()
  return {
    'privacy:exportClient': ({ clientId }) => exportClient(context, clientId),
    'privacy:previewImport': () => previewImport(context, pending),
    'privacy:importClient': ({ importId }) => importClient(db, pending, importId),
    'privacy:eraseClient': (input) => eraseClient(context, input),
    'privacy:retentionDue': ({ today }) => retentionDue(db, today),
    'privacy:eraseEngagement': ({ engagementId }) => eraseEngagement(context, engagementId)
  }
}
