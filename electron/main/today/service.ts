import { addDays } from '../../shared/dates'
import { sessionNoun } from '../../shared/sessions'
import {
  ENDING_WITHIN_DAYS,
  FOLLOW_UP_GRACE_DAYS,
  TODAY_LIST_LIMIT,
  type TodayBounds,
  type TodayOverview,
  type TodaySession
} from '../../shared/today'
import { actionsAgreedIn, openActionsDueIn, type DueAction } from '../actions'
import { clientNames, hasClients } from '../clients'
import type { Reader } from '../db/door'
import { engagementSummaries, engagementsUnderWay, type EngagementSummary } from '../engagements'
import { goalsAtRiskIn } from '../goals'
import { followUpsBetween } from '../reviews'
import { heldSessionsOf, previousHeldSessions, sessionsStartingBetween, type CalendarSession, type HeldSessions } from '../sessions'

const WEEK_MS = 7 * 86_400_000

/** The engagements and clients the overview names, looked up once for every section. */
interface Names {
  engagements: Map<number, EngagementSummary>
  clients: Map<number, string>
}

function whose(names: Names, engagementId: number) {
  const engagement = names.engagements.get(engagementId)
  return {
    engagementId,
    engagementTitle: engagement?.title ?? '',
    clientId: engagement?.clientId ?? 0,
    clientName: (engagement && names.clients.get(engagement.clientId)) ?? ''
  }
}

/** The names of what is shown alone: a practice has many more engagements under way than Today lists. */
async function lookUpNames(db: Reader, underWay: EngagementSummary[], engagementIds: number[], clientIds: number[]): Promise<Names> {
  const all = new Map(underWay.map((engagement) => [engagement.id, engagement]))
  const engagements = new Map<number, EngagementSummary>()
  for (const id of engagementIds) if (all.has(id)) engagements.set(id, all.get(id)!)
  const others = await engagementSummaries(db, [...new Set(engagementIds.filter((id) => !engagements.has(id)))])
  for (const [id, engagement] of others) engagements.set(id, engagement)
  const shownClients = new Set([...clientIds, ...[...engagements.values()].map((engagement) => engagement.clientId)])
  return { engagements, clients: await clientNames(db, [...shownClients]) }
}

type GoalAtRisk = Awaited<ReturnType<typeof goalsAtRiskIn>>[number]

/** What to prepare for each session: the last one's commitments and agreed next focus, and the engagement's goals at risk. */
async function withPreparation(db: Reader, sessions: CalendarSession[], goalsAtRisk: GoalAtRisk[], names: Names): Promise<TodaySession[]> {
  const previous = await previousHeldSessions(db, sessions)
  const commitments = await actionsAgreedIn(
    db,
    [...previous.values()].map((session) => session.id)
  )
  return sessions.map((session) => {
    const before = previous.get(session.id) ?? null
    const engagement = names.engagements.get(session.engagementId)
    return {
      ...session,
      ...whose(names, session.engagementId),
      noun: sessionNoun(engagement?.isMentoring ?? false, engagement?.plannedSessions ?? null),
      prepare: {
        previousSession: before,
        commitments: before
          ? commitments.filter((action) => action.sessionId === before.id).map(({ id, description, status }) => ({ id, description, status }))
          : [],
        goalsAtRisk: goalsAtRisk
          .filter((goal) => goal.engagementId === session.engagementId)
          .map(({ id, statement }) => ({ id, statement }))
      }
    }
  })
}

/**
 * Active engagements past their planned end or within ENDING_WITHIN_DAYS of it, or with
 * at most one planned session left to hold; the nearest end first.
 */
function endingEngagements(active: EngagementSummary[], heldSessions: Map<number, HeldSessions>, today: string) {
  const endsBy = addDays(today, ENDING_WITHIN_DAYS)
  return active
    .map((engagement) => ({ engagement, held: heldSessions.get(engagement.id)?.held ?? 0 }))
    .filter(
      ({ engagement, held }) =>
        (engagement.plannedEndDate !== null && engagement.plannedEndDate <= endsBy) ||
        (engagement.plannedSessions !== null && held >= engagement.plannedSessions - 1)
    )
    .sort((a, b) => (a.engagement.plannedEndDate ?? '9999').localeCompare(b.engagement.plannedEndDate ?? '9999') || a.engagement.id - b.engagement.id)
}

/**
 * The clients of active engagements who have held no session since `since` (nor any at
 * all, when the engagement started before it), the longest unseen first.
 */
