import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { MAX_ATTACHMENT_BYTES } from '../../shared/attachments'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import {
  CLIENT_BUNDLE_EXTENSION,
  CLIENT_EXPORT_FILES,
  CLIENT_EXPORT_FORMAT,
  CLIENT_EXPORT_VERSION,
  clientExportSchema,
  type ClientExport,
  type ImportPreview,
  type RetentionItem
} from '../../shared/privacy'
import { clearOpenedCopies, sha256Of } from '../attachments'
import { getClient } from '../clients'
import { localToday } from '../clock'
import type { DoorFor, Reader, Writer } from '../db/door'
import { nameCollator } from '../db/values'
import { requireEngagement } from '../engagements'
import { AppError, isConstraintViolation } from '../errors'
import { safeFileName } from '../fileNames'
import type { Logger } from '../logging/logger'
import type { Platform } from '../platform'
import { bundleContents, bundleOf, isBundle } from './bundle'
import { eraseClientRecords, eraseEngagementRecords, type Erasure } from './erasure'
import { writeFolderAtomically } from './files'
import { gatherAttachmentFiles, gatherClientExport } from './gather'
import { renderClientHtml } from './html'
import { importEffects, restoreClientExport } from './restore'

/** What the privacy channels need beyond the database: the native dialogs, and the log. */
export interface PrivacyContext {
  platform: Platform
  log: Logger
  /** The data folder: an erasure empties its folder of attachments opened. */
  facts: { dataDir: string }
}

// ---- Export ---------------------------------------------------------------------------------

/** `<client name> – Coachbook export – <date>`, safe as a folder name on every system. */
export function exportFolderName(clientName: string, date: string): string {
  return safeFileName({ text: clientName, fallback: 'Client', suffix: ` – Coachbook export – ${date}` })
}

let jsonSchema: string | undefined
/** The file's zod schema as JSON Schema, for editors and other programs reading the export. */
function exportJsonSchema(): string {
  jsonSchema ??= `${JSON.stringify(z.toJSONSchema(clientExportSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`
  return jsonSchema
}

export async function exportClient(
  door: DoorFor,
  { platform }: PrivacyContext,
  clientId: number
): Promise<ChannelOutput<'privacy:exportClient'>> {
  const client = await getClient(door.reader, clientId)
  const parent = await platform.chooseFolder({ title: `Choose where to save everything about ${client.name}` })
  if (parent === null) return { status: 'cancelled' }
  const { file, attachments } = await door.snapshot(async (reader) => {
    const file = await gatherClientExport(reader, clientId)
    return { file, attachments: await gatherAttachmentFiles(reader, file) }
  })
  const name = exportFolderName(client.name, localToday())
  const files = [
    { name: CLIENT_EXPORT_FILES.data, content: `${JSON.stringify(file, null, 2)}\n` },
    { name: CLIENT_EXPORT_FILES.page, content: renderClientHtml(file) },
    { name: CLIENT_EXPORT_FILES.schema, content: exportJsonSchema() },
    ...attachments
  ]
  // The same files as one, to send or keep as one (bundle.ts); the folder is written whole or not at all.
  const bundle = { name: `${name}.${CLIENT_BUNDLE_EXTENSION}`, content: bundleOf(files) }
  const folder = await writeFolderAtomically(parent, name, [...files, bundle])
  return { status: 'exported', folder, files: [...files, bundle].map((written) => written.name) }
}

// ---- Import ---------------------------------------------------------------------------------

/** Far above any real client (a decade of long notes is tens of megabytes), far below what memory allows. */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024

const NOT_AN_EXPORT =
  `That file is not a Coachbook client export, so nothing was imported. Choose a .${CLIENT_BUNDLE_EXTENSION} file, or the client.json file inside an export folder.`

function damaged(detail: string): AppError {
  return new AppError('invalid_input', `That export file is damaged, so nothing was imported. ${detail}`)
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    if ((await stat(path)).size > MAX_EXPORT_BYTES) {
      throw new AppError('invalid_input', `${NOT_AN_EXPORT} (That file is larger than any export Coachbook writes.)`)
    }
    return await readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('not_found', 'Coachbook could not read that file. Check that it is still there and try again.')
  }
}

/** client.json's text; one that is not valid UTF-8 was not written by Coachbook, or was damaged since. */
function clientJsonText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('invalid_input', NOT_AN_EXPORT)
  }
}

