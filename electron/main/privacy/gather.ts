import type { Milestone } from '../../shared/actions'
import { ACTIONS, MILESTONES } from '../../shared/columns/actions'
import { ATTACHMENTS } from '../../shared/columns/attachments'
import {
  ASSESSMENT_RESULTS,
  ASSESSMENT_SCORES,
  GROWTH_AREAS,
  INTAKE_NOTES,
  STAKEHOLDER_INTERVIEWS
} from '../../shared/columns/assessment'
import { CLIENTS } from '../../shared/columns/clients'
import { exportedColumns, pick } from '../../shared/columns/column'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUS_CHANGES, ENGAGEMENTS } from '../../shared/columns/engagements'
import { GOAL_MEASUREMENTS, GOALS } from '../../shared/columns/goals'
import { ORGANISATION_CONTACTS } from '../../shared/columns/organisations'
import { REVIEW_OUTCOMES, REVIEWS } from '../../shared/columns/reviews'
import { SESSION_INTRODUCTIONS, SESSIONS } from '../../shared/columns/sessions'
import type { EngagementKind } from '../../shared/engagements'
import {
  CLIENT_EXPORT_ATTACHMENTS,
  CLIENT_EXPORT_FILES,
  CLIENT_EXPORT_FORMAT,
  CLIENT_EXPORT_VERSION,
  type ClientExport,
  type ExportedEngagement
} from '../../shared/privacy'
import { actionRowsOfEngagement, milestonesOfGoals } from '../actions'
import { attachmentsOfClient, attachmentWithContents } from '../attachments'
import { assessmentOverview } from '../assessment'
import { getClient } from '../clients'
import { clientLogDetails, engagementLogDetails } from '../coachingLog'
import { nowIso } from '../clock'
import type { Reader } from '../db/door'
import { safeFileName } from '../fileNames'
import { getEngagement, listEngagementsForClient, listKinds } from '../engagements'
import { engagementBillingDetails, lateCancelledSessionIds } from '../fees'
import { listGoals } from '../goals'
import { getContact, organisationNames } from '../organisations'
import { listReviews } from '../reviews'
import { sessionsInFull } from '../sessions'
import { engagementTags } from '../tags'

/** Oldest first: ids grow as records are created, and importing keeps that order. */
function byId<T extends { id: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.id - b.id)
}

function milestonesByGoal(milestones: Milestone[]): Map<number, Milestone[]> {
  const byGoal = new Map<number, Milestone[]>()
  for (const milestone of byId(milestones)) byGoal.set(milestone.goalId, [...(byGoal.get(milestone.goalId) ?? []), milestone])
  return byGoal
}

async function gatherGoals(db: Reader, engagementId: number): Promise<ExportedEngagement['goals']> {
  const goals = byId((await listGoals(db, engagementId)).items)
  const milestones = milestonesByGoal(await milestonesOfGoals(db, goals.map((goal) => goal.id)))
  // The latest value and the final outcome are read from the measurements and the reviews, exported as such.
  return goals.map((goal) => ({
    ...pick({ ...goal, growthAreaId: goal.growthArea?.id ?? null }, exportedColumns(GOALS)),
    measurements: byId(goal.measurements).map((measurement) => pick(measurement, exportedColumns(GOAL_MEASUREMENTS))),
    milestones: (milestones.get(goal.id) ?? []).map((milestone) => pick(milestone, exportedColumns(MILESTONES)))
  }))
}

async function gatherAssessment(db: Reader, engagementId: number) {
  const overview = await assessmentOverview(db, engagementId)
  return {
    intakeNotes: byId(overview.intakeNotes).map((note) => pick(note, exportedColumns(INTAKE_NOTES))),
    interviews: byId(overview.interviews).map((interview) => pick(interview, exportedColumns(STAKEHOLDER_INTERVIEWS))),
    results: byId(overview.results).map((result) => ({
      ...pick(result, exportedColumns(ASSESSMENT_RESULTS)),
      scores: result.scores.map((score) => pick(score, exportedColumns(ASSESSMENT_SCORES)))
    })),
    growthAreas: byId(overview.growthAreas).map((area) => ({ ...pick(area, exportedColumns(GROWTH_AREAS)), evidence: area.evidence }))
  }
}

async function gatherSessions(db: Reader, engagementId: number): Promise<ExportedEngagement['sessions']> {
  const [{ sessions }, late] = await Promise.all([sessionsInFull(db, engagementId), lateCancelledSessionIds(db, engagementId)])
  // `number` and `of` are worked out when read; only what is stored goes into the file.
  return byId(sessions).map((session) => ({
    ...pick(session, exportedColumns(SESSIONS)),
    introductions: session.introductions.map((introduction) => pick(introduction, exportedColumns(SESSION_INTRODUCTIONS))),
    cancelledLate: late.includes(session.id)
  }))
}