function quietClients(active: EngagementSummary[], heldSessions: Map<number, HeldSessions>, since: string, sinceDay: string) {
  const lastByClient = new Map<number, string | null>()
  for (const engagement of active) {
    const last = heldSessions.get(engagement.id)?.lastAt ?? null
    const known = lastByClient.get(engagement.clientId)
    if (known === undefined || (last !== null && (known === null || last > known))) lastByClient.set(engagement.clientId, last)
  }
  const startedBefore = new Set(
    active.filter((engagement) => engagement.startDate !== null && engagement.startDate < sinceDay).map((engagement) => engagement.clientId)
  )
  return [...lastByClient]
    .filter(([clientId, last]) => (last === null ? startedBefore.has(clientId) : last < since))
    .map(([clientId, lastSessionAt]) => ({ clientId, lastSessionAt }))
    .sort((a, b) => (a.lastSessionAt ?? '').localeCompare(b.lastSessionAt ?? '') || a.clientId - b.clientId)
}

function firstOf<T>(items: T[]) {
  return { items: items.slice(0, TODAY_LIST_LIMIT), total: items.length }
}

/** The coach's day: every section of Today, each list the first TODAY_LIST_LIMIT items and their total. */
export async function todayOverview(db: Reader, bounds: TodayBounds, quietWeeks: number): Promise<TodayOverview> {
  const underWay = await engagementsUnderWay(db)
  const underWayIds = underWay.map((engagement) => engagement.id)
  const active = underWay.filter((engagement) => engagement.status === 'active')
  const quietSince = new Date(Date.parse(bounds.todayFrom) - quietWeeks * WEEK_MS).toISOString()
  const [newPractice, calendar, overdue, dueThisWeek, goalsAtRisk, heldSessions, followUps] = await Promise.all([
    hasClients(db).then((has) => !has),
    sessionsStartingBetween(db, bounds.todayFrom, bounds.weekUntil),
    openActionsDueIn(db, underWayIds, { before: bounds.today }, TODAY_LIST_LIMIT),
    openActionsDueIn(db, underWayIds, { from: bounds.today, through: bounds.weekEnd }, TODAY_LIST_LIMIT),
    goalsAtRiskIn(db, underWayIds),
    heldSessionsOf(
      db,
      active.map((engagement) => engagement.id)
    ),
    followUpsBetween(db, addDays(bounds.today, -FOLLOW_UP_GRACE_DAYS), bounds.weekEnd)
  ])
  const ending = endingEngagements(active, heldSessions, bounds.today)
  const quiet = quietClients(active, heldSessions, quietSince, addDays(bounds.today, -7 * quietWeeks))
  const today = calendar.filter((session) => session.startsAt < bounds.tomorrowFrom)
  const thisWeek = firstOf(calendar.filter((session) => session.startsAt >= bounds.tomorrowFrom))
  const shown = {
    goalsAtRisk: firstOf(goalsAtRisk),
    ending: firstOf(ending),
    followUps: firstOf(followUps),
    quiet: firstOf(quiet)
  }
  const names = await lookUpNames(
    db,
    underWay,
    [
      ...[...today, ...thisWeek.items, ...overdue.items, ...dueThisWeek.items, ...shown.goalsAtRisk.items, ...shown.followUps.items].map(
        (item) => item.engagementId
      ),
      ...shown.ending.items.map(({ engagement }) => engagement.id)
    ],
    shown.quiet.items.map((client) => client.clientId)
  )
  const listed = await withPreparation(db, [...today, ...thisWeek.items], goalsAtRisk, names)
  const toAction = (action: DueAction) => ({ ...action, ...whose(names, action.engagementId) })
  return {
    newPractice,
    sessionsToday: listed.slice(0, today.length),
    sessionsThisWeek: { items: listed.slice(today.length), total: thisWeek.total },
    overdueActions: { items: overdue.items.map(toAction), total: overdue.total },
    actionsDueThisWeek: { items: dueThisWeek.items.map(toAction), total: dueThisWeek.total },
    goalsAtRisk: {
      items: shown.goalsAtRisk.items.map((goal) => ({ ...goal, ...whose(names, goal.engagementId) })),
      total: shown.goalsAtRisk.total
    },
    endingEngagements: {
      items: shown.ending.items.map(({ engagement, held }) => ({
        ...whose(names, engagement.id),
        plannedEndDate: engagement.plannedEndDate,
        held,
        planned: engagement.plannedSessions,
        noun: sessionNoun(engagement.isMentoring, engagement.plannedSessions)
      })),
      total: shown.ending.total
    },
    followUps: {
      items: shown.followUps.items.map(({ id, engagementId, kind, followUpOn }) => ({ reviewId: id, ...whose(names, engagementId), kind, followUpOn })),
      total: shown.followUps.total
    },
    quietClients: {
      items: shown.quiet.items.map((client) => ({ ...client, clientName: names.clients.get(client.clientId) ?? '' })),
      total: shown.quiet.total
    },
    quietWeeks
  }
}