/** A wrong, newer or damaged file is told apart before the full check, so each gets its own advice. */
function checkFormat(json: unknown): void {
  const header = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(json)
  if (!header.success || header.data.format !== CLIENT_EXPORT_FORMAT) throw new AppError('invalid_input', NOT_AN_EXPORT)
  const version = header.data.formatVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > CLIENT_EXPORT_VERSION) {
    throw new AppError(
      'invalid_input',
      `That export was made by a newer version of Coachbook (export format ${version}; this version reads format ` +
        `${CLIENT_EXPORT_VERSION}). Update Coachbook to import it. Nothing was imported.`
    )
  }
}

/** What an import writes: the checked file, and its attachments' bytes by the path the file gives them. */
export interface ExportToImport {
  file: ClientExport
  attachments: Map<string, Uint8Array>
}

/** An attachment's file in an export folder, within the size limit; null when it is missing, unreadable or too large. */
async function attachmentInFolder(folder: string, path: string): Promise<Uint8Array | null> {
  try {
    if ((await stat(join(folder, path))).size > MAX_ATTACHMENT_BYTES) return null
    return await readFile(join(folder, path))
  } catch {
    return null
  }
}

/**
 * The bytes of each attachment the file lists, from the export (its folder, or the
 * bundle), checked against their SHA-256: a missing or altered one refuses the import.
 */
async function checkedAttachments(file: ClientExport, fileAt: (path: string) => Promise<Uint8Array | null>): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>()
  for (const attachment of file.attachments) {
    const bytes = await fileAt(attachment.file)
    if (bytes === null) throw damaged(`The attachment “${attachment.name}” (${attachment.file}) is missing from the export, or cannot be read.`)
    if (sha256Of(bytes) !== attachment.sha256) {
      throw damaged(`The attachment “${attachment.name}” (${attachment.file}) is not the file that was exported: it was changed or replaced since.`)
    }
    files.set(attachment.file, bytes)
  }
  return files
}

/**
 * Reads and fully checks an export, and its attachments: a .coachbook-client file holds
 * them all; a client.json has them in the folder beside it. Any problem is an AppError
 * saying what to do.
 */
export async function readClientExport(path: string): Promise<ExportToImport> {
  const bytes = await readBytes(path)
  if (isBundle(bytes)) {
    const bundle = bundleContents(bytes, { data: MAX_EXPORT_BYTES, attachment: MAX_ATTACHMENT_BYTES })
    const file = parsedExport(clientJsonText(bundle.data))
    return { file, attachments: await checkedAttachments(file, async (at) => bundle.attachments.get(at) ?? null) }
  }
  const file = parsedExport(clientJsonText(bytes))
  return { file, attachments: await checkedAttachments(file, (at) => attachmentInFolder(dirname(path), at)) }
}

function parsedExport(text: string): ClientExport {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw damaged('It is not complete JSON: it may have been cut short or edited by hand.')
  }
  checkFormat(json)
  const parsed = clientExportSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `At ${issue.path.map(String).join('.')}: ` : ''
    throw damaged(`${where}${issue?.message ?? 'It does not have the shape of an export.'}`)
  }
  return parsed.data
}

/**
 * The file read by the last preview, kept in main until it is imported (or another is
 * previewed): the import writes exactly what the coach was shown, and the window never
 * hands main a path to read.
 */
export class PendingImport {
  private pending: { id: string; file: ExportToImport } | null = null

  keep(file: ExportToImport): string {
    this.pending = { id: randomBytes(16).toString('hex'), file }
    return this.pending.id
  }

  take(id: string): ExportToImport {
    const pending = this.pending
    if (!pending || pending.id !== id) {
      throw new AppError('not_found', 'That import is no longer waiting, so nothing was imported. Choose the file again.')
    }
    this.pending = null
    return pending.file
  }
}

function previewOf(file: ClientExport): Pick<ImportPreview, 'client' | 'engagements'> {
  const { name, email, organisation, role } = file.client
  return {
    client: { name, email, organisation, role },
    engagements: file.engagements.map((engagement) => ({
      title: engagement.title,
      kind: engagement.kind.name,
      status: engagement.status,
      startDate: engagement.startDate,
      sessions: engagement.sessions.length,
      goals: engagement.goals.length,
      actions: engagement.actions.length,
      assessmentItems:
        engagement.intakeNotes.length + engagement.interviews.length + engagement.results.length + engagement.growthAreas.length,
      reviews: engagement.reviews.length
    }))
  }
}

