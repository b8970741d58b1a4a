import { write, type DomainHandlers } from '../db/door'
import { deleteSavedFilter, listEngagements, listSavedFilters, renameSavedFilter, saveFilter } from './service'

export const filterHandlers: DomainHandlers<'filters'> = {
  'filters:engagements': (reader, input) => listEngagements(reader, input),
  'filters:list': (reader) => listSavedFilters(reader),
  'filters:save': write((writer, input) => saveFilter(writer, input)),
  'filters:rename': write((writer, input) => renameSavedFilter(writer, input)),
  'filters:delete': write((writer, { id }) => deleteSavedFilter(writer, id))
}
