import type { DomainHandlers } from '../ipc/registry'
import type { MainContext } from '../platform'
import { eraseClient, eraseEngagement, exportClient, importClient, retentionDue } from './service'

export function privacyHandlers(context: MainContext): DomainHandlers<'privacy'> {
  const { db } = context
  return {
    'privacy:exportClient': ({ clientId }) => exportClient(context, clientId),
    'privacy:importClient': () => importClient(context),
    'privacy:eraseClient': (input) => eraseClient(context, input),
    'privacy:retentionDue': ({ today }) => retentionDue(db, today),
    'privacy:eraseEngagement': ({ engagementId }) => eraseEngagement(context, engagementId)
  }
}
