import { clientTag } from '../clients'
import { parentKey, table, uid, column } from './column'

/**
 * An engagement's tags, from the same vocabulary as clients' (client_tags): the export
 * carries them as the engagement's `tags`.
 */
export const ENGAGEMENT_TAGS = table('engagement_tags', {
  uid: uid(),
  engagementId: parentKey(),
  tag: column(clientTag, { privacy: 'private', exported: { in: 'tags' } })
})
