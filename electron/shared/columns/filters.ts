import { z } from 'zod'
import { SAVED_FILTER_LISTS, SAVED_FILTER_LIST_LABELS, savedFilterName } from '../filters'
import { choice } from '../text'
import { column, createdAt, key, table, uid, updatedAt } from './column'

/** A filter the coach saved and named (the sidebar lists them): the coach's own, in no client's export. */
export const SAVED_FILTERS = table('saved_filters', {
  id: { ...key(), exported: false },
  uid: uid(),
  name: column(savedFilterName, { privacy: 'private', exported: false }),
  list: column(choice(SAVED_FILTER_LISTS, 'A saved filter narrows the client list or the engagement list.'), {
    privacy: 'structure',
    exported: false,
    words: SAVED_FILTER_LIST_LABELS
  }),
  /** JSON, checked by shared/filters.ts's schema for its list on every read and write. */
  filter: column(z.string(), { privacy: 'private', exported: false }),
  createdAt: { ...createdAt(), exported: false },
  updatedAt: { ...updatedAt(), exported: false }
})
