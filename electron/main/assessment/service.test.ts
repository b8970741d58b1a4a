import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

let call: Caller
let database: AppDatabase
let engagementId: number

beforeEach(async () => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
  engagementId = (await clientWithEngagement(call)).engagement.id
})
afterEach(() => database.close())

const SCORES = [
  { competency: 'Listening', raterGroup: 'self', score: 4.5 },
  { competency: 'Listening', raterGroup: 'direct_reports', score: 2.8 },
  { competency: 'Delegating', raterGroup: 'self', score: 4 },
  { competency: 'Delegating', raterGroup: 'manager', score: 2 }
] as const

describe('the assessment phase', () => {
  it('records intake notes, interviews and results, private to the coach unless marked shareable', async () => {
    const note = await call.ok('assessment:createIntakeNote', {
      engagementId,
      notedOn: '2026-01-05',
      whatBrought: 'A new team of twelve.',
      context: 'Promoted in December.',
      hopes: 'To stop working weekends.'
    })
    const interview = await call.ok('assessment:createInterview', {
      engagementId,
      stakeholderName: 'Sam Okafor',
      relationship: 'Manager',
      interviewedOn: '2026-01-08',
      notes: 'Wants more delegation.',
      shareable: true
    })
    const result = await call.ok('assessment:createResult', {
      engagementId,
      instrument: '360_feedback',
      takenOn: '2026-01-10',
      scores: [...SCORES],
      interpretation: 'Sees herself as a better listener than her team does.'
    })
    expect(note.shareable).toBe(false)
    expect(interview.shareable).toBe(true)
    expect(result).toMatchObject({ shareable: false, instrument: '360_feedback', instrumentName: null })
    expect(result.scores).toEqual(SCORES)
    const overview = await call.ok('assessment:overview', { engagementId })
    expect(overview).toEqual({ engagementId, intakeNotes: [note], interviews: [interview], results: [result], growthAreas: [] })
  })

  it('replaces the score table on edit, keeping the order typed', async () => {
    const result = await call.ok('assessment:createResult', {
      engagementId,
      instrument: '360_feedback',
      takenOn: '2026-01-10',
      scores: [...SCORES]
    })
    const edited = await call.ok('assessment:updateResult', {
      id: result.id,
      instrument: '360_feedback',
      takenOn: '2026-01-10',
      scores: [
        { competency: 'Vision', raterGroup: 'peers', score: 3 },
        { competency: 'Listening', raterGroup: 'self', score: 4 }
      ],
      shareable: true
    })
    expect(edited.scores.map((score) => score.competency)).toEqual(['Vision', 'Listening'])
    expect(countRows(database.sqlite, 'assessment_scores')).toBe(2)
  })

  it('agrees growth areas with the client, citing the evidence they came from', async () => {
    const note = await call.ok('assessment:createIntakeNote', { engagementId, notedOn: '2026-01-05', hopes: 'Weekends off' })
    const result = await call.ok('assessment:createResult', {
      engagementId,
      instrument: 'other',
      instrumentName: 'Hogan HPI',
      takenOn: '2026-01-10'
    })
    const area = await call.ok('assessment:createGrowthArea', {
      engagementId,
      title: 'Delegating',
      description: 'Hands work over too late.',
      evidence: [
        { kind: 'intake_note', id: note.id },
        { kind: 'result', id: result.id },
        { kind: 'intake_note', id: note.id }
      ]
    })
    expect(area).toMatchObject({ agreedWithClient: false, title: 'Delegating' })
    expect(area.evidence).toEqual([
      { kind: 'intake_note', id: note.id },
      { kind: 'result', id: result.id }
    ])
    const agreed = await call.ok('assessment:updateGrowthArea', {
      id: area.id,
      title: 'Delegating',
      agreedWithClient: true,
      evidence: [{ kind: 'result', id: result.id }]
    })
    expect(agreed).toMatchObject({ agreedWithClient: true, evidence: [{ kind: 'result', id: result.id }] })
  })

  it('drops the link, not the growth area, when a piece of evidence is deleted', async () => {
    const note = await call.ok('assessment:createIntakeNote', { engagementId, notedOn: '2026-01-05', hopes: 'Calm' })
    const area = await call.ok('assessment:createGrowthArea', {
      engagementId,
      title: 'Composure',
      evidence: [{ kind: 'intake_note', id: note.id }]
    })
    await call.ok('assessment:deleteIntakeNote', { id: note.id })
    const { growthAreas } = await call.ok('assessment:overview', { engagementId })
    expect(growthAreas).toEqual([{ ...area, evidence: [] }])
  })

  it("refuses evidence from another client's engagement", async () => {
    const { engagement: other } = await clientWithEngagement(call, {}, 'Someone Else')
    const theirs = await call.ok('assessment:createIntakeNote', { engagementId: other.id, notedOn: '2026-01-05', hopes: 'x' })
    const error = await call.fail('assessment:createGrowthArea', {
      engagementId,
      title: 'Delegating',
      evidence: [{ kind: 'intake_note', id: theirs.id }]
    })
    expect(error).toMatchObject({ code: 'invalid_input', field: 'evidence.0.id' })
    expect(await call.fail('assessment:createGrowthArea', {
      engagementId,
      title: 'Delegating',
      evidence: [{ kind: 'interview', id: 999 }]
    })).toMatchObject({ code: 'not_found', field: 'evidence.0.id' })
    expect(countRows(database.sqlite, 'growth_areas')).toBe(0)
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const cases: [Parameters<Caller['fail']>[0], Record<string, unknown>, string][] = [
      ['assessment:createIntakeNote', { engagementId, notedOn: '2026-01-05' }, 'whatBrought'],
      ['assessment:createIntakeNote', { engagementId, notedOn: '2026-13-01', hopes: 'x' }, 'notedOn'],
      ['assessment:createIntakeNote', { engagementId, notedOn: '2026-01-05', hopes: 'x', shareable: 'yes' }, 'shareable'],
      ['assessment:createInterview', { engagementId, stakeholderName: '', interviewedOn: '2026-01-05' }, 'stakeholderName'],
      ['assessment:createInterview', { engagementId, stakeholderName: 'Sam' }, 'interviewedOn'],
      ['assessment:createResult', { engagementId, instrument: 'tarot', takenOn: '2026-01-05' }, 'instrument'],
      ['assessment:createResult', { engagementId, instrument: 'other', takenOn: '2026-01-05' }, 'instrumentName'],
      [
        'assessment:createResult',
        { engagementId, instrument: 'disc', takenOn: '2026-01-05', scores: [SCORES[0], SCORES[1], SCORES[0]] },
        'scores.2.competency'
      ],
      [
        'assessment:createResult',
        { engagementId, instrument: 'disc', takenOn: '2026-01-05', scores: [{ competency: 'X', raterGroup: 'boss', score: 1 }] },
        'scores.0.raterGroup'
      ],
      [
        'assessment:createResult',
        { engagementId, instrument: 'disc', takenOn: '2026-01-05', scores: [{ competency: 'X', raterGroup: 'self', score: '4' }] },
        'scores.0.score'
      ],
      ['assessment:createGrowthArea', { engagementId, title: ' ' }, 'title'],
      ['assessment:createGrowthArea', { engagementId, title: 'A', evidence: [{ kind: 'email', id: 1 }] }, 'evidence.0.kind']
    ]
    for (const [channel, input, field] of cases) {
      const error = await call.fail(channel, input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '', JSON.stringify(input)).toBe(field)
    }
    for (const table of ['intake_notes', 'stakeholder_interviews', 'assessment_results', 'assessment_scores', 'growth_areas']) {
      expect(countRows(database.sqlite, table), table).toBe(0)
    }
  })

  it('answers not found for records that do not exist', async () => {
    expect(await call.fail('assessment:overview', { engagementId: 999 })).toMatchObject({ code: 'not_found' })
    expect(
      await call.fail('assessment:createIntakeNote', { engagementId: 999, notedOn: '2026-01-05', hopes: 'x' })
    ).toMatchObject({ code: 'not_found', field: 'engagementId' })
    for (const channel of [
      'assessment:deleteIntakeNote',
      'assessment:deleteInterview',
      'assessment:deleteResult',
      'assessment:deleteGrowthArea'
    ] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(
      await call.fail('assessment:updateResult', { id: 999, instrument: 'disc', takenOn: '2026-01-05' })
    ).toMatchObject({ code: 'not_found' })
  })
})

describe('list rows of the wrong shape (found by fuzzing)', () => {
  it('says what each score and piece of evidence needs, on the row at fault', async () => {
    expect(
      await call.fail('assessment:createResult', { engagementId, instrument: 'disc', takenOn: '2026-01-05', scores: [null] })
    ).toEqual({ code: 'invalid_input', field: 'scores.0', message: 'Each score needs a competency, a rater group and a score.' })
    expect(await call.fail('assessment:createGrowthArea', { engagementId, title: 'Listening', evidence: ['note'] })).toEqual({
      code: 'invalid_input',
      field: 'evidence.0',
      message: 'Each piece of evidence names an intake note, an interview or a result.'
    })
    expect(countRows(database.sqlite, 'assessment_results') + countRows(database.sqlite, 'growth_areas')).toBe(0)
  })
})
