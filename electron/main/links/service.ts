import { sql } from 'kysely'
import { recordLinkUrl, type LinkedKind, type LinkedRecord, type RecordLink } from '../../shared/links'
import type { Reader } from '../db/door'
import { notFound } from '../errors'

/** The table a kind of linked record lives in. */
function tableOf(kind: LinkedKind): string {
  return `${kind}s`
}

/** The record a link names, by its global id; null when this practice has no such record. */
export async function resolveRecordLink(db: Reader, { kind, uid }: RecordLink): Promise<LinkedRecord> {
  if (kind === 'session') {
    const { rows } = await sql<{ id: number; engagementId: number }>`SELECT id, engagement_id FROM sessions WHERE uid = ${uid}`.execute(db)
    const session = rows[0]
    return session ? { kind, engagementId: session.engagementId, sessionId: session.id } : null
  }
  const id = await idOf(db, kind, uid)
  if (id === null) return null
  return kind === 'client' ? { kind, clientId: id } : { kind, engagementId: id }
}

/** The link that opens a record. */
export async function linkForRecord(db: Reader, { kind, id }: { kind: LinkedKind; id: number }): Promise<{ url: string }> {
  const { rows } = await sql<{ uid: string }>`SELECT uid FROM ${sql.table(tableOf(kind))} WHERE id = ${id}`.execute(db)
  const uid = rows[0]?.uid
  if (!uid) throw notFound(kind, 'id')
  return { url: recordLinkUrl({ kind, uid }) }
}

async function idOf(db: Reader, kind: LinkedKind, uid: string): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`SELECT id FROM ${sql.table(tableOf(kind))} WHERE uid = ${uid}`.execute(db)
  return rows[0]?.id ?? null
}