async function gatherEngagement(db: Reader, id: number, kinds: Map<number, EngagementKind>): Promise<ExportedEngagement> {
  const engagement = await getEngagement(db, id)
  const kind = kinds.get(engagement.kind.id)
  if (!kind) throw new Error('An engagement names a kind that does not exist.')
  const [assessment, goals, actions, sessions, reviews, coachingLog, billing] = await Promise.all([
    gatherAssessment(db, id),
    gatherGoals(db, id),
    actionRowsOfEngagement(db, id),
    gatherSessions(db, id),
    listReviews(db, id),
    engagementLogDetails(db, id),
    engagementBillingDetails(db, id)
  ])
  const sponsors = { sponsorOrganisationId: engagement.sponsorOrganisation?.id ?? null, sponsorContactId: engagement.sponsorContact?.id ?? null }
  return {
    ...pick({ ...engagement, ...sponsors }, exportedColumns(ENGAGEMENTS)),
    kind: pick(kind, exportedColumns(ENGAGEMENT_KINDS)),
    tags: (await engagementTags(db, id)).tags,
    fee: engagement.fee,
    coachingLog,
    billing,
    statusHistory: byId(engagement.statusHistory).map((change) =>
      pick({ ...change, changedOn: change.date }, exportedColumns(ENGAGEMENT_STATUS_CHANGES))
    ),
    ...assessment,
    goals,
    actions: byId(actions).map((action) => pick(action, exportedColumns(ACTIONS))),
    sessions,
    reviews: byId(reviews.items).map((review) => ({
      ...pick(review, exportedColumns(REVIEWS)),
      outcomes: review.outcomes.map((outcome) => pick(outcome, exportedColumns(REVIEW_OUTCOMES)))
    }))
  }
}

/** The sponsors the engagements name, each with only the contacts they name. */
async function gatherSponsors(db: Reader, engagements: ExportedEngagement[]): Promise<ClientExport['organisations']> {
  const named = <T>(values: (T | null)[]) => [...new Set(values.filter((value): value is T => value !== null))]
  const organisationIds = named(engagements.map((engagement) => engagement.sponsorOrganisationId)).sort((a, b) => a - b)
  const names = await organisationNames(db, organisationIds)
  const contacts = await Promise.all(
    named(engagements.map((engagement) => engagement.sponsorContactId)).map((id) => getContact(db, id))
  )
  return organisationIds.map((id) => ({
    id,
    name: names.get(id) ?? '',
    contacts: byId(contacts.filter((contact) => contact.organisationId === id)).map((contact) =>
      pick(contact, exportedColumns(ORGANISATION_CONTACTS))
    )
  }))
}

/**
 * Everything about one client, read through each domain's own service. Given a snapshot
 * (DoorFor.snapshot), the file is consistent even if the coach keeps working.
 */
export async function gatherClientExport(db: Reader, clientId: number): Promise<ClientExport> {
  const client = await getClient(db, clientId)
  const engagementIds = (await listEngagementsForClient(db, clientId)).items.map((item) => item.id).sort((a, b) => a - b)
  const kinds = new Map((await listKinds(db)).items.map((kind) => [kind.id, kind]))
  const engagements: ExportedEngagement[] = []
  for (const engagementId of engagementIds) engagements.push(await gatherEngagement(db, engagementId, kinds))
  return {
    $schema: CLIENT_EXPORT_FILES.schema,
    format: CLIENT_EXPORT_FORMAT,
    formatVersion: CLIENT_EXPORT_VERSION,
    exportedAt: nowIso(),
    client: { ...pick(client, exportedColumns(CLIENTS)), tags: client.tags },
    coachingLog: await clientLogDetails(db, clientId),
    organisations: await gatherSponsors(db, engagements),
    engagements,
    attachments: (await attachmentsOfClient(db, clientId)).map((attachment) => ({
      ...pick(attachment, exportedColumns(ATTACHMENTS)),
      // The id first: two attachments may have the same name.
      file: `${CLIENT_EXPORT_ATTACHMENTS}/${safeFileName({ text: `${attachment.id} ${attachment.name}`, fallback: `${attachment.id}` })}`
    }))
  }
}

/** The attachments' bytes, as the files the export lists them in. */
export async function gatherAttachmentFiles(db: Reader, file: ClientExport): Promise<{ name: string; content: Uint8Array }[]> {
  const files = []
  for (const attachment of file.attachments) files.push({ name: attachment.file, content: (await attachmentWithContents(db, attachment.id)).bytes })
  return files
}
