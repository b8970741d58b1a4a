import type { Interview, InterviewFields } from '../../shared/assessment'
import type { ChannelArgs } from '../../shared/contract'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { toFlag } from '../db/values'
import { requireEngagement } from '../engagements'
import { notFound } from '../errors'
import { withShareable } from './shareable'

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

export async function listInterviews(db: Reader, engagementId: number): Promise<Interview[]> {
  const rows = await db
    .selectFrom('stakeholderInterviews')
    .select(INTERVIEW_COLUMNS)
    .where('engagementId', '=', engagementId)
    .orderBy('interviewedOn')
    .orderBy('id')
    .execute()
  return rows.map(withShareable)
}

async function getInterview(db: Reader, id: number): Promise<Interview> {
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

export async function createInterview(db: Writer, input: ChannelArgs<'assessment:createInterview'>): Promise<Interview> {
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

export async function updateInterview(db: Writer, input: ChannelArgs<'assessment:updateInterview'>): Promise<Interview> {
  const { id, ...fields } = input
  const result = await db
    .updateTable('stakeholderInterviews')
    .set({ ...interviewColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('interview')
  return getInterview(db, id)
}

export async function deleteInterview(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('stakeholderInterviews').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('interview')
  return { id }
}
