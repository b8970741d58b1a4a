import type { Kysely } from 'kysely'
import { actionHandlers } from '../actions/handlers'
import { assessmentHandlers } from '../assessment/handlers'
import { clientHandlers } from '../clients/handlers'
import type { DB } from '../db/schema'
import { engagementHandlers } from '../engagements/handlers'
import { goalHandlers } from '../goals/handlers'
import { organisationHandlers } from '../organisations/handlers'
import { reviewHandlers } from '../reviews/handlers'
import { sessionHandlers } from '../sessions/handlers'
import type { Handlers } from './registry'

/** Every channel's handler, one domain at a time. The type makes a missing channel a compile error. */
export function createHandlers(db: Kysely<DB>): Handlers {
  return {
    ...clientHandlers(db),
    ...organisationHandlers(db),
    ...engagementHandlers(db),
    ...assessmentHandlers(db),
    ...goalHandlers(db),
    ...actionHandlers(db),
    ...sessionHandlers(db),
    ...reviewHandlers(db)
  }
}
