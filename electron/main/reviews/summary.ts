import type { AssessmentOverview } from '../../shared/assessment'
import type { Engagement, SponsorReportingLevel } from '../../shared/engagements'
import type { Goal } from '../../shared/goals'
import { pick } from '../../shared/columns/column'
import { SUMMARY_FIELDS, type Audience, type Review, type Summary } from '../../shared/reviews'
import type { Session, SessionCounts } from '../../shared/sessions'
import { actionRowsOfEngagement, milestonesOfGoals, type ActionRow } from '../actions'
import { assessmentOverview } from '../assessment'
import type { Reader } from '../db/door'
import { getEngagement } from '../engagements'
import { listGoals } from '../goals'
import { sessionsInFull } from '../sessions'
import { listReviews } from './service'

/**
 * Which sections each reader may see. Within a section, a record's fields are the
 * privacy field lists of its table (SUMMARY_FIELDS): private notes, private observations,
 * unshareable assessment items, measurement comments and status-change notes are in no
 * summary. The client sees their whole engagement except the coach's private material;
 * the sponsor sees what the contracted reporting level allows.
 */
interface Visibility {
  goals: boolean
  /** Client only: goal details, measurements, completed actions, milestones, introductions by name. */
  clientDetail: boolean
  /** Shareable assessment items, shareable session notes, learnings, sustain plan, follow-up. */
  sharedRecords: boolean
  /** The client's feedback regardless of its shareable flag (it is their own words). */
  allFeedback: boolean
}

function visibilityFor(audience: Audience, level: SponsorReportingLevel): Visibility {
  if (audience === 'client') return { goals: true, clientDetail: true, sharedRecords: true, allFeedback: true }
  return {
    goals: level !== 'none',
    clientDetail: false,
    sharedRecords: level === 'summary',
    allFeedback: false
  }
}

function engagementFacts(engagement: Engagement): Summary['engagement'] {
  const closing = engagement.statusHistory.filter((change) => change.status === engagement.status).at(-1)
  const closed = engagement.status === 'completed' || engagement.status === 'cancelled'
  return {
    id: engagement.id,
    title: engagement.title,
    clientName: engagement.clientName,
    kind: engagement.kind.name,
    isMentoring: engagement.kind.isMentoring,
    sponsorOrganisation: engagement.sponsorOrganisation?.name ?? null,
    sponsorContact: engagement.sponsorContact?.name ?? null,
    startDate: engagement.startDate,
    plannedEndDate: engagement.plannedEndDate,
    endedOn: closed ? (closing?.date ?? null) : null,
    status: engagement.status
  }
}

function sessionFacts(sessions: Session[], counts: SessionCounts): Summary['sessions'] {
  const held = sessions.filter((session) => session.status === 'held')
  return {
    ...counts,
    heldHours: Math.round((counts.heldMinutes / 60) * 100) / 100,
    firstHeldAt: held[0]?.startsAt ?? null,
    lastHeldAt: held.at(-1)?.startsAt ?? null
  }
}

/** The final review when there is one, else the latest mid-point review. */
function closingReview(reviews: Review[]): Review | null {
  return reviews.find((review) => review.kind === 'final') ?? reviews.at(-1) ?? null
}

function summaryGoals(goals: Goal[], review: Review | null, show: Visibility): Summary['goals'] {
  if (!show.goals) return null
  return goals.map((goal) => {
    const outcome = review?.outcomes.find((candidate) => candidate.goalId === goal.id)
    return {
      id: goal.id,
      ...pick(goal, SUMMARY_FIELDS.goal),
      latestValue: goal.latestValue,
      finalValue: outcome?.value ?? null,
      achieved: outcome?.achieved ?? null,
      details: show.clientDetail
        ? {
            ...pick(goal, SUMMARY_FIELDS.goalDetails),
            // Values only: a measurement's comment is the coach's working note.
            measurements: goal.measurements.map((measurement) => pick(measurement, SUMMARY_FIELDS.measurement))
          }
        : null
    }
  })
}

function summaryActions(actions: ActionRow[], show: Visibility): Summary['actions'] {
  if (!show.goals) return null
  const withStatus = (status: ActionRow['status']) => actions.filter((action) => action.status === status)
  return {
    done: withStatus('done').length,
    open: withStatus('open').length,
    dropped: withStatus('dropped').length,
    doneItems: show.clientDetail ? withStatus('done').map((action) => pick(action, SUMMARY_FIELDS.doneAction)) : null
  }
}

