import { write, type DomainHandlers } from '../db/door'
import { completeReview, createReview, deleteReview, getReview, listReviews, updateReview } from './service'
import { buildSummary } from './summary'

export const reviewHandlers: DomainHandlers<'reviews'> = {
  'reviews:listForEngagement': (reader, { engagementId }) => listReviews(reader, engagementId),
  'reviews:get': (reader, { id }) => getReview(reader, id),
  'reviews:create': write((writer, input) => createReview(writer, input)),
  'reviews:update': write((writer, input) => updateReview(writer, input)),
  'reviews:complete': write((writer, input) => completeReview(writer, input)),
  'reviews:delete': write((writer, { id }) => deleteReview(writer, id)),
  'reviews:summary': (reader, { engagementId, audience }) => buildSummary(reader, engagementId, audience)
}
