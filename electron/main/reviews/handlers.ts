import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import { completeReview, createReview, deleteReview, getReview, listReviews, updateReview } from './service'
import { buildSummary } from './summary'

export function reviewHandlers(db: Kysely<DB>): DomainHandlers<'reviews'> {
  return {
    'reviews:listForEngagement': ({ engagementId }) => listReviews(db, engagementId),
    'reviews:get': ({ id }) => getReview(db, id),
    'reviews:create': (input) => createReview(db, input),
    'reviews:update': (input) => updateReview(db, input),
    'reviews:complete': (input) => completeReview(db, input),
    'reviews:delete': ({ id }) => deleteReview(db, id),
    'reviews:summary': ({ engagementId, audience }) => buildSummary(db, engagementId, audience)
  }
}
