import type { EvidenceKind, GrowthArea, GrowthAreaFields } from '../../shared/assessment'
import type { ChannelArgs } from '../../shared/contract'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { fromFlag, toFlag } from '../db/values'
import { requireEngagement } from '../engagements'
import { AppError, notFound } from '../errors'

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

async function evidenceByGrowthArea(db: Reader, growthAreaIds: number[]): Promise<Map<number, EvidenceRef[]>> {
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

export async function listGrowthAreas(db: Reader, engagementId: number): Promise<GrowthArea[]> {
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

export async function getGrowthArea(db: Reader, id: number): Promise<GrowthArea> {
  const row = await db.selectFrom('growthAreas').select(GROWTH_AREA_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('growth area')
  const evidence = await evidenceByGrowthArea(db, [id])
  return { ...row, agreedWithClient: fromFlag(row.agreedWithClient), evidence: evidence.get(id) ?? [] }
}

/** Evidence must come from the same engagement's assessment, or the link would leak across clients. */
async function checkEvidence(db: Reader, engagementId: number, evidence: EvidenceRef[]): Promise<void> {
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

async function replaceEvidence(db: Writer, growthAreaId: number, evidence: EvidenceRef[]): Promise<void> {
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

export async function createGrowthArea(db: Writer, input: ChannelArgs<'assessment:createGrowthArea'>): Promise<GrowthArea> {
  const { engagementId, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  await checkEvidence(db, engagementId, fields.evidence)
  const now = nowIso()
  const { id } = await db
    .insertInto('growthAreas')
    .values({ ...growthAreaColumns(fields), engagementId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceEvidence(db, id, fields.evidence)
  return getGrowthArea(db, id)
}

export async function updateGrowthArea(db: Writer, input: ChannelArgs<'assessment:updateGrowthArea'>): Promise<GrowthArea> {
  const { id, ...fields } = input
  const existing = await getGrowthArea(db, id)
  await checkEvidence(db, existing.engagementId, fields.evidence)
  await db
    .updateTable('growthAreas')
    .set({ ...growthAreaColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .execute()
  await replaceEvidence(db, id, fields.evidence)
  return getGrowthArea(db, id)
}

/** Titles of the given growth areas, for showing the link on goals. */
export async function growthAreaTitles(db: Reader, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('growthAreas').select(['id', 'title']).where('id', 'in', ids).execute()
  return new Map(rows.map((row) => [row.id, row.title]))
}

/** Goals that served it stay, without the link (foreign key SET NULL). */
export async function deleteGrowthArea(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('growthAreas').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('growth area')
  return { id }
}
