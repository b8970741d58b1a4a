import { actionHandlers } from '../actions/handlers'
import { assessmentHandlers } from '../assessment/handlers'
import { backupHandlers } from '../backup/handlers'
import { clientHandlers } from '../clients/handlers'
import { diagnosticsHandlers } from '../diagnostics/handlers'
import { engagementHandlers } from '../engagements/handlers'
import { goalHandlers } from '../goals/handlers'
import { organisationHandlers } from '../organisations/handlers'
import { privacyHandlers } from '../privacy/handlers'
import { reportHandlers } from '../reports/handlers'
import { reviewHandlers } from '../reviews/handlers'
import { searchHandlers } from '../search/handlers'
import { sessionHandlers } from '../sessions/handlers'
import type { MainContext } from '../platform'
import type { Handlers } from './registry'

/** Every channel's handler, one domain at a time. The type makes a missing channel a compile error. */
export function createHandlers(context: MainContext): Handlers {
  const { db } = context
  return {
    ...clientHandlers(db),
    ...backupHandlers(context),
    ...organisationHandlers(db),
    ...engagementHandlers(db),
    ...assessmentHandlers(db),
    ...goalHandlers(db),
    ...actionHandlers(db),
    ...sessionHandlers(db),
    ...reportHandlers(context),
    ...reviewHandlers(db),
    ...searchHandlers(db),
    ...privacyHandlers(context),
    ...diagnosticsHandlers(context)
  }
}
