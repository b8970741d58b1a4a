import type { Summary } from '../../../shared/reviews'
import { SESSION_NOUNS, sessionNoun } from '../../../shared/sessions'
import { capitalised } from '../../../shared/words'
import type { Formats } from '../format'
import { coachLine, type PrintBranding } from '../pdf/document'
import type { Fact } from '../pdf/writer'

/** "Sessions" or "Meetings", as the engagement calls them. */
export function sessionWords(summary: Summary) {
  return SESSION_NOUNS[sessionNoun(summary.engagement.isMentoring, summary.sessions.planned)]
}

/**
 * Whether the engagement has goals to report: a mentoring relationship may have none,
 * and its reports then leave the goal sections out rather than print them empty.
 */
export function hasGoals(summary: Summary): boolean {
  return !summary.engagement.isMentoring || (summary.goals?.length ?? 0) > 0
}

/** "8 of 10", or just "8" for an open-ended engagement. */
function sessionsHeld(sessions: Summary['sessions'], formats: Formats): string {
  const held = formats.number(sessions.held)
  return sessions.planned === null ? held : `${held} of ${formats.number(sessions.planned)}`
}

/** The cover's facts: who, what, when and how much, as the summary model has them. */
export function engagementFacts(summary: Summary, branding: PrintBranding, formats: Formats): Fact[] {
  const { engagement, sessions } = summary
  const coach = coachLine(branding) ?? branding.practiceName
  const sponsor = [engagement.sponsorOrganisation, engagement.sponsorContact].filter((part): part is string => part !== null)
  const end = engagement.endedOn ?? engagement.plannedEndDate
  return [
    { label: 'Client', value: engagement.clientName },
    ...(coach ? [{ label: 'Coach', value: coach }] : []),
    { label: 'Engagement', value: engagement.kind },
    { label: 'Dates', value: `${formats.dateRange(engagement.startDate, end)}${engagement.endedOn || !end ? '' : ' (planned end)'}` },
    { label: `${capitalised(sessionWords(summary).other)} held`, value: sessionsHeld(sessions, formats) },
    { label: 'Total hours', value: formats.number(sessions.heldHours) },
    ...(sponsor.length ? [{ label: 'Sponsor', value: sponsor.join(' · ') }] : [])
  ]
}
