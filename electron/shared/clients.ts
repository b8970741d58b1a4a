import { z } from 'zod'
import { countedTotal } from './counts'
import { listFilterFields } from './listFilters'
import { listCursor } from './paging'
import { LIMITS, longText, optionalEmail, optionalText, recordId, requiredText, text, wholeNumber } from './text'

export const ARCHIVE_FILTERS = ['active', 'archived', 'all'] as const
export type ArchiveFilter = (typeof ARCHIVE_FILTERS)[number]
export const ARCHIVE_FILTER_LABELS: Record<ArchiveFilter, string> = { active: 'Active', archived: 'Archived', all: 'All' }
/** Clients per page of the list: a screenful or two, so the first page is quick at any size of practice. */
export const CLIENT_PAGE = { default: 100, max: 500 } as const

/** True when Intl knows the IANA time zone, e.g. Europe/Berlin. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** An IANA time zone Intl knows, such as Europe/London. */
export const knownTimeZone = text('The time zone', LIMITS.shortText).refine(isKnownTimeZone, 'Choose a time zone such as Europe/London.')

/** One of a client's tags: a word or two for grouping clients. */
export const clientTag = requiredText('A tag', LIMITS.tag, 'A tag cannot be empty.')

/** The fields a coach edits on a client record. */
export const clientFields = z.strictObject({
  name: requiredText('The name', LIMITS.name, "Enter the client's name."),
  email: optionalEmail('The email address'),
  phone: optionalText('The phone number', LIMITS.shortText),
  organisation: optionalText('The organisation', LIMITS.shortText),
  role: optionalText('The role', LIMITS.shortText),
  timezone: optionalText('The time zone', LIMITS.shortText).refine(
    (value) => value === null || isKnownTimeZone(value),
    'Choose a time zone from the list, such as Europe/Berlin.'
  ),
  tags: z
    .array(clientTag, { error: 'Tags must be a list of words.' })
    .max(LIMITS.tagsPerRecord, `A client can have at most ${LIMITS.tagsPerRecord} tags.`)
    .default([])
    // The same tag twice means nothing more than once.
    .transform((tags) => [...new Set(tags)]),
  notes: longText('The notes')
})

export const clientSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  timezone: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})

export const clientSummarySchema = clientSchema.omit({ notes: true, phone: true, timezone: true })

export const clientsContract = {
  /**
   * One page of the list, sorted by name as people read them (then as entered), with
   * the number of clients matching in all. Pass `nextCursor` back for the next page.
   */
  'clients:list': {
    input: z.strictObject({
      query: text('The filter', LIMITS.shortText).default(''),
      archived: z.enum(ARCHIVE_FILTERS, { error: 'Show active, archived or all clients.' }).default('active'),
      // A tag, the kind or sponsor of one of their engagements, the time since their last session.
      ...listFilterFields,
      limit: wholeNumber('The page size', 1, CLIENT_PAGE.max).default(CLIENT_PAGE.default),
      cursor: listCursor
    }),
    output: z.object({ items: z.array(clientSummarySchema), total: countedTotal, nextCursor: z.string().nullable() })
  },
  'clients:get': {
    input: z.strictObject({ id: recordId }),
    output: clientSchema
  },
  'clients:create': {
    input: clientFields,
    output: clientSchema
  },
  'clients:update': {
    input: clientFields.extend({ id: recordId }),
    output: clientSchema
  },
  'clients:archive': {
    input: z.strictObject({ id: recordId }),
    output: clientSchema
  },
  'clients:restore': {
    input: z.strictObject({ id: recordId }),
    output: clientSchema
  },
  'clients:delete': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  }
} as const

export type Client = z.output<typeof clientSchema>
export type ClientSummary = z.output<typeof clientSummarySchema>
export type ClientFieldsInput = z.input<typeof clientFields>
export type ClientFields = z.output<typeof clientFields>
