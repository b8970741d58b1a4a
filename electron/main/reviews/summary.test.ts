import { describe, expect, it } from 'vitest'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('the end-of-engagement summary', () => {
  it('tells the engagement: sessions n of N and hours, goals from baseline to final, actions done', async () => {
    const { engagement } = await clientWithEngagement(call, { plannedSessions: 6, sessionMinutes: 90, title: 'Leading the merger' })
    const engagementId = engagement.id
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate', baseline: 2, target: 8 })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 4 })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-04-01', value: 7 })
    for (const [startsAt, status] of [
      ['2026-01-12T09:00:00Z', 'held'],
      ['2026-01-26T09:00:00Z', 'cancelled'],
      ['2026-02-09T09:00:00Z', 'held'],
      ['2026-02-23T09:00:00Z', 'no_show'],
      ['2026-03-09T09:00:00Z', 'held']
    ] as const) {
      await call.ok('sessions:create', { engagementId, startsAt, status })
    }
    const action = await call.ok('actions:create', { engagementId, goalId: goal.id, description: 'Brief Sam', today: '2026-01-12' })
    await call.ok('actions:setStatus', { id: action.id, status: 'done', today: '2026-01-20' })
    await call.ok('actions:create', { engagementId, description: 'Read the book', today: '2026-01-12' })
    const final = await call.ok('reviews:create', {
      engagementId,
      kind: 'final',
      heldOn: '2026-06-30',
      outcomes: [{ goalId: goal.id, value: 8, achieved: 'yes' }],
      keyLearnings: 'Asking beats telling.',
      sustainPlan: 'Monthly check-in with Sam.',
      followUpOn: '2026-09-30',
      clientFeedback: 'Changed how I lead.',
      clientRating: 9
    })
    await call.ok('reviews:complete', { id: final.id })

    const summary = await call.ok('reviews:summary', { engagementId, audience: 'client' })
    expect(summary.engagement).toMatchObject({
      title: 'Leading the merger',
      clientName: 'Zoë Ødegård',
      kind: 'Executive coaching',
      status: 'completed',
      endedOn: '2026-06-30'
    })
    expect(summary.sessions).toEqual({
      held: 3,
      planned: 6,
      scheduled: 0,
      cancelled: 1,
      noShow: 1,
      heldMinutes: 270,
      heldHours: 4.5,
      firstHeldAt: '2026-01-12T09:00:00.000Z',
      lastHeldAt: '2026-03-09T09:00:00.000Z'
    })
    expect(summary.goals).toMatchObject([
      {
        statement: 'Delegate',
        baseline: 2,
        target: 8,
        latestValue: 7,
        finalValue: 8,
        achieved: 'yes',
        details: {
          measurements: [
            { measuredOn: '2026-02-01', value: 4 },
            { measuredOn: '2026-04-01', value: 7 }
          ]
        }
      }
    ])
    expect(summary.actions).toEqual({
      done: 1,
      open: 1,
      dropped: 0,
      doneItems: [{ description: 'Brief Sam', owner: 'client', doneOn: '2026-01-20' }]
    })
    expect(summary.sessionRecords?.map((record) => record.number)).toEqual([1, 2, 3])
    expect(summary.review).toEqual({
      kind: 'final',
      heldOn: '2026-06-30',
      completed: true,
      keyLearnings: 'Asking beats telling.',
      sustainPlan: 'Monthly check-in with Sam.',
      followUpOn: '2026-09-30',
      clientFeedback: { text: 'Changed how I lead.', rating: 9 }
    })
  })

  describe('confidentiality', () => {
    /** Never in any summary. */
    const PRIVATE = {
      clientNotes: 'SENTINEL-PRIVATE-client-notes',
      orgNotes: 'SENTINEL-PRIVATE-org-notes',
      contactNotes: 'SENTINEL-PRIVATE-contact-notes',
      cancellationTerms: 'SENTINEL-PRIVATE-cancellation-terms',
      confidentialityTerms: 'SENTINEL-PRIVATE-confidentiality-terms',
      statusNote: 'SENTINEL-PRIVATE-status-note',
      intakeWhat: 'SENTINEL-PRIVATE-intake-what',
      intakeContext: 'SENTINEL-PRIVATE-intake-context',
      intakeHopes: 'SENTINEL-PRIVATE-intake-hopes',
      interviewName: 'SENTINEL-PRIVATE-interview-name',
      interviewRelationship: 'SENTINEL-PRIVATE-interview-relationship',
      interviewNotes: 'SENTINEL-PRIVATE-interview-notes',
      resultName: 'SENTINEL-PRIVATE-result-instrument-name',
      resultCompetency: 'SENTINEL-PRIVATE-result-competency',
      resultInterpretation: 'SENTINEL-PRIVATE-result-interpretation',
      growthTitle: 'SENTINEL-PRIVATE-growth-area-title',
      growthDescription: 'SENTINEL-PRIVATE-growth-area-description',
      measurementComment: 'SENTINEL-PRIVATE-measurement-comment',
      sessionNotes: 'SENTINEL-PRIVATE-session-notes',
      observationsA: 'SENTINEL-PRIVATE-observations-in-shared-session',
      observationsB: 'SENTINEL-PRIVATE-observations-in-private-session',
      cancelledNotes: 'SENTINEL-PRIVATE-notes-of-cancelled-session'
    }
    /** The client's own material and the session detail: the client sees it, the sponsor never does. */
    const CLIENT_ONLY = {
      feedback: 'SENTINEL-CLIENT-feedback-not-shareable',
      whyItMatters: 'SENTINEL-CLIENT-why-it-matters',
      doneAction: 'SENTINEL-CLIENT-done-action',
      agenda: 'SENTINEL-CLIENT-agenda',
      advice: 'SENTINEL-CLIENT-advice',
      introducedTo: 'SENTINEL-CLIENT-introduced-to',
      milestone: 'SENTINEL-CLIENT-milestone'
    }
    /** Shareable or meant for the summary: the client, and the sponsor at the "summary" level. */
    const SHARED = {
      intake: 'SENTINEL-SHARED-intake-hopes',
      interview: 'SENTINEL-SHARED-interview-notes',
      result: 'SENTINEL-SHARED-result-interpretation',
      growthArea: 'SENTINEL-SHARED-agreed-growth-area',
      sessionNotes: 'SENTINEL-SHARED-session-notes',
      learnings: 'SENTINEL-SHARED-key-learnings',
      sustainPlan: 'SENTINEL-SHARED-sustain-plan'
    }
    /** Progress on goals: the client, and the sponsor from the "progress" level. */
    const PROGRESS = { goal: 'SENTINEL-PROGRESS-goal-statement' }

    async function engagementFullOfSecrets() {
      const org = await call.ok('organisations:create', { name: 'Nordlys AS', notes: PRIVATE.orgNotes })
      const contact = await call.ok('organisations:createContact', {
        organisationId: org.id,
        name: 'Pål Berg',
        notes: PRIVATE.contactNotes
      })
      const client = await call.ok('clients:create', { name: 'Zoë Ødegård', notes: PRIVATE.clientNotes })
      const kinds = (await call.ok('engagements:listKinds', {})).items
      const contract = {
        kindId: kinds.find((kind) => kind.name === 'Executive coaching')!.id,
        sponsorOrganisationId: org.id,
        sponsorContactId: contact.id,
        startDate: '2026-01-05',
        cancellationTerms: PRIVATE.cancellationTerms,
        confidentialityTerms: PRIVATE.confidentialityTerms
      }
      const engagement = await call.ok('engagements:create', {
        ...contract,
        clientId: client.id,
        status: 'active',
        statusDate: '2026-01-05'
      })
      const engagementId = engagement.id
      await call.ok('engagements:setStatus', { id: engagementId, status: 'paused', date: '2026-02-01', note: PRIVATE.statusNote })
      await call.ok('engagements:setStatus', { id: engagementId, status: 'active', date: '2026-02-15' })

      const privateNote = await call.ok('assessment:createIntakeNote', {
        engagementId,
        notedOn: '2026-01-05',
        whatBrought: PRIVATE.intakeWhat,
        context: PRIVATE.intakeContext,
        hopes: PRIVATE.intakeHopes
      })
      await call.ok('assessment:createIntakeNote', { engagementId, notedOn: '2026-01-06', hopes: SHARED.intake, shareable: true })
      await call.ok('assessment:createInterview', {
        engagementId,
        stakeholderName: PRIVATE.interviewName,
        relationship: PRIVATE.interviewRelationship,
        interviewedOn: '2026-01-07',
        notes: PRIVATE.interviewNotes
      })
      await call.ok('assessment:createInterview', {
        engagementId,
        stakeholderName: 'Sam Okafor',
        interviewedOn: '2026-01-08',
        notes: SHARED.interview,
        shareable: true
      })
      await call.ok('assessment:createResult', {
        engagementId,
        instrument: 'other',
        instrumentName: PRIVATE.resultName,
        takenOn: '2026-01-09',
        scores: [{ competency: PRIVATE.resultCompetency, raterGroup: 'peers', score: 2 }],
        interpretation: PRIVATE.resultInterpretation
      })
      await call.ok('assessment:createResult', {
        engagementId,
        instrument: 'strengthsfinder',
        takenOn: '2026-01-10',
        interpretation: SHARED.result,
        shareable: true
      })
      await call.ok('assessment:createGrowthArea', {
        engagementId,
        title: PRIVATE.growthTitle,
        description: PRIVATE.growthDescription,
        evidence: [{ kind: 'intake_note', id: privateNote.id }]
      })
      await call.ok('assessment:createGrowthArea', {
        engagementId,
        title: SHARED.growthArea,
        agreedWithClient: true,
        evidence: [{ kind: 'intake_note', id: privateNote.id }]
      })

      const goal = await call.ok('goals:create', {
        engagementId,
        statement: PROGRESS.goal,
        whyItMatters: CLIENT_ONLY.whyItMatters,
        baseline: 3,
        target: 8
      })
      await call.ok('goals:createMeasurement', {
        goalId: goal.id,
        measuredOn: '2026-03-01',
        value: 6,
        comment: PRIVATE.measurementComment
      })
      await call.ok('actions:createMilestone', { goalId: goal.id, title: CLIENT_ONLY.milestone, dueOn: '2026-04-01' })
      const done = await call.ok('actions:create', {
        engagementId,
        goalId: goal.id,
        description: CLIENT_ONLY.doneAction,
        today: '2026-01-12'
      })
      await call.ok('actions:setStatus', { id: done.id, status: 'done', today: '2026-01-20' })

      await call.ok('sessions:create', {
        engagementId,
        startsAt: '2026-01-12T09:00:00Z',
        status: 'held',
        agenda: CLIENT_ONLY.agenda,
        notes: SHARED.sessionNotes,
        notesShareable: true,
        privateObservations: PRIVATE.observationsA,
        adviceGiven: CLIENT_ONLY.advice,
        introductions: [{ introducedTo: CLIENT_ONLY.introducedTo }]
      })
      await call.ok('sessions:create', {
        engagementId,
        startsAt: '2026-01-26T09:00:00Z',
        status: 'held',
        notes: PRIVATE.sessionNotes,
        privateObservations: PRIVATE.observationsB
      })
      await call.ok('sessions:create', {
        engagementId,
        startsAt: '2026-02-09T09:00:00Z',
        status: 'cancelled',
        notes: PRIVATE.cancelledNotes,
        notesShareable: true
      })
      const review = await call.ok('reviews:create', {
        engagementId,
        kind: 'final',
        heldOn: '2026-06-30',
        outcomes: [{ goalId: goal.id, value: 8, achieved: 'yes' }],
        keyLearnings: SHARED.learnings,
        sustainPlan: SHARED.sustainPlan,
        clientFeedback: CLIENT_ONLY.feedback,
        clientRating: 9
      })
      return { engagementId, contract, review }
    }

    async function summaryText(engagementId: number, audience: 'client' | 'sponsor'): Promise<string> {
      return JSON.stringify(await call.ok('reviews:summary', { engagementId, audience }))
    }

    function expectNone(text: string, secrets: Record<string, string>, reader: string): void {
      for (const [name, secret] of Object.entries(secrets)) expect(text, `${reader} must not see ${name}`).not.toContain(secret)
    }

    function expectAll(text: string, shown: Record<string, string>, reader: string): void {
      for (const [name, value] of Object.entries(shown)) expect(text, `${reader} should see ${name}`).toContain(value)
    }

    it('never shows a sponsor anything private, at any reporting level, and only what the level allows', async () => {
      const { engagementId, contract } = await engagementFullOfSecrets()
      for (const level of ['none', 'progress', 'summary'] as const) {
        await call.ok('engagements:update', { ...contract, id: engagementId, sponsorReporting: level })
        const text = await summaryText(engagementId, 'sponsor')
        const reader = `the sponsor at level ${level}`
        expectNone(text, PRIVATE, reader)
        expectNone(text, CLIENT_ONLY, reader)
        if (level === 'none') expectNone(text, { ...SHARED, ...PROGRESS }, reader)
        if (level === 'progress') {
          expectAll(text, PROGRESS, reader)
          expectNone(text, SHARED, reader)
        }
        if (level === 'summary') expectAll(text, { ...SHARED, ...PROGRESS }, reader)
        expect(text).toContain('Nordlys AS')
      }
    })

    it('shows the sponsor only facts and session counts at level none', async () => {
      const { engagementId, contract } = await engagementFullOfSecrets()
      await call.ok('engagements:update', { ...contract, id: engagementId, sponsorReporting: 'none' })
      const summary = await call.ok('reviews:summary', { engagementId, audience: 'sponsor' })
      expect(summary.sessions).toMatchObject({ held: 2, cancelled: 1 })
      expect(summary).toMatchObject({
        goals: null,
        actions: null,
        milestones: null,
        assessment: null,
        sessionRecords: null,
        introductions: null,
        review: null
      })
    })

    it('gives the sponsor action counts and the introduction count at level progress, not the items', async () => {
      const { engagementId, contract } = await engagementFullOfSecrets()
      await call.ok('engagements:update', { ...contract, id: engagementId, sponsorReporting: 'progress' })
      const summary = await call.ok('reviews:summary', { engagementId, audience: 'sponsor' })
      expect(summary.actions).toEqual({ done: 1, open: 0, dropped: 0, doneItems: null })
      expect(summary.introductions).toEqual({ count: 1, items: null })
      expect(summary.goals).toMatchObject([{ baseline: 3, target: 8, finalValue: 8, achieved: 'yes', details: null }])
    })

    it('shows the client everything but the private material', async () => {
      const { engagementId } = await engagementFullOfSecrets()
      const text = await summaryText(engagementId, 'client')
      expectNone(text, PRIVATE, 'the client')
      expectAll(text, { ...CLIENT_ONLY, ...SHARED, ...PROGRESS }, 'the client')
    })

    it("shows the sponsor the client's feedback only once it is marked shareable", async () => {
      const { engagementId, contract, review } = await engagementFullOfSecrets()
      await call.ok('engagements:update', { ...contract, id: engagementId, sponsorReporting: 'summary' })
      await call.ok('reviews:update', {
        id: review.id,
        heldOn: review.heldOn,
        keyLearnings: review.keyLearnings,
        clientFeedback: review.clientFeedback,
        clientFeedbackShareable: true,
        clientRating: 9
      })
      const summary = await call.ok('reviews:summary', { engagementId, audience: 'sponsor' })
      expect(summary.review?.clientFeedback).toEqual({ text: CLIENT_ONLY.feedback, rating: 9 })
    })
  })
})
