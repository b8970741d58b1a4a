import type { Reader } from '../db/door'
import { AppError, notFound } from '../errors'

/**
 * Checks that a session another record points to (an action's or a measurement's
 * `sessionId`) exists and belongs to the same engagement. Kept apart from service.ts,
 * which reads actions, so imports never go round in a circle.
 */
export async function requireSessionOfEngagement(
  db: Reader,
  sessionId: number,
  engagementId: number,
  field = 'sessionId'
): Promise<void> {
  const row = await db.selectFrom('sessions').select('engagementId').where('id', '=', sessionId).executeTakeFirst()
  if (!row) throw notFound('session', field)
  if (row.engagementId !== engagementId) {
    throw new AppError(
      'invalid_input',
      "That session belongs to another engagement: choose one of this engagement's sessions.",
      field
    )
  }
}

/** A session's engagement and status, for the records that hang off a session (its late cancellation). */
export async function sessionStatusOf(db: Reader, sessionId: number, field = 'sessionId'): Promise<{ engagementId: number; status: string }> {
  const row = await db.selectFrom('sessions').select(['engagementId', 'status']).where('id', '=', sessionId).executeTakeFirst()
  if (!row) throw notFound('session', field)
  return row
}

/** The engagement a session belongs to, for the records attached to it. */
export async function engagementOfSession(db: Reader, sessionId: number, field?: string): Promise<number> {
  const row = await db.selectFrom('sessions').select('engagementId').where('id', '=', sessionId).executeTakeFirst()
  if (!row) throw notFound('session', field)
  return row.engagementId
}
