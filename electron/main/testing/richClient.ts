import type { Caller } from './calls'
import { kindIds } from './calls'

export interface RichClientOptions {
  name?: string
  /** The words written into each free-text field, by field name; by default "<field> of <name>". */
  words?: (field: string) => string
  /** Disposal date of the first engagement. */
  disposalOn?: string | null
}

/** The coach's own kind of engagement, made once per practice. */
async function teamCoachingKind(call: Caller): Promise<number> {
  const kinds = await kindIds(call)
  if (kinds['Team coaching']) return kinds['Team coaching']
  const kind = await call.ok('engagements:createKind', { name: 'Team coaching', defaultPlannedSessions: 10, defaultSessionMinutes: 90 })
  return kind.id
}

async function sponsor(call: Caller) {
  const existing = (await call.ok('organisations:list', { query: 'Nordlys' })).items[0]
  const organisation = existing
    ? await call.ok('organisations:get', { id: existing.id })
    : await call.ok('organisations:create', { name: 'Nordlys AS', notes: 'About several clients.' })
  const contact = await call.ok('organisations:createContact', {
    organisationId: organisation.id,
    name: 'Kari Nordmann',
    role: 'HR partner',
    email: 'kari@nordlys.example',
    // The coach's own note about the contact, not about this client: it stays when the client is erased.
    notes: 'Prefers email.'
  })
  return { organisationId: organisation.id, contactId: contact.id }
}

async function assessment(call: Caller, engagementId: number, words: (field: string) => string) {
  const note = await call.ok('assessment:createIntakeNote', {
    engagementId,
    notedOn: '2026-01-06',
    whatBrought: words('whatBrought'),
    context: words('context'),
    hopes: words('hopes'),
    shareable: true
  })
  const interview = await call.ok('assessment:createInterview', {
    engagementId,
    stakeholderName: 'Sam Manager',
    relationship: 'manager',
    interviewedOn: '2026-01-08',
    notes: words('interviewNotes')
  })
  const result = await call.ok('assessment:createResult', {
    engagementId,
    instrument: '360_feedback',
    takenOn: '2026-01-10',
    scores: [
      { competency: 'Listening', raterGroup: 'self', score: 3.5 },
      { competency: 'Listening', raterGroup: 'peers', score: 2.25 },
      { competency: 'Delegating', raterGroup: 'manager', score: -0.5 }
    ],
    interpretation: words('interpretation')
  })
  return call.ok('assessment:createGrowthArea', {
    engagementId,
    title: 'Delegating',
    description: words('growthAreaDescription'),
    agreedWithClient: true,
    evidence: [
      { kind: 'result', id: result.id },
      { kind: 'intake_note', id: note.id },
      { kind: 'interview', id: interview.id }
    ]
  })
}

async function sessionsOf(call: Caller, engagementId: number, words: (field: string) => string) {
  const held = await call.ok('sessions:create', {
    engagementId,
    startsAt: '2026-01-20T09:30:00+01:00',
    status: 'held',
    agenda: words('agenda'),
    notes: words('sessionNotes'),
    notesShareable: true,
    privateObservations: words('privateObservations'),
    nextFocus: words('nextFocus'),
    topicsDiscussed: words('topicsDiscussed'),
    adviceGiven: words('adviceGiven'),
    introductions: [
      { introducedTo: 'Ada Lovelace', reason: words('introductionReason'), outcome: words('introductionOutcome') },
      { introducedTo: 'Grace Hopper', reason: 'Board experience' }
    ]
  })
  const next = await call.ok('sessions:create', { engagementId, startsAt: '2026-02-03T09:30:00Z', format: 'phone' })
  return { held, next }
}

