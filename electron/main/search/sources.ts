import type { SearchType } from '../../shared/search'

/**
 * What the full-text index holds, table by table. The index's triggers are built from
 * this list (search/tables.ts), and the search reads the same expressions back to show
 * each result as the coach wrote it, so the two can never disagree.
 *
 * Expressions are SQL over one row of `table`, written `@column`. Each part becomes one
 * row of the index: its `title` (names, statements: found before the rest) and its
 * `body`, each the listed values joined by line breaks and folded (search/fold.ts).
 *
 * Changing this list changes what new databases get, not the triggers of existing ones:
 * with it, add a migration that replaces the triggers and indexes the records again.
 */
export interface IndexedPart {
  /** 1 when this text is private to the coach, 0 when it can appear in a shared summary. */
  private: string
  title: string[]
  body: string[]
}

export interface IndexedSource {
  type: SearchType
  table: string
  parts: IndexedPart[]
  clientId: string
  /** The record's day: its own date where it has one, else the day it was written. */
  onDate: string
  /** Tables whose rows are part of this record's text (a client's tags): a change to them rewrites it. */
  children?: { table: string; key: string }[]
}

const ENGAGEMENT_CLIENT = '(SELECT client_id FROM engagements WHERE id = @engagement_id)'
const DAY_WRITTEN = 'coachbook_local_day(@created_at)'
const unlessShareable = (flag: string) => `(1 - ${flag})`

export const INDEXED_SOURCES: readonly IndexedSource[] = [
  {
    type: 'client',
    table: 'clients',
    parts: [
      {
        private: '1',
        title: ['@name'],
        body: [
          '@organisation',
          '@role',
          '@email',
          "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM client_tags WHERE client_id = @id ORDER BY tag))",
          '@notes'
        ]
      }
    ],
    clientId: '@id',
    onDate: 'NULL',
    children: [{ table: 'client_tags', key: 'client_id' }]
  },
  {
    type: 'organisation',
    table: 'organisations',
    parts: [{ private: '1', title: ['@name'], body: ['@notes'] }],
    clientId: 'NULL',
    onDate: 'NULL'
  },
  {
    type: 'contact',
    table: 'organisation_contacts',
    parts: [{ private: '1', title: ['@name'], body: ['@role', '@email', '@notes'] }],
    clientId: 'NULL',
    onDate: 'NULL'
  },
  {
    type: 'intake_note',
    table: 'intake_notes',
    parts: [{ private: unlessShareable('@shareable'), title: [], body: ['@what_brought', '@context', '@hopes'] }],
    clientId: ENGAGEMENT_CLIENT,
    onDate: '@noted_on'
  },
  {
    type: 'interview',
    table: 'stakeholder_interviews',
    parts: [
      { private: unlessShareable('@shareable'), title: ['@stakeholder_name'], body: ['@relationship', '@notes'] }
    ],
    clientId: ENGAGEMENT_CLIENT,
    onDate: '@interviewed_on'
  },
  {
    type: 'assessment_result',
    table: 'assessment_results',
    parts: [{ private: unlessShareable('@shareable'), title: ['@instrument_name'], body: ['@interpretation'] }],
    clientId: ENGAGEMENT_CLIENT,
    onDate: '@taken_on'
  },
  {
    // Only growth areas agreed with the client reach a summary.
    type: 'growth_area',
    table: 'growth_areas',
    parts: [{ private: unlessShareable('@agreed_with_client'), title: ['@title'], body: ['@description'] }],
    clientId: ENGAGEMENT_CLIENT,
    onDate: DAY_WRITTEN
  },
  {
    type: 'goal',
    table: 'goals',
    parts: [
      {
        private: '0',
        title: ['@statement'],
        body: ['@why_it_matters', '@success_indicator', '@observable_behaviours']
      }
    ],
    clientId: ENGAGEMENT_CLIENT,
    onDate: DAY_WRITTEN
  },
  {
    type: 'action',
    table: 'actions',
    parts: [{ private: '0', title: ['@description'], body: ['@resources', '@obstacles', '@overcome'] }],
    clientId: ENGAGEMENT_CLIENT,
    onDate: `coalesce(@due_on, ${DAY_WRITTEN})`
  },
  {
    // The client's summary shows a held session's agenda, topics, advice and next focus,
    // and its notes when they are shareable; private observations never leave the coach.
    type: 'session',
    table: 'sessions',
    parts: [
      {
        private: '0',
        title: [],
        body: [
          '@agenda',
          '@topics_discussed',
          "CASE WHEN @notes_shareable = 1 THEN @notes ELSE '' END",
          '@advice_given',
          '@next_focus'
        ]
      },
      {
        private: '1',
        title: [],
        body: ["CASE WHEN @notes_shareable = 1 THEN '' ELSE @notes END", '@private_observations']
      }
    ],
    clientId: ENGAGEMENT_CLIENT,
    onDate: 'coachbook_local_day(@starts_at)'
  },
  {
    // Introductions are rewritten with their session whenever it is saved, so the session's day stays right.
    type: 'introduction',
    table: 'session_introductions',
    parts: [{ private: '0', title: ['@introduced_to'], body: ['@reason', '@outcome'] }],
    clientId:
      '(SELECT e.client_id FROM sessions s JOIN engagements e ON e.id = s.engagement_id WHERE s.id = @session_id)',
    onDate: '(SELECT coachbook_local_day(starts_at) FROM sessions WHERE id = @session_id)'
  },
  {
    type: 'review',
    table: 'reviews',
    parts: [{ private: '0', title: [], body: ['@key_learnings', '@sustain_plan', '@client_feedback'] }],
    clientId: ENGAGEMENT_CLIENT,
    onDate: '@held_on'
  }
]

/**
 * Each type has a full-text table of its own, so a search orders each type's matches
 * without walking past every other type's (a word common in sessions costs nothing
 * when looking through clients), and a type filter simply skips tables.
 */
export function indexTableOf(type: SearchType): string {
  return `search_${type}`
}

/** The SQL expression with each `@column` read from `alias`. */
export function overRow(expression: string, alias: string): string {
  return expression.replace(/@(\w+)/g, `${alias}.$1`)
}

/** Every column of the row the source reads: changing any of them rewrites the index row. */
export function columnsRead(source: IndexedSource): string[] {
  const expressions = [
    source.clientId,
    source.onDate,
    ...source.parts.flatMap((part) => [part.private, ...part.title, ...part.body])
  ]
  const columns = new Set(expressions.flatMap((expression) => [...expression.matchAll(/@(\w+)/g)].map((m) => m[1]!)))
  columns.delete('id')
  return [...columns].sort()
}

export function sourceOf(type: SearchType): IndexedSource {
  const source = INDEXED_SOURCES.find((candidate) => candidate.type === type)
  if (!source) throw new Error(`No indexed source for ${type}.`)
  return source
}
