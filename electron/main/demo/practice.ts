import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract'
import type { Engagement } from '../../shared/engagements'
import {
  actionText,
  adviceGiven,
  agenda,
  clientFeedback,
  COMPETENCIES,
  goalWhy,
  growthAreaDescription,
  interpretation,
  interview,
  intake,
  introductionReason,
  keyLearnings,
  nextFocus,
  obstacle,
  privateObservation,
  sessionNotes,
  sustainPlan,
  topicsDiscussed,
  TOPICS,
  type Voice
} from './phrases'
import {
  CLIENT_ROLES,
  CONTACT_ROLES,
  emailFor,
  ORGANISATION_DOMAINS,
  ORGANISATIONS,
  person,
  TAGS,
  TIME_ZONES,
  type Person
} from './people'
import { allocate, seededRandom, type Random } from './random'

/**
 * A demo practice, written the way the coach would write it: every record goes through
 * the app's own channels (contract validation and the domain services), so the data is
 * exactly what the app itself would have stored.
 */
export const SIZES = {
  /** The demo a coach tries from the first run: every kind of record, written in a few seconds. */
  tour: { clients: 8, organisations: 3, engagements: 14, sessions: 110, actions: 180 },
  small: { clients: 40, organisations: 12, engagements: 120, sessions: 1_600, actions: 4_000 },
  large: { clients: 1_000, organisations: 50, engagements: 3_000, sessions: 40_000, actions: 100_000 }
} as const

export type Size = keyof typeof SIZES
/** How many of each a practice has: one of SIZES, or any other for a test. */
export type PracticeSize = { [K in keyof (typeof SIZES)['small']]: number }

/** The demo's "today": every date is placed relative to it, so a seed always gives the same practice. */
export const BASE_DATE = '2026-03-02'
const YEARS_OF_PRACTICE = 15
const DAY = 86_400_000

function dayOffset(days: number): string {
  return new Date(Date.parse(`${BASE_DATE}T00:00:00Z`) + Math.round(days) * DAY).toISOString().slice(0, 10)
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY).toISOString().slice(0, 10)
}

/** A weekday at a working hour, in UTC. */
function sessionMoment(random: Random, date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  const weekday = day === 0 ? addDays(date, 1) : day === 6 ? addDays(date, 2) : date
  const hour = String(random.int(7, 16)).padStart(2, '0')
  return `${weekday}T${hour}:${random.pick(['00', '30'])}:00Z`
}

export interface SeedReport {
  clients: number
  organisations: number
  engagements: number
  sessions: number
  actions: number
  /** Characters of session notes and private observations. */
  noteCharacters: number
  /** Characters of all free text: notes, agendas, actions, assessments, reviews… */
  textCharacters: number
}

interface Sponsor {
  id: number
  contactIds: number[]
  domain: string
}

interface EngagementPlan {
  mentoring: boolean
  start: string
  prospect: boolean
  cadenceDays: number
  sessionCount: number
  sessionDates: string[]
  goalCount: number
  outcome: 'completed' | 'cancelled' | 'paused' | 'active'
}

/** Calls a channel and answers its data, failing on a refusal: the app's dispatcher, or a window's calls in a journey. */
export interface Caller {
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
}

/** The built-in kinds of engagement by name, e.g. kinds.Mentoring. */
export async function kindIds(call: Caller): Promise<Record<string, number>> {
  const { items } = await call.ok('engagements:listKinds', {})
  return Object.fromEntries(items.map((kind) => [kind.name, kind.id]))
}

export interface SeedOptions {
  size: Size | PracticeSize
  seed: number
  /** Called after every call, so the caller can commit in batches. */
  afterCall?: () => void
  onProgress?: (done: number, total: number) => void
}

/** A group's contact person: someone with an address, since ICF's log asks for one. */
function contactOf(random: Random): { contactName: string; contactEmail: string } {
  for (;;) {
    const someone = person(random)
    const email = emailFor(someone, 'mail.example')
    if (email) return { contactName: someone.name, contactEmail: email }
  }
}

