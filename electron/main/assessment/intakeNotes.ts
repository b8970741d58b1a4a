import type { IntakeNote, IntakeNoteFields } from '../../shared/assessment'
import type { ChannelArgs } from '../../shared/contract'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { toFlag } from '../db/values'
import { requireEngagement } from '../engagements'
import { notFound } from '../errors'
import { withShareable } from './shareable'

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

export async function listIntakeNotes(db: Reader, engagementId: number): Promise<IntakeNote[]> {
  const rows = await db
    .selectFrom('intakeNotes')
    .select(INTAKE_NOTE_COLUMNS)
    .where('engagementId', '=', engagementId)
    .orderBy('notedOn')
    .orderBy('id')
    .execute()
  return rows.map(withShareable)
}

async function getIntakeNote(db: Reader, id: number): Promise<IntakeNote> {
  const row = await db.selectFrom('intakeNotes').select(INTAKE_NOTE_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('intake note')
  return withShareable(row)
}

function intakeNoteColumns(fields: IntakeNoteFields) {
  return { ...fields, shareable: toFlag(fields.shareable) }
}

export async function createIntakeNote(db: Writer, input: ChannelArgs<'assessment:createIntakeNote'>): Promise<IntakeNote> {
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

export async function updateIntakeNote(db: Writer, input: ChannelArgs<'assessment:updateIntakeNote'>): Promise<IntakeNote> {
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
export async function deleteIntakeNote(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('intakeNotes').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('intake note')
  return { id }
}