async function goalsAndActions(
  call: Caller,
  engagementId: number,
  links: { growthAreaId: number; sessionId: number },
  words: (field: string) => string
) {
  const rating = await call.ok('goals:create', {
    engagementId,
    statement: words('goalStatement').slice(0, 2000),
    whyItMatters: words('whyItMatters'),
    successIndicator: words('successIndicator'),
    observableBehaviours: words('observableBehaviours'),
    baseline: 2,
    target: 8,
    deadline: '2026-06-30',
    priority: 'high',
    growthAreaId: links.growthAreaId,
    confidence: 6
  })
  const number = await call.ok('goals:create', {
    engagementId,
    statement: 'Fewer late evenings',
    measure: 'number',
    unit: 'hours a week',
    unitOne: 'hour a week',
    baseline: 12.5
  })
  await call.ok('goals:createMeasurement', {
    goalId: rating.id,
    measuredOn: '2026-01-20',
    value: 4,
    comment: words('measurementComment'),
    sessionId: links.sessionId
  })
  await call.ok('goals:createMeasurement', { goalId: number.id, measuredOn: '2026-01-27', value: 9.75 })
  await call.ok('actions:createMilestone', { goalId: rating.id, title: words('milestone').slice(0, 2000), dueOn: '2026-03-01', reached: true })
  const today = '2026-02-01'
  const action = await call.ok('actions:create', {
    engagementId,
    today,
    goalId: rating.id,
    sessionId: links.sessionId,
    description: words('actionDescription').slice(0, 2000),
    dueOn: '2026-01-27',
    resources: words('resources'),
    obstacles: words('obstacles'),
    overcome: words('overcome')
  })
  await call.ok('actions:setStatus', { id: action.id, status: 'done', today, date: '2026-01-26' })
  await call.ok('actions:create', { engagementId, today, description: 'Read "The Coaching Habit"', owner: 'coach' })
  return { rating, number }
}

/**
 * A client with a sponsored coaching engagement filled in everywhere (assessment, goals,
 * measurements, milestones, actions, sessions with introductions, a completed mid-point
 * review, a paused status with its note) and a small mentoring engagement. Every
 * free-text field holds `words(field)`, so a test can look for it anywhere.
 */
export async function richClient(call: Caller, options: RichClientOptions = {}) {
  const name = options.name ?? 'Zoë Ødegård'
  const words = options.words ?? ((field: string) => `${field} of ${name}`)
  const client = await call.ok('clients:create', {
    name,
    email: 'zoe@example.com',
    phone: '+47 22 00 00 00',
    organisation: 'Nordlys AS',
    role: words('role').slice(0, 200),
    timezone: 'Europe/Oslo',
    tags: ['executive', words('tag').slice(0, 50)],
    notes: words('clientNotes')
  })
  const { organisationId, contactId } = await sponsor(call)
  const engagement = await call.ok('engagements:create', {
    clientId: client.id,
    kindId: await teamCoachingKind(call),
    title: words('engagementTitle').slice(0, 200),
    sponsorOrganisationId: organisationId,
    sponsorContactId: contactId,
    startDate: '2026-01-05',
    plannedEndDate: '2026-07-05',
    fee: { amountMinor: 150000, currency: 'EUR', basis: 'package' },
    cancellationTerms: words('cancellationTerms'),
    confidentialityTerms: words('confidentialityTerms'),
    sponsorReporting: 'progress',
    recordsConsentOn: '2026-01-05',
    disposalOn: options.disposalOn === undefined ? '2033-07-05' : options.disposalOn,
    status: 'active',
    statusDate: '2026-01-05'
  })
  await call.ok('tags:setForEngagement', { engagementId: engagement.id, tags: ['executive', 'sponsored'] })
  const area = await assessment(call, engagement.id, words)
  const { held } = await sessionsOf(call, engagement.id, words)
  const { rating } = await goalsAndActions(call, engagement.id, { growthAreaId: area.id, sessionId: held.id }, words)
  const review = await call.ok('reviews:create', {
    engagementId: engagement.id,
    kind: 'midpoint',
    heldOn: '2026-03-15',
    outcomes: [{ goalId: rating.id, value: 5, achieved: 'partly' }],
    keyLearnings: words('keyLearnings'),
    sustainPlan: words('sustainPlan'),
    clientFeedback: words('clientFeedback'),
    clientRating: 9,
    followUpOn: '2026-04-15'
  })
  await call.ok('reviews:complete', { id: review.id })
  await call.ok('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-03-20', note: words('statusNote') })

  const kinds = await kindIds(call)
  const mentoring = await call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds['Mentoring']!,
    status: 'prospect',
    statusDate: '2026-04-01',
    cancellationTerms: words('mentoringTerms')
  })
  await call.ok('sessions:create', {
    engagementId: mentoring.id,
    startsAt: '2026-04-02T15:00:00-04:00',
    status: 'held',
    billing: 'pro_bono',
    format: 'in_person',
    notes: words('mentoringNotes'),
    introductions: [{ introducedTo: 'Linus', reason: words('mentoringIntroduction') }]
  })
  return { client, engagement, mentoring }
}
