import { z } from 'zod'
import { listCursor } from './paging'
import { choice, LIMITS, optionalIsoDate, optionalRecordId, text, wholeNumber } from './text'
import { noun, type Noun } from './words'

/**
 * How long the search palette waits for a pause in typing before it asks, so a burst of
 * keystrokes is one search. Short enough that the results of the last key are painted
 * well within 150 ms (npm run bench), since a search takes a few milliseconds.
 */
export const TYPING_PAUSE_MS = 80

/**
 * What one search looks through, each type in a full-text table of its own (search/sources.ts).
 * Results come grouped in this order.
 */
export const SEARCH_TYPES = [
  'client',
  'organisation',
  'contact',
  'intake_note',
  'interview',
  'assessment_result',
  'growth_area',
  'goal',
  'action',
  'session',
  'introduction',
  'review'
] as const

/**
 * Private: text only the coach ever sees (client and sponsor records, private
 * observations, notes not marked shareable). Shareable: text that can appear in a
 * summary the coach shares (shareable notes, goals, actions, session agendas, reviews…).
 */
export const SEARCH_VISIBILITY = ['all', 'private', 'shareable'] as const

export type SearchType = (typeof SEARCH_TYPES)[number]
export type SearchVisibility = (typeof SEARCH_VISIBILITY)[number]

/** What each type of record found is called: "Sessions" heads their group, "Session" names one without a title of its own. */
export const SEARCH_TYPE_NOUNS: Record<SearchType, Noun> = {
  client: noun('client'),
  organisation: noun('sponsor'),
  contact: noun('sponsor contact'),
  intake_note: noun('intake note'),
  interview: noun('stakeholder interview'),
  assessment_result: noun('assessment result'),
  growth_area: noun('growth area'),
  goal: noun('goal'),
  action: noun('action'),
  session: noun('session'),
  introduction: noun('introduction'),
  review: noun('review')
}

export const SEARCH_VISIBILITY_LABELS: Record<SearchVisibility, string> = { all: 'All', private: 'Private only', shareable: 'Shareable only' }

export const SEARCH_LIMIT = { default: 5, max: 100 } as const

const searchType = choice(
  SEARCH_TYPES,
  'Choose what to search: clients, sponsors, contacts, notes, interviews, results, growth areas, goals, actions, sessions, introductions or reviews.'
)

export const searchInput = z
  .strictObject({
    /** Words to find, as typed. "Quoted words" must appear together; the last word may be unfinished. */
    text: text('The search', LIMITS.shortText),
    /** Only these kinds of record; empty or missing means all. */
    types: z
      .array(searchType, { error: 'The types must be a list.' })
      .max(SEARCH_TYPES.length, 'Each type can be chosen once.')
      .default([]),
    /** Only this client's records. */
    clientId: optionalRecordId,
    /** Only records dated from this day (inclusive): a session's day, a note's date, an action's due date… */
    from: optionalIsoDate('The start date'),
    /** …to this day (inclusive). */
    to: optionalIsoDate('The end date'),
    visibility: choice(SEARCH_VISIBILITY, 'Choose all, private or shareable.').default('all'),
    /** Results of each type: a few for the palette's groups, a page when one type is chosen. */
    limit: wholeNumber('The number of results', 1, SEARCH_LIMIT.max).default(SEARCH_LIMIT.default),
    cursor: listCursor
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Choose an end date on or after the start date.' })
    }
  })

/** A piece of a snippet: `match` pieces are what the search found, to be shown highlighted. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() })

export const searchResultSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  /** The record's id in its own domain (a session's id, an action's id…). */
  id: z.number(),
  /** What the record is: the client's or stakeholder's name, the goal, the action, "Session"… */
  title: snippetPartSchema.array(),
  /** Whose it is: "Zoë Ødegård · Executive coaching", or the sponsor of a contact. */
  context: z.string().nullable(),
  /** The record's day, 'YYYY-MM-DD', when it has one. */
  date: z.string().nullable(),
  /** True when the text found is private to the coach. */
  private: z.boolean(),
  /** The passage around what was found, as written; empty when only the title matched. */
  snippet: snippetPartSchema.array(),
  /** Where to open it: the type says which screen, these say which record. */
  route: z.object({
    clientId: z.number().nullable(),
    organisationId: z.number().nullable(),
    engagementId: z.number().nullable(),
    sessionId: z.number().nullable()
  })
})

export const searchContract = {
  /**
   * The matches of each type, grouped by type in the order of SEARCH_TYPES: in each
   * group, those with every word in their title first (a name, a goal, an action…), then
   * newest first (by the record's date; search/service.ts). `nextCursor` continues every
   * type that has more.
   */
  'search:query': {
    input: searchInput,
    output: z.object({ items: z.array(searchResultSchema), nextCursor: z.string().nullable() })
  }
} as const

export type SearchArgs = z.output<typeof searchInput>
export type SearchResult = z.output<typeof searchResultSchema>
export type SnippetPart = z.output<typeof snippetPartSchema>
