import { z } from 'zod'
import { countedTotal } from './counts'
import { listCursor } from './paging'
import { ARCHIVE_FILTERS, CLIENT_PAGE } from './clients'
import { ENGAGEMENT_STATUSES } from './engagements'
import { listFilterFields } from './listFilters'
import { LIMITS, recordId, requiredText, wholeNumber } from './text'

export { SINCE_LAST_SESSION, SINCE_LAST_SESSION_WORDS, type SinceLastSession } from './listFilters'

// ---- List filters -----------------------------------------------------------------------
//
// The client list and the engagement list narrow by the same things: a tag, the kind of
// engagement, the sponsor, the time since the last held session, and each list's own
// status. Main runs them in SQL (main/filters/predicates.ts); a saved filter keeps one
// in the practice and the sidebar shows how many records it matches.

const FILTER_SHAPE_MESSAGE = 'The filter must name what the list is narrowed by: a tag, a kind, a sponsor, a time since the last session, a status.'

export const clientFilter = z.strictObject(
  {
    archived: z.enum(ARCHIVE_FILTERS, { error: 'Show active, archived or all clients.' }).default('active'),
    ...listFilterFields
  },
  { error: FILTER_SHAPE_MESSAGE }
)

export const engagementFilter = z.strictObject(
  {
    status: z.enum(ENGAGEMENT_STATUSES, { error: 'The status is not one Coachbook knows.' }).nullable().default(null),
    ...listFilterFields
  },
  { error: FILTER_SHAPE_MESSAGE }
)

export type ClientFilter = z.output<typeof clientFilter>
export type EngagementFilter = z.output<typeof engagementFilter>

/** The lists a filter can be saved for. */
export const SAVED_FILTER_LISTS = ['clients', 'engagements'] as const
export type SavedFilterList = (typeof SAVED_FILTER_LISTS)[number]
export const SAVED_FILTER_LIST_LABELS: Record<SavedFilterList, string> = { clients: 'Clients', engagements: 'Engagements' }

/** Which list a saved filter narrows, and how. */
export const savedFilterTarget = z.discriminatedUnion(
  'list',
  [z.strictObject({ list: z.literal('clients'), filter: clientFilter }), z.strictObject({ list: z.literal('engagements'), filter: engagementFilter })],
  { error: 'A saved filter narrows the client list or the engagement list.' }
)
export type SavedFilterTarget = z.output<typeof savedFilterTarget>

export const savedFilterName = requiredText('The name', LIMITS.shortText, 'Give the filter a name.')

export const savedFilterSchema = z.object({
  id: z.number(),
  name: z.string(),
  target: savedFilterTarget,
  /** How many records it matches now. */
  count: countedTotal
})
export type SavedFilter = z.output<typeof savedFilterSchema>

export const engagementListItemSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  title: z.string(),
  kindName: z.string(),
  sponsorName: z.string().nullable(),
  status: z.enum(ENGAGEMENT_STATUSES),
  startDate: z.string().nullable(),
  /** When the last session held began (UTC ISO), or null. */
  lastSessionAt: z.string().nullable(),
  tags: z.array(z.string())
})
export type EngagementListItem = z.output<typeof engagementListItemSchema>

export const filtersContract = {
  /** One page of every engagement across clients, by client name then as entered, with the number matching in all. */
  'filters:engagements': {
    input: engagementFilter.extend({
      limit: wholeNumber('The page size', 1, CLIENT_PAGE.max).default(CLIENT_PAGE.default),
      cursor: listCursor
    }),
    output: z.object({ items: z.array(engagementListItemSchema), total: countedTotal, nextCursor: z.string().nullable() })
  },
  /** The saved filters by name, each with how many records it matches now. */
  'filters:list': {
    input: z.strictObject({}),
    output: z.object({ items: z.array(savedFilterSchema) })
  },
  'filters:save': {
    input: z.strictObject({ name: savedFilterName, target: savedFilterTarget }),
    output: savedFilterSchema
  },
  'filters:rename': {
    input: z.strictObject({ id: recordId, name: savedFilterName }),
    output: savedFilterSchema
  },
  'filters:delete': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  }
} as const
