import type { Milestone } from '../../shared/actions'
import type { EngagementKind } from '../../shared/engagements'
import {
  CLIENT_EXPORT_FILES,
  CLIENT_EXPORT_FORMAT,
  CLIENT_EXPORT_VERSION,
  type ClientExport,
  type ExportedEngagement
} from '../../shared/privacy'
import { actionRowsOfEngagement, milestonesOfGoals } from '../actions'
import { assessmentOverview } from '../assessment'
import { getClient } from '../clients'
import { nowIso } from '../clock'
import type { Reader } from '../db/door'
import { getEngagement, listEngagementsForClient, listKinds } from '../engagements'
import { listGoals } from '../goals'
import { getContact, organisationNames } from '../organisations'
import { listReviews } from '../reviews'
import { sessionsInFull } from '../sessions'

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
  return goals.map(({ engagementId: _e, growthArea, latestValue: _l, finalOutcome: _f, measurements, ...goal }) => ({
    ...goal,
    growthAreaId: growthArea?.id ?? null,
    measurements: byId(measurements).map(({ goalId: _g, ...measurement }) => measurement),
    milestones: (milestones.get(goal.id) ?? []).map(({ goalId: _g, ...milestone }) => milestone)
  }))
}

async function gatherAssessment(db: Reader, engagementId: number) {
  const overview = await assessmentOverview(db, engagementId)
  return {
    intakeNotes: byId(overview.intakeNotes).map(({ engagementId: _e, ...note }) => note),
    interviews: byId(overview.interviews).map(({ engagementId: _e, ...interview }) => interview),
    results: byId(overview.results).map(({ engagementId: _e, ...result }) => result),
    growthAreas: byId(overview.growthAreas).map(({ engagementId: _e, ...area }) => area)
  }
}

async function gatherSessions(db: Reader, engagementId: number): Promise<ExportedEngagement['sessions']> {
  const { sessions } = await sessionsInFull(db, engagementId)
  // `number` and `of` are worked out when read; only what is stored goes into the file.
  return byId(sessions).map(({ engagementId: _e, number: _n, of: _o, ...session }) => session)
}

async function gatherEngagement(db: Reader, id: number, kinds: Map<number, EngagementKind>): Promise<ExportedEngagement> {
  const engagement = await getEngagement(db, id)
  const kind = kinds.get(engagement.kind.id)
  if (!kind) throw new Error('An engagement names a kind that does not exist.')
  const [assessment, goals, actions, sessions, reviews] = await Promise.all([
    gatherAssessment(db, id),
    gatherGoals(db, id),
    actionRowsOfEngagement(db, id),
    gatherSessions(db, id),
    listReviews(db, id)
  ])
  return {
    id,
    kind: {
      name: kind.name,
      isMentoring: kind.isMentoring,
      defaultPlannedSessions: kind.defaultPlannedSessions,
      defaultCadence: kind.defaultCadence,
      defaultSessionMinutes: kind.defaultSessionMinutes
    },
    title: engagement.title,
    sponsorOrganisationId: engagement.sponsorOrganisation?.id ?? null,
    sponsorContactId: engagement.sponsorContact?.id ?? null,
    startDate: engagement.startDate,
    plannedEndDate: engagement.plannedEndDate,
    plannedSessions: engagement.plannedSessions,
    sessionMinutes: engagement.sessionMinutes,
    cadence: engagement.cadence,
    fee: engagement.fee,
    cancellationTerms: engagement.cancellationTerms,
    confidentialityTerms: engagement.confidentialityTerms,
    sponsorReporting: engagement.sponsorReporting,
    recordsConsentOn: engagement.recordsConsentOn,
    disposalOn: engagement.disposalOn,
    status: engagement.status,
    statusHistory: byId(engagement.statusHistory).map(({ date, ...change }) => ({ ...change, changedOn: date })),
    ...assessment,
    goals,
    actions: byId(actions).map(({ engagementId: _e, ...action }) => action),
    sessions,
    reviews: byId(reviews.items).map(({ engagementId: _e, outcomes, ...review }) => ({
      ...review,
      outcomes: outcomes.map(({ goalId, value, achieved }) => ({ goalId, value, achieved }))
    })),
    createdAt: engagement.createdAt,
    updatedAt: engagement.updatedAt
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
    contacts: byId(contacts.filter((contact) => contact.organisationId === id)).map(({ id: contactId, name, role, email, phone }) => ({
      id: contactId,
      name,
      role,
      email,
      phone
    }))
  }))
}

/**
 * Everything about one client, read through each domain's own service. Given a snapshot
 * (DoorFor.snapshot), the file is consistent even if the coach keeps working.
 */
export async function gatherClientExport(db: Reader, clientId: number): Promise<ClientExport> {
  const { id, name, email, phone, organisation, role, timezone, tags, notes, archivedAt, createdAt, updatedAt } =
    await getClient(db, clientId)
  const engagementIds = (await listEngagementsForClient(db, clientId)).items.map((item) => item.id).sort((a, b) => a - b)
  const kinds = new Map((await listKinds(db)).items.map((kind) => [kind.id, kind]))
  const engagements: ExportedEngagement[] = []
  for (const engagementId of engagementIds) engagements.push(await gatherEngagement(db, engagementId, kinds))
  return {
    $schema: CLIENT_EXPORT_FILES.schema,
    format: CLIENT_EXPORT_FORMAT,
    formatVersion: CLIENT_EXPORT_VERSION,
    exportedAt: nowIso(),
    client: { id, name, email, phone, organisation, role, timezone, tags, notes, archivedAt, createdAt, updatedAt },
    organisations: await gatherSponsors(db, engagements),
    engagements
  }
}
