import { write, type DomainHandlers } from '../db/door'
import { deleteTag, engagementTags, listTags, renameTag, setEngagementTags } from './service'

export const tagHandlers: DomainHandlers<'tags'> = {
  'tags:list': (reader) => listTags(reader),
  'tags:rename': write((writer, { tag, to }) => renameTag(writer, tag, to)),
  'tags:delete': write((writer, { tag }) => deleteTag(writer, tag)),
  'tags:ofEngagement': (reader, { engagementId }) => engagementTags(reader, engagementId),
  'tags:setForEngagement': write((writer, { engagementId, tags }) => setEngagementTags(writer, engagementId, tags))
}
