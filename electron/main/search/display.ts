import type { SearchType } from '../../shared/search'

/**
 * How a found record is shown and opened, per type: SQL over the record (`r`) and what
 * it hangs from. `label` names a record whose index title is empty ("Session"); the
 * route's fields say which client, sponsor, engagement or session to open.
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

function ofEngagement(table: string, label: string): DisplaySpec {
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

const INSTRUMENT_LABEL = `CASE r.instrument
  WHEN '360_feedback' THEN '360° feedback' WHEN 'disc' THEN 'DiSC' WHEN 'mbti' THEN 'MBTI'
  WHEN 'strengthsfinder' THEN 'StrengthsFinder' WHEN 'eq_i' THEN 'EQ-i' WHEN 'values' THEN 'Values'
  ELSE 'Assessment result' END`

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
  intake_note: ofEngagement('intake_notes', "'Intake note'"),
  interview: ofEngagement('stakeholder_interviews', "'Interview'"),
  assessment_result: ofEngagement('assessment_results', INSTRUMENT_LABEL),
  growth_area: ofEngagement('growth_areas', "'Growth area'"),
  goal: ofEngagement('goals', "'Goal'"),
  action: ofEngagement('actions', "'Action'"),
  session: { ...ofEngagement('sessions', "'Session'"), sessionId: 'r.id' },
  introduction: {
    ...ofEngagement('session_introductions', "'Introduction'"),
    from: `session_introductions r JOIN sessions s ON s.id = r.session_id
      JOIN engagements e ON e.id = s.engagement_id JOIN clients c ON c.id = e.client_id`,
    sessionId: 's.id'
  },
  review: ofEngagement('reviews', "CASE r.kind WHEN 'final' THEN 'Final review' ELSE 'Mid-point review' END")
}
