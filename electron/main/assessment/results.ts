import type { AssessmentResult, ResultFields, Score } from '../../shared/assessment'
import type { ChannelArgs } from '../../shared/contract'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { toFlag } from '../db/values'
import { requireEngagement } from '../engagements'
import { notFound } from '../errors'
import { withShareable } from './shareable'

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
async function scoresByResult(db: Reader, resultIds: number[]): Promise<Map<number, Score[]>> {
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

export async function listResults(db: Reader, engagementId: number): Promise<AssessmentResult[]> {
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

async function getResult(db: Reader, id: number): Promise<AssessmentResult> {
  const row = await db.selectFrom('assessmentResults').select(RESULT_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('assessment result')
  const scores = await scoresByResult(db, [id])
  return { ...withShareable(row), scores: scores.get(id) ?? [] }
}

function resultColumns(fields: ResultFields) {
  const { scores: _scores, ...columns } = fields
  return { ...columns, shareable: toFlag(fields.shareable) }
}

async function replaceScores(db: Writer, resultId: number, scores: Score[]): Promise<void> {
  await db.deleteFrom('assessmentScores').where('resultId', '=', resultId).execute()
  if (scores.length === 0) return
  await db
    .insertInto('assessmentScores')
    .values(scores.map((score, position) => ({ ...score, resultId, position })))
    .execute()
}

export async function createResult(db: Writer, input: ChannelArgs<'assessment:createResult'>): Promise<AssessmentResult> {
  const { engagementId, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  const now = nowIso()
  const { id } = await db
    .insertInto('assessmentResults')
    .values({ ...resultColumns(fields), engagementId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceScores(db, id, fields.scores)
  return getResult(db, id)
}

export async function updateResult(db: Writer, input: ChannelArgs<'assessment:updateResult'>): Promise<AssessmentResult> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('assessmentResults')
    .set({ ...resultColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('assessment result')
  await replaceScores(db, id, fields.scores)
  return getResult(db, id)
}

export async function deleteResult(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('assessmentResults').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('assessment result')
  return { id }
}

/** The engagement an assessment result belongs to, for the records attached to it. */
export async function engagementOfResult(db: Reader, resultId: number, field?: string): Promise<number> {
  const row = await db.selectFrom('assessmentResults').select('engagementId').where('id', '=', resultId).executeTakeFirst()
  if (!row) throw notFound('assessment result', field)
  return row.engagementId
}
