import { INSTRUMENT_LABELS } from '../../shared/assessment'
import { REVIEW_KIND_LABELS } from '../../shared/reviews'
import { SEARCH_TYPE_NOUNS, type SearchType } from '../../shared/search'
import { capitalised } from '../../shared/words'

/**
 * How a found record is shown and opened, per type: SQL over the record (`r`) and what
 * it hangs from. `label` names a record whose index title is empty ("Session", an
 * instrument, a kind of review), in the words of the value's map (shared/); the route's
 * fields say which client, sponsor, engagement or session to open.
 */
export interface DisplaySpec {
  from: string
  label: string
  context: string
  clientId: string
  organisationId: string
  engagementId: string
  sessionId: string
}

const OF_ENGAGEMENT = 'JOIN engagements e ON e.id = r.engagement_id JOIN clients c ON c.id = e.client_id'

/** SQL text for a literal string. */
function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** The label of the value in `column`, in SQL, from its map of words. */
function labelSql(column: string, labels: Readonly<Record<string, string>>): string {
  const cases = Object.entries(labels).map(([value, label]) => `WHEN ${quoted(value)} THEN ${quoted(label)}`)
  return `CASE ${column} ${cases.join(' ')} END`
}

/** What one record of the type is called, when it has no title of its own: "Session". */
const nameOf = (type: SearchType) => quoted(capitalised(SEARCH_TYPE_NOUNS[type].one))

function ofEngagement(type: SearchType, table: string, label = nameOf(type)): DisplaySpec {
  return {
    from: `${table} r ${OF_ENGAGEMENT}`,
    label,
    context: "c.name || ' · ' || e.title",
    clientId: 'c.id',
    organisationId: 'NULL',
    engagementId: 'e.id',
    sessionId: 'NULL'
  }
}

const NOT_IN_AN_ENGAGEMENT = { engagementId: 'NULL', sessionId: 'NULL' }

export const DISPLAY: Record<SearchType, DisplaySpec> = {
  client: {
    from: 'clients r',
    label: 'r.name',
    context: "nullif(concat_ws(' · ', r.role, r.organisation), '')",
    clientId: 'r.id',
    organisationId: 'NULL',
    ...NOT_IN_AN_ENGAGEMENT
  },
  organisation: {
    from: 'organisations r',
    label: 'r.name',
    context: "'Sponsor'",
    clientId: 'NULL',
    organisationId: 'r.id',
    ...NOT_IN_AN_ENGAGEMENT
  },
  contact: {
    from: 'organisation_contacts r JOIN organisations o ON o.id = r.organisation_id',
    label: 'r.name',
    context: 'o.name',
    clientId: 'NULL',
    organisationId: 'o.id',
    ...NOT_IN_AN_ENGAGEMENT
  },
  intake_note: ofEngagement('intake_note', 'intake_notes'),
  interview: ofEngagement('interview', 'stakeholder_interviews'),
  assessment_result: ofEngagement('assessment_result', 'assessment_results', labelSql('r.instrument', INSTRUMENT_LABELS)),
  growth_area: ofEngagement('growth_area', 'growth_areas'),
  goal: ofEngagement('goal', 'goals'),
  action: ofEngagement('action', 'actions'),
  session: { ...ofEngagement('session', 'sessions'), sessionId: 'r.id' },
  introduction: {
    ...ofEngagement('introduction', 'session_introductions'),
    from: `session_introductions r JOIN sessions s ON s.id = r.session_id
      JOIN engagements e ON e.id = s.engagement_id JOIN clients c ON c.id = e.client_id`,
    sessionId: 's.id'
  },
  review: ofEngagement('review', 'reviews', labelSql('r.kind', REVIEW_KIND_LABELS))
}
