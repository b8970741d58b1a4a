import { COUNTED_UP_TO } from '../../shared/counts'
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
import { endingEngagements, engagementSummaries, quietClients, type EngagementSummary } from '../engagements'
import { goalsAtRiskIn, goalsAtRiskUnderWay } from '../goals'
import { followUpsBetween } from '../reviews'
import { previousHeldSessions, sessionsStartingBetween, type CalendarSession } from '../sessions'

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

/** The names of what is shown alone, read by id. */
async function lookUpNames(db: Reader, engagementIds: number[], clientIds: number[]): Promise<Names> {
  const engagements = await engagementSummaries(db, [...new Set(engagementIds)])
  const shownClients = new Set([...clientIds, ...[...engagements.values()].map((engagement) => engagement.clientId)])
  return { engagements, clients: await clientNames(db, [...shownClients]) }
}

/** What to prepare for each session: the last one's commitments and agreed next focus, and the engagement's goals at risk. */
async function withPreparation(db: Reader, sessions: CalendarSession[], names: Names): Promise<TodaySession[]> {
  const [previous, goalsAtRisk] = await Promise.all([
    previousHeldSessions(db, sessions),
    goalsAtRiskIn(db, [...new Set(sessions.map((session) => session.engagementId))])
  ])
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

/** A section read whole (its candidates are few: engagements under way, their follow-ups, their clients), shown as the others are. */
function firstOf<T>(items: T[]) {
  return { items: items.slice(0, TODAY_LIST_LIMIT), total: Math.min(items.length, COUNTED_UP_TO + 1) }
}

/**
 * The coach's day: every section of Today, each list the first TODAY_LIST_LIMIT items and
 * their total. Each section is read from an index of what it could list, in its order
 * (migration 020), so what Today reads grows with what it shows, not with the practice.
 */
export async function todayOverview(db: Reader, bounds: TodayBounds, quietWeeks: number): Promise<TodayOverview> {
  const quietSince = new Date(Date.parse(bounds.todayFrom) - quietWeeks * WEEK_MS).toISOString()
  const [newPractice, today, thisWeek, overdue, dueThisWeek, goalsAtRisk, ending, followUps, quiet] = await Promise.all([
    hasClients(db).then((has) => !has),
    sessionsStartingBetween(db, bounds.todayFrom, bounds.tomorrowFrom, TODAY_LIST_LIMIT),
    sessionsStartingBetween(db, bounds.tomorrowFrom, bounds.weekUntil, TODAY_LIST_LIMIT),
    openActionsDueIn(db, { before: bounds.today }, TODAY_LIST_LIMIT),
    openActionsDueIn(db, { from: bounds.today, through: bounds.weekEnd }, TODAY_LIST_LIMIT),
    goalsAtRiskUnderWay(db, TODAY_LIST_LIMIT),
    endingEngagements(db, addDays(bounds.today, ENDING_WITHIN_DAYS)).then(firstOf),
    followUpsBetween(db, addDays(bounds.today, -FOLLOW_UP_GRACE_DAYS), bounds.weekEnd).then(firstOf),
    quietClients(db, quietSince, addDays(bounds.today, -7 * quietWeeks)).then(firstOf)
  ])
  const names = await lookUpNames(
    db,
    [
      ...[...today.items, ...thisWeek.items, ...overdue.items, ...dueThisWeek.items, ...goalsAtRisk.items, ...followUps.items].map(
        (item) => item.engagementId
      ),
      ...ending.items.map((engagement) => engagement.id)
    ],
    quiet.items.map((client) => client.clientId)
  )
  const listed = await withPreparation(db, [...today.items, ...thisWeek.items], names)
  const toAction = (action: DueAction) => ({ ...action, ...whose(names, action.engagementId) })
  return {
    newPractice,
    sessionsToday: { items: listed.slice(0, today.items.length), total: today.total },
    sessionsThisWeek: { items: listed.slice(today.items.length), total: thisWeek.total },
    overdueActions: { items: overdue.items.map(toAction), total: overdue.total },
    actionsDueThisWeek: { items: dueThisWeek.items.map(toAction), total: dueThisWeek.total },
    goalsAtRisk: {
      items: goalsAtRisk.items.map((goal) => ({ ...goal, ...whose(names, goal.engagementId) })),
      total: goalsAtRisk.total
    },
    endingEngagements: {
      items: ending.items.map((engagement) => ({
        ...whose(names, engagement.id),
        plannedEndDate: engagement.plannedEndDate,
        held: engagement.heldSessions,
        planned: engagement.plannedSessions,
        noun: sessionNoun(engagement.isMentoring, engagement.plannedSessions)
      })),
      total: ending.total
    },
    followUps: {
      items: followUps.items.map(({ id, engagementId, kind, followUpOn }) => ({ reviewId: id, ...whose(names, engagementId), kind, followUpOn })),
      total: followUps.total
    },
    quietClients: {
      items: quiet.items.map((client) => ({ ...client, clientName: names.clients.get(client.clientId) ?? '' })),
      total: quiet.total
    },
    quietWeeks
  }
}