/**
 * Two coaching groups for the ICF log: a circle of new managers met every other week (one
 * meeting cancelled), and a leadership team's two pro bono workshops. Their time counts once
 * on the log, and each member as a client.
 */
async function writeCoachingGroups(ok: Caller['ok'], random: Random): Promise<void> {
  const circle = await ok('coachingLog:createGroup', { name: 'New managers circle', ...contactOf(random), size: 6 })
  for (let meeting = 0; meeting < 6; meeting++) {
    await ok('coachingLog:addGroupSession', {
      groupId: circle.id,
      startsAt: sessionMoment(random, dayOffset(-150 + meeting * 14)),
      durationMinutes: 90,
      billing: 'paid',
      status: meeting === 3 ? 'cancelled' : 'held'
    })
  }
  const team = await ok('coachingLog:createGroup', { name: 'Hospital leadership team', ...contactOf(random), size: 9 })
  for (const days of [-60, -30]) {
    await ok('coachingLog:addGroupSession', { groupId: team.id, startsAt: sessionMoment(random, dayOffset(days)), durationMinutes: 120, billing: 'pro_bono', status: 'held' })
  }
}

export async function seedPractice(call: Caller, options: SeedOptions): Promise<SeedReport> {
  const size = typeof options.size === 'string' ? SIZES[options.size] : options.size
  const random = seededRandom(options.seed)
  const report: SeedReport = { clients: 0, organisations: 0, engagements: 0, sessions: 0, actions: 0, noteCharacters: 0, textCharacters: 0 }
  const counted = (text: string) => {
    report.textCharacters += text.length
    return text
  }
  const note = (text: string) => {
    report.noteCharacters += text.length
    return counted(text)
  }
  const ok: Caller['ok'] = async (channel, input) => {
    const data = await call.ok(channel, input)
    options.afterCall?.()
    return data
  }
  const kinds = await kindIds(call)
  const coachingKinds = ['Executive coaching', 'Leadership coaching', 'Career coaching', 'Professional coaching'].map((name) => kinds[name]!)

  // ---- Sponsors ----------------------------------------------------------------------
  const sponsors: Sponsor[] = []
  for (let index = 0; index < size.organisations; index++) {
    const organisation = await ok('organisations:create', {
      name: ORGANISATIONS[index % ORGANISATIONS.length]! + (index >= ORGANISATIONS.length ? ` ${Math.floor(index / ORGANISATIONS.length) + 1}` : ''),
      notes: random.chance(0.5) ? 'Invoices quarterly; purchase order needed before the first session.' : ''
    })
    const domain = ORGANISATION_DOMAINS[index % ORGANISATION_DOMAINS.length]!
    const contactIds: number[] = []
    for (let c = 0; c < random.int(1, 4); c++) {
      const someone = person(random)
      const contact = await ok('organisations:createContact', {
        organisationId: organisation.id,
        name: someone.name,
        role: random.pick(CONTACT_ROLES),
        email: emailFor(someone, domain),
        notes: random.chance(0.3) ? 'Prefers a short written update after each milestone.' : ''
      })
      contactIds.push(contact.id)
    }
    // Where the sponsor's invoices go: written from its name, so the demo's random numbers stay as they were.
    await ok('fees:setSponsorBilling', {
      organisationId: organisation.id,
      billingContact: `Accounts payable, invoices@${domain}`,
      billingAddress: `${organisation.name}\n1 Harbour Street\nLondon EC1A 1AA`,
      taxId: `GB${String(100_000_000 + organisation.id * 7_919).slice(0, 9)}`
    })
    sponsors.push({ id: organisation.id, contactIds, domain })
    report.organisations++
  }

  // ---- Clients, and how many engagements each has --------------------------------------
  const engagementsPerClient = allocate(
    size.engagements,
    Array.from({ length: size.clients }, () => random.weighted([[1, 35], [2, 25], [3, 18], [5, 12], [8, 10]] as const))
  )
  const clients: { id: number; person: Person; role: string; sponsor: Sponsor | null }[] = []
  for (let index = 0; index < size.clients; index++) {
    const someone = person(random)
    const sponsor = random.chance(0.65) ? random.pick(sponsors) : null
    const role = random.pick(CLIENT_ROLES)
    const client = await ok('clients:create', {
      name: someone.name,
      email: emailFor(someone, sponsor?.domain ?? 'mail.example'),
      phone: random.chance(0.7) ? `+${random.int(1, 99)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}` : null,
      organisation: sponsor ? ORGANISATIONS[sponsors.indexOf(sponsor) % ORGANISATIONS.length]! : random.chance(0.5) ? 'Independent' : null,
      role,
      timezone: random.pick(TIME_ZONES),
      tags: random.sample(TAGS, random.int(0, 3)),
      notes: counted(random.chance(0.6) ? `Referred by ${person(random).given}. Prefers ${random.pick(['video', 'in-person', 'early morning'])} sessions.` : '')
    })
    clients.push({ id: client.id, person: someone, role, sponsor })
    report.clients++
  }

  // ---- Engagements: planned first, so the session and action counts come out exact ------
  const plans: EngagementPlan[][] = clients.map((_, index) => planEngagements(random, engagementsPerClient[index]!))
  const flat = plans.flat()
  // Coaching is sold in packages of sessions; mentoring meets as long as it is useful, and takes the rest.
  const packages = flat.map((plan) => (plan.prospect || plan.mentoring ? 0 : random.pick([6, 8, 8, 10, 12, 12])))
  const packaged = packages.reduce((sum, count) => sum + count, 0)
  const open = allocate(Math.max(0, size.sessions - packaged), flat.map((plan) => (plan.mentoring && !plan.prospect ? random.int(14, 30) : 0)))
  flat.forEach((plan, index) => placeSessions(random, plan, packages[index]! + open[index]!))
  const actionCounts = allocate(
    size.actions,
    flat.map((plan) => (plan.prospect ? 0 : plan.sessionDates.filter((date) => date < BASE_DATE).length * 2.5 + plan.goalCount * 3 + 1))
  )

  let planIndex = 0
  for (const [clientIndex, client] of clients.entries()) {
    for (const plan of plans[clientIndex]!) {
      await writeEngagement(client, plan, actionCounts[planIndex++]!)
    }
    options.onProgress?.(clientIndex + 1, clients.length)
  }
  await writeCoachingGroups(ok, random)
  return report

  function planEngagements(random: Random, count: number): EngagementPlan[] {
    const starts = Array.from({ length: count }, () => dayOffset(-random.int(21, YEARS_OF_PRACTICE * 365))).sort()
    return starts.map((start) => {
      const mentoring = random.chance(0.22)
      return {
        mentoring,
        start,
        prospect: random.chance(0.02),
        cadenceDays: mentoring ? random.int(21, 49) : random.pick([7, 14, 14, 14, 28]),
        sessionCount: 0,
        sessionDates: [],
        goalCount: mentoring ? random.int(0, 2) : random.int(2, 4),
        outcome: 'active'
      }
    })
  }

  function placeSessions(random: Random, plan: EngagementPlan, count: number): void {
    plan.sessionCount = count
    let date = plan.start
    for (let i = 0; i < count; i++) {
      plan.sessionDates.push(date)
      date = addDays(date, plan.cadenceDays + random.int(-3, 4))
    }
    const last = plan.sessionDates.at(-1) ?? plan.start
    if (plan.prospect) plan.outcome = 'active'
    else if (last < BASE_DATE) plan.outcome = random.chance(0.06) ? 'cancelled' : 'completed'
    else plan.outcome = random.chance(0.06) ? 'paused' : 'active'
  }

  async function writeEngagement(client: (typeof clients)[number], plan: EngagementPlan, actionCount: number): Promise<void> {
    const topics = random.sample(TOPICS, Math.max(plan.goalCount, 2))
    const voice: Voice = { given: client.person.given, colleague: () => person(random).given, topic: topics[0]! }
    const sponsor = client.sponsor && !plan.mentoring && random.chance(0.8) ? client.sponsor : null
    const engagement = await ok('engagements:create', {
      clientId: client.id,
      kindId: plan.mentoring ? kinds.Mentoring! : random.pick(coachingKinds),
      title: plan.mentoring ? null : random.chance(0.3) ? `${topics[0]!.area} programme` : null,
      sponsorOrganisationId: sponsor?.id ?? null,
      sponsorContactId: sponsor && sponsor.contactIds.length > 0 ? random.pick(sponsor.contactIds) : null,
      startDate: plan.prospect ? null : plan.start,
      plannedEndDate: plan.mentoring || plan.prospect ? null : (plan.sessionDates.at(-1) ?? null),
      plannedSessions: plan.mentoring ? null : plan.prospect ? undefined : plan.sessionCount,
      cadence: plan.mentoring ? 'as_needed' : plan.cadenceDays === 7 ? 'weekly' : plan.cadenceDays === 14 ? 'fortnightly' : 'monthly',
      fee:
        plan.mentoring && random.chance(0.7)
          ? null
          : {
              amountMinor: random.int(12, 60) * 1_000,
              currency: random.pick(['EUR', 'GBP', 'USD', 'NOK']),
              basis: random.pick(['per_session', 'package'] as const)
            },
      cancellationTerms: 'Sessions cancelled with less than 48 hours’ notice are charged in full.',
      confidentialityTerms: sponsor ? 'The sponsor receives attendance and goal progress only; session content stays confidential.' : '',
      sponsorReporting: sponsor ? random.pick(['none', 'progress', 'summary'] as const) : 'none',
      recordsConsentOn: plan.prospect ? null : plan.start,
      status: plan.prospect ? 'prospect' : 'active',
      statusDate: plan.prospect ? dayOffset(-random.int(1, 20)) : plan.start
    })
    report.engagements++
    if (plan.prospect) return
    await writeBilling(engagement, plan)

    const areaIds = plan.mentoring && random.chance(0.7) ? [] : await writeAssessment(engagement.id, plan, voice, topics, client.role)
    const goals = await writeGoals(engagement.id, plan, voice, topics, areaIds)
    await writeSessionsAndActions(engagement.id, plan, voice, topics, goals, actionCount)
    await closeEngagement(engagement.id, plan, voice, goals)
  }

  /**
   * How a contract is billed, drawn from what it already says (no more random numbers, so
   * the rest of the demo stays as it was): the sponsor pays when there is one; a package is
   * paid in two halves, at the start and at its middle session; a per-session contract bills
   * late cancellations with the 48 hours' notice its cancellation terms ask.
   */
  async function writeBilling(engagement: Engagement, plan: EngagementPlan): Promise<void> {
    const { fee } = engagement
    if (fee === null) return
    const middle = plan.sessionDates[Math.floor(plan.sessionDates.length / 2)] ?? plan.start
    const half = Math.floor(fee.amountMinor / 2)
    await ok('fees:update', {
      engagementId: engagement.id,
      payer: engagement.sponsorOrganisation ? 'sponsor' : 'client',
      lateCancellationBillable: fee.basis === 'per_session',
      lateCancellationNoticeHours: 48,
      instalments:
        fee.basis === 'package' && middle > plan.start
          ? [
              { dueOn: plan.start, amountMinor: half },
              { dueOn: middle, amountMinor: fee.amountMinor - half }
            ]
          : [],
      today: BASE_DATE
    })
  }

  async function writeAssessment(engagementId: number, plan: EngagementPlan, voice: Voice, topics: typeof TOPICS, role: string): Promise<number[]> {
    const shareable = random.chance(0.3)
    const written = intake(random, voice, role)
    const intakeNote = await ok('assessment:createIntakeNote', {
      engagementId,
      notedOn: plan.start,
      whatBrought: counted(written.whatBrought),
      context: counted(written.context),
      hopes: counted(written.hopes),
      shareable
    })
    const interviews: number[] = []
    for (let i = 0; i < random.int(0, 3); i++) {
      const said = interview(random, voice)
      const created = await ok('assessment:createInterview', {
        engagementId,
        stakeholderName: person(random).name,
        relationship: said.relationship,
        interviewedOn: addDays(plan.start, random.int(2, 12)),
        notes: counted(said.notes),
        shareable: random.chance(0.2)
      })
      interviews.push(created.id)
    }
    const competencies = random.sample(COMPETENCIES, random.int(4, 7))
    const groups = ['self', 'manager', 'peers', 'direct_reports'] as const
    const scores = competencies.flatMap((competency) =>
      groups.map((raterGroup) => ({ competency, raterGroup, score: Math.round((2 + random.next() * 3) * 10) / 10 }))
    )
    const result = await ok('assessment:createResult', {
      engagementId,
      instrument: '360_feedback',
      takenOn: addDays(plan.start, random.int(5, 20)),
      scores,
      interpretation: counted(interpretation(random, voice, competencies[0]!, competencies[1]!)),
      shareable: random.chance(0.4)
    })
    if (random.chance(0.35)) {
      const instrument = random.pick(['disc', 'mbti', 'strengthsfinder', 'eq_i', 'values'] as const)
      await ok('assessment:createResult', {
        engagementId,
        instrument,
        takenOn: addDays(plan.start, random.int(3, 15)),
        interpretation: counted(`Profile consistent with the interviews. ${voice.given} ${random.pick(voice.topic.behaviours)}.`),
        shareable: false
      })
    }
    const areaIds: number[] = []
    for (const topic of topics.slice(0, Math.max(plan.goalCount, 1))) {
      const evidence = [
        { kind: 'intake_note' as const, id: intakeNote.id },
        { kind: 'result' as const, id: result.id },
        ...interviews.slice(0, random.int(0, interviews.length)).map((id) => ({ kind: 'interview' as const, id }))
      ]
      const area = await ok('assessment:createGrowthArea', {
        engagementId,
        title: topic.area,
        description: counted(growthAreaDescription(random, { ...voice, topic })),
        agreedWithClient: random.chance(0.85),
        evidence
      })
      areaIds.push(area.id)
    }
    return areaIds
  }

  async function writeGoals(engagementId: number, plan: EngagementPlan, voice: Voice, topics: typeof TOPICS, areaIds: number[]) {
    const goals: { id: number; measure: 'rating' | 'number'; baseline: number; target: number }[] = []
    const closed = plan.outcome === 'completed' || plan.outcome === 'cancelled'
    for (let i = 0; i < plan.goalCount; i++) {
      const topic = topics[i % topics.length]!
      const template = random.pick(topic.goals)
      const deadline = plan.sessionDates.at(-1) ?? addDays(plan.start, 120)
      const goal = await ok('goals:create', {
        engagementId,
        statement: template.statement,
        whyItMatters: counted(goalWhy(random, voice)),
        successIndicator: template.unit ? `${template.target} ${template.unit}` : `Rated ${template.target} out of 10 by ${voice.given} and their manager`,
        observableBehaviours: counted(`Today ${voice.given} ${random.pick(topic.behaviours)}. Success: the team notices the difference without being told.`),
        measure: template.measure,
        unit: template.unit ?? null,
        unitOne: template.unitOne ?? null,
        baseline: template.baseline,
        target: template.target,
        deadline,
        priority: random.pick(['high', 'medium', 'medium', 'low'] as const),
        growthAreaId: areaIds[i] ?? null,
        status: closed
          ? random.weighted([['achieved', 60], ['on_track', 5], ['dropped', 10], ['at_risk', 25]] as const)
          : random.pick(['not_started', 'on_track', 'on_track', 'at_risk'] as const),
        confidence: random.int(3, 9)
      })
      goals.push({ id: goal.id, measure: template.measure, baseline: template.baseline, target: template.target })
      for (let m = 0; m < random.int(1, 2); m++) {
        await ok('actions:createMilestone', {
          goalId: goal.id,
          title: random.pick(['First conversation held', 'Halfway to target', 'Plan shared with the team', 'New routine kept for a month']),
          dueOn: addDays(plan.start, random.int(30, 150)),
          reached: closed && random.chance(0.7)
        })
      }
    }
    return goals
  }

  async function writeSessionsAndActions(
    engagementId: number,
    plan: EngagementPlan,
    voice: Voice,
    topics: typeof TOPICS,
    goals: { id: number; measure: 'rating' | 'number'; baseline: number; target: number }[],
    actionCount: number
  ): Promise<void> {
    const held = plan.sessionDates.filter((date) => date < BASE_DATE).length
    const planned = Math.min(actionCount, goals.length * 3)
    const perSession = allocate(actionCount - planned, Array.from({ length: held }, () => random.int(1, 4)))
    // The action plan agreed at the start, goal by goal.
    for (let i = 0; i < planned; i++) {
      const goal = goals[i % goals.length]!
      const topic = topics[i % topics.length]!
      await writeAction(engagementId, { ...voice, topic }, goal.id, null, addDays(plan.start, random.int(14, 90)))
    }
    // Then each session, with the commitments agreed in it and a progress rating now and then.
    for (const [index, date] of plan.sessionDates.entries()) {
      const past = date < BASE_DATE
      const topic = topics[index % topics.length]!
      const sessionVoice = { ...voice, topic }
      const status: ChannelInput<'sessions:create'>['status'] = !past
        ? 'scheduled'
        : random.weighted([['held', 90], ['cancelled', 6], ['no_show', 4]] as const)
      const notes = status === 'held' ? sessionNotes(random, sessionVoice) : ''
      const session = await ok('sessions:create', {
        engagementId,
        startsAt: sessionMoment(random, date),
        format: random.weighted([['video', 60], ['in_person', 30], ['phone', 10]] as const),
        billing: plan.mentoring && random.chance(0.6) ? 'pro_bono' : 'paid',
        status,
        agenda: counted(agenda(random, sessionVoice)),
        notes: note(notes),
        notesShareable: random.chance(0.25),
        privateObservations: note(status === 'held' && random.chance(0.7) ? privateObservation(random, sessionVoice) : ''),
        nextFocus: counted(status === 'held' ? nextFocus(random, sessionVoice) : ''),
        topicsDiscussed: counted(plan.mentoring && status === 'held' ? topicsDiscussed(random) : ''),
        adviceGiven: counted(plan.mentoring && status === 'held' && random.chance(0.7) ? adviceGiven(random) : ''),
        introductions:
          plan.mentoring && status === 'held' && random.chance(0.15)
            ? [{ introducedTo: person(random).name, ...introductionReason(random) }]
            : []
      })
      report.sessions++
      if (!past) continue
      const due = plan.sessionDates[index + 1] ?? addDays(date, plan.cadenceDays)
      for (let i = 0; i < (perSession[index] ?? 0); i++) {
        const goal = goals.length > 0 && random.chance(0.6) ? random.pick(goals) : null
        await writeAction(engagementId, sessionVoice, goal?.id ?? null, session.id, due)
      }
      if (status === 'held' && goals.length > 0 && random.chance(0.4)) {
        const goal = random.pick(goals)
        const progress = Math.min(1, (index + 1) / Math.max(plan.sessionDates.length, 1))
        const value = goal.baseline + (goal.target - goal.baseline) * progress * (0.6 + random.next() * 0.5)
        await ok('goals:createMeasurement', {
          goalId: goal.id,
          measuredOn: date,
          value: goal.measure === 'rating' ? Math.max(0, Math.min(10, Math.round(value))) : Math.round(value * 10) / 10,
          comment: random.chance(0.5) ? 'Rated together at the start of the session.' : '',
          sessionId: session.id
        })
      }
    }
  }

  async function writeAction(engagementId: number, voice: Voice, goalId: number | null, sessionId: number | null, dueOn: string) {
    const hurdle = random.chance(0.4) ? obstacle(random, voice) : { obstacles: '', overcome: '' }
    const action = await ok('actions:create', {
      engagementId,
      goalId,
      sessionId,
      description: counted(actionText(random, voice)),
      owner: random.weighted([['client', 85], ['coach', 10], ['sponsor', 5]] as const),
      dueOn,
      resources: random.chance(0.2) ? 'The stakeholder map from session two' : '',
      obstacles: counted(hurdle.obstacles),
      overcome: counted(hurdle.overcome),
      today: BASE_DATE
    })
    report.actions++
    if (dueOn < BASE_DATE) {
      const status = random.weighted([['done', 75], ['dropped', 10], ['open', 15]] as const)
      if (status !== 'open') {
        const doneOn = addDays(dueOn, random.int(-5, 3))
        await ok('actions:setStatus', { id: action.id, status, today: BASE_DATE, date: doneOn < BASE_DATE ? doneOn : BASE_DATE })
      }
    }
  }

  async function closeEngagement(
    engagementId: number,
    plan: EngagementPlan,
    voice: Voice,
    goals: { id: number; measure: 'rating' | 'number'; baseline: number; target: number }[]
  ): Promise<void> {
    const last = plan.sessionDates.filter((date) => date < BASE_DATE).at(-1) ?? plan.start
    const outcomes = (achieved: boolean) =>
      goals.map((goal) => ({
        goalId: goal.id,
        value: goal.measure === 'rating' ? Math.round(goal.target * (achieved ? 1 : 0.7)) : goal.target,
        achieved: achieved ? random.weighted([['yes', 60], ['partly', 30], ['no', 10]] as const) : null
      }))
    if (!plan.mentoring && plan.sessionDates.length >= 6) {
      const middle = plan.sessionDates[Math.floor(plan.sessionDates.length / 2)]!
      if (middle < BASE_DATE) {
        await ok('reviews:create', {
          engagementId,
          kind: 'midpoint',
          heldOn: middle,
          outcomes: outcomes(false),
          keyLearnings: counted(keyLearnings(random, voice)),
          sustainPlan: '',
          clientFeedback: counted(random.chance(0.5) ? clientFeedback(random) : '')
        })
      }
    }
    const afterLast = addDays(last, random.int(1, 10))
    const closedOn = afterLast < BASE_DATE ? afterLast : last
    if (plan.outcome === 'completed' && !plan.mentoring) {
      const review = await ok('reviews:create', {
        engagementId,
        kind: 'final',
        heldOn: closedOn,
        outcomes: outcomes(true),
        keyLearnings: counted(keyLearnings(random, voice)),
        sustainPlan: counted(sustainPlan(random, voice)),
        clientFeedback: counted(clientFeedback(random)),
        clientFeedbackShareable: random.chance(0.5),
        clientRating: random.int(7, 10),
        followUpOn: addDays(closedOn, 90)
      })
      await ok('reviews:complete', { id: review.id })
    } else if (plan.outcome !== 'active') {
      await ok('engagements:setStatus', {
        id: engagementId,
        status: plan.outcome,
        date: closedOn,
        note: plan.outcome === 'cancelled' ? 'Client changed roles; sponsor ended the programme.' : ''
      })
    }
  }
}
