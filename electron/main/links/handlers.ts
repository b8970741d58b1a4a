import type { DomainHandlers } from '../db/door'
import { linkForRecord, resolveRecordLink } from './service'

export const linkHandlers: DomainHandlers<'links'> = {
  'links:resolve': (reader, link) => resolveRecordLink(reader, link),
  'links:forRecord': (reader, record) => linkForRecord(reader, record)
}
