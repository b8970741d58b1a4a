import type Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import type { Attachment, AttachmentOwner } from '../../shared/attachments'
import { engagementOfResult } from '../assessment'
import { getClient } from '../clients'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { requireEngagement } from '../engagements'
import { notFound } from '../errors'
import { engagementOfSession } from '../sessions'
import type { PickedFile } from './files'

const LISTED = ['id', 'name', 'mediaType', 'size', 'sha256', 'addedAt'] as const

/** Where an attachment hangs: its client always, and the engagement, result or session it is on. */
export interface Links {
  clientId: number
  engagementId: number | null
  assessmentResultId: number | null
  sessionId: number | null
}

/** The links of a new attachment on `owner`, each record checked to exist. */
async function linksOf(db: Reader, owner: AttachmentOwner): Promise<Links> {
  const none = { engagementId: null, assessmentResultId: null, sessionId: null }
  const ofEngagement = async (engagementId: number) => (await requireEngagement(db, engagementId, 'on')).clientId
  switch (owner.kind) {
    case 'client':
      return { ...none, clientId: (await getClient(db, owner.id)).id }
    case 'engagement':
      return { ...none, clientId: await ofEngagement(owner.id), engagementId: owner.id }
    case 'result': {
      const engagementId = await engagementOfResult(db, owner.id, 'on')
      return { ...none, clientId: await ofEngagement(engagementId), engagementId, assessmentResultId: owner.id }
    }
    case 'session': {
      const engagementId = await engagementOfSession(db, owner.id, 'on')
      return { ...none, clientId: await ofEngagement(engagementId), engagementId, sessionId: owner.id }
    }
  }
}

/** The record's own attachments, newest first: those on its engagements, results or sessions are listed there. */
export async function listAttachments(db: Reader, owner: AttachmentOwner): Promise<{ items: Attachment[] }> {
  let query = db.selectFrom('attachments').select(LISTED)
  if (owner.kind === 'client') query = query.where('clientId', '=', owner.id).where('engagementId', 'is', null)
  if (owner.kind === 'engagement') {
    query = query.where('engagementId', '=', owner.id).where('assessmentResultId', 'is', null).where('sessionId', 'is', null)
  }
  if (owner.kind === 'result') query = query.where('assessmentResultId', '=', owner.id)
  if (owner.kind === 'session') query = query.where('sessionId', '=', owner.id)
  return { items: await query.orderBy('addedAt', 'desc').orderBy('id', 'desc').execute() }
}

async function requireAttachment(db: Reader, id: number): Promise<Attachment> {
  const row = await db.selectFrom('attachments').select(LISTED).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('attachment')
  return row
}

/**
 * Stores the file on the record: its bytes once per distinct content (a file attached
 * twice is kept once), its row with name, type, size and hash, in one transaction.
 */
export async function addAttachment(db: Writer, file: PickedFile, owner: AttachmentOwner): Promise<Attachment> {
  const links = await linksOf(db, owner)
  await db
    .insertInto('attachmentContents')
    .values({ sha256: file.sha256, bytes: file.bytes })
    .onConflict((conflict) => conflict.column('sha256').doNothing())
    .execute()
  const { id } = await db
    .insertInto('attachments')
    .values({ ...links, name: file.name, mediaType: file.mediaType, size: file.bytes.length, sha256: file.sha256, addedAt: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow()
  return requireAttachment(db, id)
}

/**
 * Takes the attachment off its record. Its bytes stay in the file while Undo can bring it
 * back (until Coachbook quits); the next open forgets them (forgetUnusedContents).
 */
export async function deleteAttachment(db: Writer, id: number): Promise<{ id: number }> {
  await requireAttachment(db, id)
  await db.deleteFrom('attachments').where('id', '=', id).execute()
  return { id }
}

/** The attachment with its bytes, for opening or exporting it. */
export async function attachmentWithContents(db: Reader, id: number): Promise<Attachment & { bytes: Uint8Array }> {
  const attachment = await requireAttachment(db, id)
  const contents = await db.selectFrom('attachmentContents').select('bytes').where('sha256', '=', attachment.sha256).executeTakeFirst()
  if (!contents) throw notFound('attachment’s file')
  return { ...attachment, bytes: contents.bytes }
}

/** Every attachment of a client, with where it hangs, oldest first: the client's export. */
export async function attachmentsOfClient(db: Reader, clientId: number) {
  return db
    .selectFrom('attachments')
    .select([...LISTED, 'engagementId', 'assessmentResultId', 'sessionId'])
    .where('clientId', '=', clientId)
    .orderBy('id')
    .execute()
}

/** Puts an imported attachment back with its bytes, checked against the hash it came with by the caller. */
export async function restoreAttachment(db: Writer, links: Links, attachment: Omit<Attachment, 'id'>, bytes: Uint8Array): Promise<number> {
  await db.insertInto('attachmentContents').values({ sha256: attachment.sha256, bytes }).onConflict((conflict) => conflict.column('sha256').doNothing()).execute()
  const { id } = await db.insertInto('attachments').values({ ...links, ...attachment }).returning('id').executeTakeFirstOrThrow()
  return id
}

/** Contents no attachment names any more: an attachment deleted, or its record. */
const UNUSED_CONTENTS = 'DELETE FROM attachment_contents WHERE sha256 NOT IN (SELECT sha256 FROM attachments)'

/**
 * Forgets the bytes no attachment names any more. At every open (Undo's steps are gone by
 * then), and in an erasure (which clears them): its freed space is then overwritten.
 */
export function forgetUnusedContents(connection: Database.Database): number {
  return connection.prepare(UNUSED_CONTENTS).run().changes
}

/** The same, inside a write of the door (an erasure, once its records are gone). */
export async function forgetUnusedContentsIn(db: Writer): Promise<void> {
  await sql.raw(UNUSED_CONTENTS).execute(db)
}
