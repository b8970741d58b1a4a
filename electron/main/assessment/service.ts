import type { Kysely } from 'kysely'
import type {
  AssessmentOverview,
  AssessmentResult,
  EvidenceKind,
  GrowthArea,
  GrowthAreaFields,
  IntakeNote,
  IntakeNoteFields,
  Interview,
  InterviewFields,
  ResultFields,
  Score
} from '../../shared/assessment'
import type { ChannelArgs } from '../../shared/contract'
import { nowIso } from '../clock'
import type { DB } from '../db/schema'
import { fromFlag, toFlag } from '../db/values'
import { AppError, notFound } from '../errors'
import { requireEngagement } from '../engagements/lookup'

type Db = Kysely<DB>

function withShareable<T extends { shareable: number }>(row: T): Omit<T, 'shareable'> & { shareable: boolean } {
  return { ...row, shareable: fromFlag(row.shareable) }
}

async function countRows(
  db: Db,
  table: 'intakeNotes' | 'stakeholderInterviews' | 'assessmentResults' | 'growthAreas',
  engagementId: number
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('engagementId', '=', engagementId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** For the "what goes with this engagement" question before deleting it. */
export async function assessmentCountsForEngagement(db: Db, engagementId: number) {
  const [intakeNotes, stakeholderInterviews, assessmentResults, growthAreas] = await Promise.all([
    countRows(db, 'intakeNotes', engagementId),
    countRows(db, 'stakeholderInterviews', engagementId),
    countRows(db, 'assessmentResults', engagementId),
    countRows(db, 'growthAreas', engagementId)
  ])
  return { intakeNotes, stakeholderInterviews, assessmentResults, growthAreas }
}

// ---- Intake notes -------------------------------------------------------------------

const INTAKE_NOTE_COLUMNS = [
  'id',
  'engagementId',
  'notedOn',
  'whatBrought',
  'context',
  'hopes',
  'shareable',
  'createdAt',
  'updatedAt'
] as const

async function listIntakeNotes(db: Db, engagementId: number): Promise<IntakeNote[]> {
  const rows = await db
    .selectFrom('intakeNotes')
    .select(INTAKE_NOTE_COLUMNS)
    .where('engagementId', '=', engagementId)
    .orderBy('notedOn')
    .orderBy('id')
    .execute()
  return rows.map(withShareable)
}

async function getIntakeNote(db: Db, id: number): Promise<IntakeNote> {
  const row = await db.selectFrom('intakeNotes').select(INTAKE_NOTE_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('intake note')
  return withShareable(row)
}

function intakeNoteColumns(fields: IntakeNoteFields) {
  return { ...fields, shareable: toFlag(fields.shareable) }
}

export async function createIntakeNote(db: Db, input: ChannelArgs<'assessment:createIntakeNote'>): Promise<IntakeNote> {
  const { engagementId, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  const now = nowIso()
  const { id } = await db
    .insertInto('intakeNotes')
    .values({ ...intakeNoteColumns(fields), engagementId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getIntakeNote(db, id)
}

export async function updateIntakeNote(db: Db, input: ChannelArgs<'assessment:updateIntakeNote'>): Promise<IntakeNote> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('intakeNotes')
    .set({ ...intakeNoteColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('intake note')
  return getIntakeNote(db, id)
}

/** Growth areas that cited it lose that piece of evidence, nothing more. */
export async function deleteIntakeNote(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('intakeNotes').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('intake note')
  return { id }
}

// ---- Stakeholder interviews -----------------------------------------------------------

const INTERVIEW_COLUMNS = [
  'id',
  'engagementId',
  'stakeholderName',
  'relationship',
  'interviewedOn',
  'notes',
  'shareable',
  'createdAt',
  'updatedAt'
] as const

async function listInterviews(db: Db, engagementId: number): Promise<Interview[]> {
  const rows = await db
    .selectFrom('stakeholderInterviews')
    .select(INTERVIEW_COLUMNS)
    .where('engagementId', '=', engagementId)
    .orderBy('interviewedOn')
    .orderBy('id')
    .execute()
  return rows.map(withShareable)
}

async function getInterview(db: Db, id: number): Promise<Interview> {
  const row = await db
    .selectFrom('stakeholderInterviews')
    .select(INTERVIEW_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('interview')
  return withShareable(row)
}

function interviewColumns(fields: InterviewFields) {
  return { ...fields, shareable: toFlag(fields.shareable) }
}

export async function createInterview(db: Db, input: ChannelArgs<'assessment:createInterview'>): Promise<Interview> {
  const { engagementId, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  const now = nowIso()
  const { id } = await db
    .insertInto('stakeholderInterviews')
    .values({ ...interviewColumns(fields), engagementId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getInterview(db, id)
}

export async function updateInterview(db: Db, input: ChannelArgs<'assessment:updateInterview'>): Promise<Interview> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('stakeholderInterviews')
    .set({ ...interviewColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('interview')
  return getInterview(db, id)
}

export async function deleteInterview(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('stakeholderInterviews').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('interview')
  return { id }
}

// ---- Assessment results ---------------------------------------------------------------

const RESULT_COLUMNS = [
  'id',
  'engagementId',
  'instrument',
  'instrumentName',
  'takenOn',
  'interpretation',
  'shareable',
  'createdAt',
  'updatedAt'
] as const

/** Every score of the given results in one query, grouped by result, in the order typed. */
async function scoresByResult(db: Db, resultIds: number[]): Promise<Map<number, Score[]>> {
  const byResult = new Map<number, Score[]>()
  if (resultIds.length === 0) return byResult
  const rows = await db
    .selectFrom('assessmentScores')
    .select(['resultId', 'competency', 'raterGroup', 'score'])
    .where('resultId', 'in', resultIds)
    .orderBy('resultId')
    .orderBy('position')
    .execute()
  for (const { resultId, ...score } of rows) {
    const list = byResult.get(resultId) ?? []
    list.push(score)
    byResult.set(resultId, list)
  }
  return byResult
}

async function listResults(db: Db, engagementId: number): Promise<AssessmentResult[]> {
  const rows = await db
    .selectFrom('assessmentResults')
    .select(RESULT_COLUMNS)
    .where('engagementId', '=', engagementId)
    .orderBy('takenOn')
    .orderBy('id')
    .execute()
  const scores = await scoresByResult(
    db,
    rows.map((row) => row.id)
  )
  return rows.map((row) => ({ ...withShareable(row), scores: scores.get(row.id) ?? [] }))
}

async function getResult(db: Db, id: number): Promise<AssessmentResult> {
  const row = await db.selectFrom('assessmentResults').select(RESULT_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('assessment result')
  const scores = await scoresByResult(db, [id])
  return { ...withShareable(row), scores: scores.get(id) ?? [] }
}

function resultColumns(fields: ResultFields) {
  const { scores: _scores, ...columns } = fields
  return { ...columns, shareable: toFlag(fields.shareable) }
}

async function replaceScores(db: Db, resultId: number, scores: Score[]): Promise<void> {
  await db.deleteFrom('assessmentScores').where('resultId', '=', resultId).execute()
  if (scores.length === 0) return
  await db
    .insertInto('assessmentScores')
    .values(scores.map((score, position) => ({ ...score, resultId, position })))
    .execute()
}

export async function createResult(db: Db, input: ChannelArgs<'assessment:createResult'>): Promise<AssessmentResult> {
  const { engagementId, ...fields } = input
  const id = await db.transaction().execute(async (trx) => {
    await requireEngagement(trx, engagementId, 'engagementId')
    const now = nowIso()
    const { id } = await trx
      .insertInto('assessmentResults')
      .values({ ...resultColumns(fields), engagementId, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceScores(trx, id, fields.scores)
    return id
  })
  return getResult(db, id)
}

export async function updateResult(db: Db, input: ChannelArgs<'assessment:updateResult'>): Promise<AssessmentResult> {
  const { id, ...fields } = input
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('assessmentResults')
      .set({ ...resultColumns(fields), updatedAt: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound('assessment result')
    await replaceScores(trx, id, fields.scores)
  })
  return getResult(db, id)
}

export async function deleteResult(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('assessmentResults').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('assessment result')
  return { id }
}

// ---- Growth areas ---------------------------------------------------------------------

type EvidenceRef = GrowthAreaFields['evidence'][number]

const EVIDENCE_TABLES = {
  intake_note: { table: 'intakeNotes', column: 'intakeNoteId', what: 'intake note' },
  interview: { table: 'stakeholderInterviews', column: 'interviewId', what: 'interview' },
  result: { table: 'assessmentResults', column: 'resultId', what: 'assessment result' }
} as const

type EvidenceRow = { intakeNoteId: number | null; interviewId: number | null; resultId: number | null }

function evidenceRefOf(row: EvidenceRow): EvidenceRef {
  if (row.intakeNoteId !== null) return { kind: 'intake_note', id: row.intakeNoteId }
  if (row.interviewId !== null) return { kind: 'interview', id: row.interviewId }
  return { kind: 'result', id: row.resultId ?? 0 }
}

async function evidenceByGrowthArea(db: Db, growthAreaIds: number[]): Promise<Map<number, EvidenceRef[]>> {
  const byArea = new Map<number, EvidenceRef[]>()
  if (growthAreaIds.length === 0) return byArea
  const rows = await db
    .selectFrom('growthAreaEvidence')
    .select(['growthAreaId', 'intakeNoteId', 'interviewId', 'resultId'])
    .where('growthAreaId', 'in', growthAreaIds)
    .orderBy('id')
    .execute()
  for (const row of rows) {
    const list = byArea.get(row.growthAreaId) ?? []
    list.push(evidenceRefOf(row))
    byArea.set(row.growthAreaId, list)
  }
  return byArea
}

const GROWTH_AREA_COLUMNS = [
  'id',
  'engagementId',
  'title',
  'description',
  'agreedWithClient',
  'createdAt',
  'updatedAt'
] as const

async function listGrowthAreas(db: Db, engagementId: number): Promise<GrowthArea[]> {
  const rows = await db
    .selectFrom('growthAreas')
    .select(GROWTH_AREA_COLUMNS)
    .where('engagementId', '=', engagementId)
    .orderBy('id')
    .execute()
  const evidence = await evidenceByGrowthArea(
    db,
    rows.map((row) => row.id)
  )
  return rows.map((row) => ({
    ...row,
    agreedWithClient: fromFlag(row.agreedWithClient),
    evidence: evidence.get(row.id) ?? []
  }))
}

export async function getGrowthArea(db: Db, id: number): Promise<GrowthArea> {
  const row = await db.selectFrom('growthAreas').select(GROWTH_AREA_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('growth area')
  const evidence = await evidenceByGrowthArea(db, [id])
  return { ...row, agreedWithClient: fromFlag(row.agreedWithClient), evidence: evidence.get(id) ?? [] }
}

/** Evidence must come from the same engagement's assessment, or the link would leak across clients. */
async function checkEvidence(db: Db, engagementId: number, evidence: EvidenceRef[]): Promise<void> {
  for (const [index, ref] of evidence.entries()) {
    const { table, what } = EVIDENCE_TABLES[ref.kind]
    const row = await db.selectFrom(table).select('engagementId').where('id', '=', ref.id).executeTakeFirst()
    if (!row) throw notFound(what, `evidence.${index}.id`)
    if (row.engagementId !== engagementId) {
      throw new AppError(
        'invalid_input',
        `That ${what} belongs to another engagement: link evidence from this engagement's assessment.`,
        `evidence.${index}.id`
      )
    }
  }
}

function evidenceColumn(kind: EvidenceKind, id: number) {
  const column = EVIDENCE_TABLES[kind].column
  return {
    intakeNoteId: column === 'intakeNoteId' ? id : null,
    interviewId: column === 'interviewId' ? id : null,
    resultId: column === 'resultId' ? id : null
  }
}

async function replaceEvidence(db: Db, growthAreaId: number, evidence: EvidenceRef[]): Promise<void> {
  await db.deleteFrom('growthAreaEvidence').where('growthAreaId', '=', growthAreaId).execute()
  if (evidence.length === 0) return
  await db
    .insertInto('growthAreaEvidence')
    .values(evidence.map((ref) => ({ growthAreaId, ...evidenceColumn(ref.kind, ref.id) })))
    .execute()
}

function growthAreaColumns(fields: GrowthAreaFields) {
  const { evidence: _evidence, ...columns } = fields
  return { ...columns, agreedWithClient: toFlag(fields.agreedWithClient) }
}

export async function createGrowthArea(db: Db, input: ChannelArgs<'assessment:createGrowthArea'>): Promise<GrowthArea> {
  const { engagementId, ...fields } = input
  const id = await db.transaction().execute(async (trx) => {
    await requireEngagement(trx, engagementId, 'engagementId')
    await checkEvidence(trx, engagementId, fields.evidence)
    const now = nowIso()
    const { id } = await trx
      .insertInto('growthAreas')
      .values({ ...growthAreaColumns(fields), engagementId, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceEvidence(trx, id, fields.evidence)
    return id
  })
  return getGrowthArea(db, id)
}

export async function updateGrowthArea(db: Db, input: ChannelArgs<'assessment:updateGrowthArea'>): Promise<GrowthArea> {
  const { id, ...fields } = input
  await db.transaction().execute(async (trx) => {
    const existing = await getGrowthArea(trx, id)
    await checkEvidence(trx, existing.engagementId, fields.evidence)
    await trx
      .updateTable('growthAreas')
      .set({ ...growthAreaColumns(fields), updatedAt: nowIso() })
      .where('id', '=', id)
      .execute()
    await replaceEvidence(trx, id, fields.evidence)
  })
  return getGrowthArea(db, id)
}

/** Titles of the given growth areas, for showing the link on goals. */
export async function growthAreaTitles(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('growthAreas').select(['id', 'title']).where('id', 'in', ids).execute()
  return new Map(rows.map((row) => [row.id, row.title]))
}

/** Goals that served it stay, without the link (foreign key SET NULL). */
export async function deleteGrowthArea(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('growthAreas').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('growth area')
  return { id }
}

// ---- The whole assessment phase ------------------------------------------------------------

export async function assessmentOverview(db: Db, engagementId: number): Promise<AssessmentOverview> {
  await requireEngagement(db, engagementId)
  const [intakeNotes, interviews, results, growthAreas] = await Promise.all([
    listIntakeNotes(db, engagementId),
    listInterviews(db, engagementId),
    listResults(db, engagementId),
    listGrowthAreas(db, engagementId)
  ])
  return { engagementId, intakeNotes, interviews, results, growthAreas }
}