/** Shareable items only, and growth areas only once agreed with the client. */
function sharedAssessment(overview: AssessmentOverview, show: Visibility): Summary['assessment'] {
  if (!show.sharedRecords) return null
  return {
    intakeNotes: overview.intakeNotes.filter((note) => note.shareable).map((note) => pick(note, SUMMARY_FIELDS.intakeNote)),
    interviews: overview.interviews
      .filter((interview) => interview.shareable)
      .map((interview) => pick(interview, SUMMARY_FIELDS.interview)),
    results: overview.results
      .filter((result) => result.shareable)
      .map((result) => ({ ...pick(result, SUMMARY_FIELDS.result), scores: result.scores })),
    growthAreas: overview.growthAreas.filter((area) => area.agreedWithClient).map((area) => pick(area, SUMMARY_FIELDS.growthArea))
  }
}

/** The same fields, each left out (null): what a reader may not see of a record. */
function noneOf<T extends object>(fields: T): { [K in keyof T]: null } {
  return Object.fromEntries(Object.keys(fields).map((name) => [name, null])) as { [K in keyof T]: null }
}

/** Held sessions as the reader may see them; private observations never appear. */
function sessionRecords(sessions: Session[], show: Visibility): Summary['sessionRecords'] {
  if (!show.sharedRecords) return null
  const held = sessions.filter((session) => session.status === 'held')
  const visible = show.clientDetail ? held : held.filter((session) => session.notesShareable && session.notes)
  return visible.map((session) => {
    const details = pick(session, SUMMARY_FIELDS.sessionDetails)
    return {
      number: session.number,
      startsAt: session.startsAt,
      sharedNotes: session.notesShareable && session.notes ? session.notes : null,
      ...(show.clientDetail ? details : noneOf(details))
    }
  })
}

function summaryIntroductions(sessions: Session[], show: Visibility): Summary['introductions'] {
  if (!show.goals) return null
  const introductions = sessions.flatMap((session) => session.introductions)
  return {
    count: introductions.length,
    items: show.clientDetail ? introductions.map((introduction) => pick(introduction, SUMMARY_FIELDS.introduction)) : null
  }
}

function summaryReview(review: Review | null, show: Visibility): Summary['review'] {
  if (!review || !show.sharedRecords) return null
  const feedbackVisible = show.allFeedback || review.clientFeedbackShareable
  const hasFeedback = review.clientFeedback !== '' || review.clientRating !== null
  return {
    kind: review.kind,
    heldOn: review.heldOn,
    completed: review.completedAt !== null,
    keyLearnings: review.keyLearnings,
    sustainPlan: review.sustainPlan,
    followUpOn: review.followUpOn,
    clientFeedback:
      feedbackVisible && hasFeedback ? { text: review.clientFeedback, rating: review.clientRating } : null
  }
}

/**
 * The end-of-engagement summary for one reader, built from each domain's own service.
 * The screen and the PDF both render exactly this, so what is left out here is left
 * out everywhere.
 */
export async function buildSummary(db: Reader, engagementId: number, audience: Audience): Promise<Summary> {
  const engagement = await getEngagement(db, engagementId)
  const show = visibilityFor(audience, engagement.sponsorReporting)
  const [{ sessions, counts }, { items: goals }, actions, overview, { items: reviews }] = await Promise.all([
    sessionsInFull(db, engagementId),
    listGoals(db, engagementId),
    actionRowsOfEngagement(db, engagementId),
    assessmentOverview(db, engagementId),
    listReviews(db, engagementId)
  ])
  const review = closingReview(reviews)
  const milestones = show.clientDetail
    ? (await milestonesOfGoals(
        db,
        goals.map((goal) => goal.id)
      )).map((milestone) => pick(milestone, SUMMARY_FIELDS.milestone))
    : null
  return {
    audience,
    reportingLevel: engagement.sponsorReporting,
    engagement: engagementFacts(engagement),
    sessions: sessionFacts(sessions, counts),
    goals: summaryGoals(goals, review, show),
    actions: summaryActions(actions, show),
    milestones,
    assessment: sharedAssessment(overview, show),
    sessionRecords: sessionRecords(sessions, show),
    introductions: summaryIntroductions(sessions, show),
    review: summaryReview(review, show)
  }
}
