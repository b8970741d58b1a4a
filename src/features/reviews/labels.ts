import type { Review } from '../../../electron/shared/reviews'
import type { SponsorReportingLevel } from '../../../electron/shared/engagements'

export const REVIEW_KIND_LABELS: Record<Review['kind'], string> = { midpoint: 'Mid-point review', final: 'Final review' }

export const ACHIEVED_LABELS: Record<NonNullable<Review['outcomes'][number]['achieved']>, string> = {
  yes: 'Achieved',
  partly: 'Partly achieved',
  no: 'Not achieved'
}

/** What each sponsor-reporting level lets the sponsor see, in the coach's words. */
export const REPORTING_LEVELS: Record<SponsorReportingLevel, { label: string; means: string }> = {
  none: { label: 'Nothing', means: 'the sponsor sees only the engagement’s facts and session counts.' },
  progress: { label: 'Progress', means: 'the sponsor sees the goals with their outcomes, and counts of sessions, actions and introductions.' },
  summary: {
    label: 'Summary',
    means: 'the sponsor also sees what was marked shareable: assessment items, session notes, learnings, the plan to sustain the change and shareable feedback.'
  }
}

/** The choices in the review form, answering "Achieved?". */
export const ACHIEVED_CHOICES: Record<keyof typeof ACHIEVED_LABELS, string> = { yes: 'Yes', partly: 'Partly', no: 'No' }