export async function previewImport(
  db: Reader,
  { platform }: PrivacyContext,
  pending: PendingImport,
  { opened = false }: ChannelArgs<'privacy:previewImport'>
): Promise<ChannelOutput<'privacy:previewImport'>> {
  const path = opened
    ? platform.takeOpenedFile()
    : await platform.chooseOpenFile({
        title: `Choose a client export (.${CLIENT_BUNDLE_EXTENSION}, or client.json in an export folder)`,
        filters: [{ name: 'Coachbook client export', extensions: [CLIENT_BUNDLE_EXTENSION, 'json'] }]
      })
  if (path === null) return { status: 'cancelled' }
  const read = await readClientExport(path)
  return {
    status: 'preview',
    importId: pending.keep(read),
    ...previewOf(read.file),
    attachments: read.file.attachments.length,
    ...(await importEffects(db, read.file))
  }
}

export async function importClient(db: Writer, pending: PendingImport, importId: string): Promise<ChannelOutput<'privacy:importClient'>> {
  const { file, attachments } = pending.take(importId)
  try {
    const client = await restoreClientExport(db, file, (path) => attachments.get(path)!)
    return { status: 'imported', client, engagements: file.engagements.length }
  } catch (error) {
    if (isConstraintViolation(error)) throw damaged('A record in it breaks the rules Coachbook keeps its records by.')
    throw error
  }
}

// ---- Erasure and retention -------------------------------------------------------------------

/** What the coach typed and the stored name may differ in how accented letters are encoded, never in what shows. */
function sameName(typed: string, stored: string): boolean {
  return typed.normalize('NFC') === stored.normalize('NFC')
}

/**
 * The erasure's answer: done, or done with the overwriting of the freed space left to the
 * next open (and logged). Copies of attachments opened for the coach go too, whoever's they
 * are: which of them were the erased client's is not worth keeping a record of.
 */
function erased(id: number, erasure: Erasure, { log, facts }: PrivacyContext): ChannelOutput<'privacy:eraseClient'> {
  clearOpenedCopies(facts.dataDir)
  if (erasure.scrubPending) log.error('privacy.scrubFailed', erasure.cause)
  return { id, scrubPending: erasure.scrubPending }
}

export async function eraseClient(
  door: DoorFor,
  context: PrivacyContext,
  input: ChannelArgs<'privacy:eraseClient'>
): Promise<ChannelOutput<'privacy:eraseClient'>> {
  const client = await getClient(door.reader, input.clientId)
  if (!sameName(input.confirmName, client.name)) {
    throw new AppError(
      'invalid_input',
      "That is not the client's name. Type it exactly as it is shown to confirm the erasure.",
      'confirmName'
    )
  }
  return erased(client.id, await eraseClientRecords(door, client.id), context)
}

export async function eraseEngagement(
  door: DoorFor,
  context: PrivacyContext,
  engagementId: number
): Promise<ChannelOutput<'privacy:eraseEngagement'>> {
  await requireEngagement(door.reader, engagementId, 'engagementId')
  return erased(engagementId, await eraseEngagementRecords(door, engagementId), context)
}

/** Engagements whose disposal date has come (on or before `today`), the longest overdue first. */
export async function retentionDue(db: Reader, today: string): Promise<{ items: RetentionItem[] }> {
  const rows = await db
    .selectFrom('engagements')
    .innerJoin('clients', 'clients.id', 'engagements.clientId')
    .select([
      'engagements.id as engagementId',
      'engagements.title as engagementTitle',
      'clients.id as clientId',
      'clients.name as clientName',
      'engagements.disposalOn',
      'engagements.status'
    ])
    .where('engagements.disposalOn', 'is not', null)
    .where('engagements.disposalOn', '<=', today)
    .execute()
  const items = rows.flatMap(({ disposalOn, ...row }) => (disposalOn === null ? [] : [{ ...row, disposalOn }]))
  items.sort(
    (a, b) =>
      Number(a.disposalOn > b.disposalOn) - Number(a.disposalOn < b.disposalOn) ||
      nameCollator.compare(a.clientName, b.clientName) ||
      a.engagementId - b.engagementId
  )
  return { items }
}
