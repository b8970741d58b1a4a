import type { SponsorReportingLevel } from '../../shared/engagements'
import { clientWithEngagement, type Caller } from './calls'

/**
 * Engagements for the report tests and the benchmark, made the way a coach makes them
 * (through the channels). Every private field carries a `PRIVATE` sentinel and every
 * shareable one a `SHARED` sentinel, so a test can prove which reach a PDF.
 */
export const PRIVATE = {
  sessionNotes: 'Qx7privSessionNotes',
  observations: 'Qx7privObservation',
  intake: 'Qx7privIntake',
  interview: 'Qx7privInterview',
  interviewee: 'Qx7privInterviewee',
  result: 'Qx7privResult',
  growthArea: 'Qx7privGrowthArea',
  measurementComment: 'Qx7privMeasureComment',
  statusNote: 'Qx7privStatusNote',
  terms: 'Qx7privTerms',
  clientNotes: 'Qx7privClientNotes'
} as const

export const SHARED = {
  sessionNotes: 'Qx7sharedSessionNotes',
  intake: 'Qx7sharedIntake',
  interview: 'Qx7sharedInterview',
  result: 'Qx7sharedResult',
  growthArea: 'Qx7sharedGrowthArea',
  learnings: 'Qx7sharedLearnings',
  sustain: 'Qx7sharedSustain'
} as const

/** The client's feedback: their own words, so in the client's summary, but the sponsor's only when shareable. */
/** Every PDF report, for each reader it is made for. */
export const EVERY_REPORT = [
  ['summary', 'client'],
  ['summary', 'sponsor'],
  ['action_plan', 'client'],
  ['progress', 'client']
] as const

export const FEEDBACK = 'Qx7clientFeedback'

export interface FixtureOptions {
  size: 'small' | 'large'
  clientName?: string
  reporting?: SponsorReportingLevel
  feedbackShareable?: boolean
}

const WORDS = (
  'the client explored how delegation frees time for strategy and noticed that asking open questions ' +
  'changed the tone of the weekly meeting with the leadership team while feedback from peers showed ' +
  'more trust in decisions made together and less rework across the merged departments'
).split(' ')

/** Deterministic prose of about `count` words, in paragraphs, with names in Greek, Cyrillic and Chinese. */
export function prose(count: number, seed: number): string {
  const names = ['Ελένη Παπαδοπούλου', 'Дмитрий Иванов', '李雷', 'Łukasz Żółć', 'Ærøskøbing']
  const words: string[] = []
  for (let index = 0; index < count; index++) {
    words.push(WORDS[(index * 7 + seed * 13) % WORDS.length]!)
    if (index % 37 === 36) words.push(`${names[(index + seed) % names.length]!}.`)
    if (index % 120 === 119) words.push('\n\n')
  }
  return words.join(' ').replace(/ \n\n /g, '\n\n')
}

const DAY = 86_400_000

function dayAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

export async function buildEngagement(call: Caller, options: FixtureOptions) {
  const large = options.size === 'large'
  const sessionCount = large ? 40 : 3
  const goalCount = large ? 10 : 2
  const notesWords = large ? 500 : 60
  const organisation = await call.ok('organisations:create', { name: 'Nordlicht Logistik GmbH' })
  const contact = await call.ok('organisations:createContact', { organisationId: organisation.id, name: 'Ana Ruiz' })
  const { client, engagement } = await clientWithEngagement(
    call,
    {
      title: 'Leading the merged operations team',
      plannedSessions: large ? 40 : 6,
      sessionMinutes: 90,
      plannedEndDate: '2026-12-18',
      sponsorOrganisationId: organisation.id,
      sponsorContactId: contact.id,
      sponsorReporting: options.reporting ?? 'summary',
      confidentialityTerms: `Confidential terms ${PRIVATE.terms}.`,
      cancellationTerms: `Cancellation terms ${PRIVATE.terms}.`
    },
    options.clientName ?? 'Zoë Ødegård'
  )
  await call.ok('clients:update', { id: client.id, name: client.name, notes: `Client record notes ${PRIVATE.clientNotes}.` })
  const engagementId = engagement.id
  await call.ok('engagements:setStatus', { id: engagementId, status: 'paused', date: '2026-02-01', note: `Paused: ${PRIVATE.statusNote}.` })
  await call.ok('engagements:setStatus', { id: engagementId, status: 'active', date: '2026-02-08' })

  await assessment(call, engagementId)
  const goalIds = await goals(call, engagementId, goalCount, large)
  const sessionIds: number[] = []
  for (let index = 0; index < sessionCount; index++) {
    const shareable = index % 2 === 0
    const session = await call.ok('sessions:create', {
      engagementId,
      startsAt: `${dayAfter('2026-01-12', index * 7)}T09:00:00Z`,
      status: 'held',
      agenda: `Session ${index + 1} focus: ${WORDS[index % WORDS.length]} and delegation.`,
      notes: `${shareable ? SHARED.sessionNotes : PRIVATE.sessionNotes} ${prose(notesWords, index)}`,
      notesShareable: shareable,
      privateObservations: `${PRIVATE.observations} — the coach's own reading of the room.`,
      nextFocus: `Practise the ${WORDS[(index + 3) % WORDS.length]} conversation.`
    })
    sessionIds.push(session.id)
  }
  await call.ok('sessions:create', { engagementId, startsAt: '2026-12-14T09:00:00Z', status: 'scheduled', agenda: 'Closing session' })
  await actions(call, engagementId, goalIds, large)
  await call.ok('reviews:create', {
    engagementId,
    kind: large ? 'final' : 'midpoint',
    heldOn: large ? '2026-12-10' : '2026-02-20',
    outcomes: goalIds.map((goalId, index) => ({ goalId, value: 6 + (index % 4), achieved: index % 3 === 0 ? 'yes' : 'partly' })),
    keyLearnings: `Asking beats telling. ${SHARED.learnings}`,
    sustainPlan: `A monthly check-in with the team. ${SHARED.sustain}`,
    clientFeedback: `This changed how I lead. ${FEEDBACK}`,
    clientFeedbackShareable: options.feedbackShareable ?? false,
    clientRating: 9,
    followUpOn: '2027-03-15'
  })
  return { engagementId, clientId: client.id, goalIds, sessionIds }
}

async function assessment(call: Caller, engagementId: number): Promise<void> {
  for (const [shareable, marker] of [
    [true, SHARED.intake],
    [false, PRIVATE.intake]
  ] as const) {
    await call.ok('assessment:createIntakeNote', {
      engagementId,
      notedOn: '2026-01-05',
      whatBrought: `A new role after the merger. ${marker}`,
      context: `Two teams, one budget. ${marker}`,
      hopes: `Calmer weeks. ${marker}`,
      shareable
    })
  }
  await call.ok('assessment:createInterview', {
    engagementId,
    stakeholderName: 'Mara Lindqvist',
    relationship: 'Manager',
    interviewedOn: '2026-01-09',
    notes: `Sees real potential. ${SHARED.interview}`,
    shareable: true
  })
  await call.ok('assessment:createInterview', {
    engagementId,
    stakeholderName: `Someone ${PRIVATE.interviewee}`,
    interviewedOn: '2026-01-09',
    notes: `Frank concerns. ${PRIVATE.interview}`
  })
  await call.ok('assessment:createResult', {
    engagementId,
    instrument: '360_feedback',
    takenOn: '2026-01-10',
    scores: [
      { competency: 'Listening', raterGroup: 'self', score: 3.5 },
      { competency: 'Listening', raterGroup: 'peers', score: 2.8 }
    ],
    interpretation: `Peers see less listening than the client does. ${SHARED.result}`,
    shareable: true
  })
  await call.ok('assessment:createResult', {
    engagementId,
    instrument: 'disc',
    takenOn: '2026-01-10',
    scores: [{ competency: `Dominance ${PRIVATE.result}`, raterGroup: 'self', score: 80 }],
    interpretation: `High D. ${PRIVATE.result}`
  })
  await call.ok('assessment:createGrowthArea', {
    engagementId,
    title: 'Delegating',
    description: `Letting go of the weekly report. ${SHARED.growthArea}`,
    agreedWithClient: true
  })
  await call.ok('assessment:createGrowthArea', {
    engagementId,
    title: `Coach's hunch ${PRIVATE.growthArea}`,
    description: 'Not yet raised with the client.'
  })
}

async function goals(call: Caller, engagementId: number, count: number, large: boolean): Promise<number[]> {
  const ids: number[] = []
  for (let index = 0; index < count; index++) {
    const rating = index % 2 === 0
    const goal = await call.ok('goals:create', {
      engagementId,
      statement: rating
        ? `Delegate the weekly report to the team (goal ${index + 1})`
        : `Cut the hours spent in status meetings (goal ${index + 1})`,
      whyItMatters: 'Time for strategy, and growth for the team.',
      successIndicator: 'The report goes out without the client touching it.',
      observableBehaviours: 'Asks before telling; waits before answering.',
      measure: rating ? 'rating' : 'number',
      unit: rating ? null : 'hours a week',
      baseline: rating ? 2 : 12.5,
      target: rating ? 8 : 4,
      deadline: '2026-11-30',
      status: index % 3 === 0 ? 'on_track' : 'at_risk'
    })
    ids.push(goal.id)
    const measurements = large ? 8 : 3
    for (let step = 0; step < measurements; step++) {
      await call.ok('goals:createMeasurement', {
        goalId: goal.id,
        measuredOn: dayAfter('2026-01-20', step * 35 + index),
        value: rating ? Math.min(10, 2 + step) : Math.max(3, 12.5 - step * 1.25),
        comment: `Measured with ${PRIVATE.measurementComment}.`
      })
    }
    await call.ok('actions:createMilestone', { goalId: goal.id, title: `First report sent by the team (goal ${index + 1})`, dueOn: '2026-04-01', reached: true })
    await call.ok('actions:createMilestone', { goalId: goal.id, title: `A month without rework (goal ${index + 1})`, dueOn: '2026-12-01' })
  }
  return ids
}

async function actions(call: Caller, engagementId: number, goalIds: number[], large: boolean): Promise<void> {
  const perGoal = large ? 3 : 2
  for (const [goalIndex, goalId] of goalIds.entries()) {
    for (let index = 0; index < perGoal; index++) {
      const action = await call.ok('actions:create', {
        engagementId,
        goalId,
        description: `Ask Sam to draft part ${index + 1} of the report (goal ${goalIndex + 1})`,
        owner: index === 2 ? 'coach' : 'client',
        dueOn: dayAfter('2026-02-01', goalIndex * 10 + index * 21),
        today: '2026-01-12'
      })
      if (index === 0) await call.ok('actions:setStatus', { id: action.id, status: 'done', today: '2026-02-10', date: '2026-02-10' })
    }
  }
  await call.ok('actions:create', { engagementId, description: 'Read “The Culture Map” before the next session', dueOn: '2026-03-01', today: '2026-01-12' })
}
