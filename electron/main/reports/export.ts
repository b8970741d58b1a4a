import { randomBytes } from 'node:crypto'
import { access, open, rename, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { ChannelArgs } from '../../shared/contract'
import { REPORT_KIND_LABELS, type ReportKind } from '../../shared/reports'
import type { Audience } from '../../shared/reviews'
import type { Reader } from '../db/door'
import { getEngagement } from '../engagements'
import { AppError, errorCodeOf, storageErrorFor } from '../errors'
import { safeFileName } from '../fileNames'
import type { ReportsContext } from './context'
import { renderReport } from './render'

// ---- File names -----------------------------------------------------------------------------

export function reportLabel(report: ReportKind, audience: Audience): string {
  return report === 'summary' && audience === 'sponsor' ? `${REPORT_KIND_LABELS.summary} (sponsor)` : REPORT_KIND_LABELS[report]
}

/** `<client> – <report> – <date>.pdf`; a long client name is shortened so the report and date always show. */
export function reportFileName(clientName: string, report: ReportKind, audience: Audience, today: string): string {
  return safeFileName({ text: clientName, fallback: 'Client', suffix: ` – ${reportLabel(report, audience)} – ${today}`, extension: '.pdf' })
}

function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`
}

// ---- Writing --------------------------------------------------------------------------------

/** What went wrong while saving, in words a coach can act on. Nothing was written in any case. */
function saveFailure(error: unknown, path: string): AppError {
  const storage = storageErrorFor(error, 'the PDF was not saved', dirname(path))
  if (storage) return storage
  const code = errorCodeOf(error)
  const nothingSaved = 'No file was saved.'
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not_found', `The folder you chose is no longer there. ${nothingSaved} Export again and choose another folder.`)
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'forbidden',
        `Coachbook is not allowed to save in that folder. ${nothingSaved} Export again and choose a folder you can write to, such as Documents.`
      )
    case 'EBUSY':
      return new AppError('conflict', `A file with that name is open in another app. ${nothingSaved} Close it there, or export under another name.`)
    case 'EISDIR':
      return new AppError('invalid_input', `That name belongs to a folder. ${nothingSaved} Export again and choose a file name.`)
    case 'ENAMETOOLONG':
      return new AppError('invalid_input', `That file name or folder path is too long. ${nothingSaved} Choose a shorter name.`)
    default:
      return new AppError('internal', `Coachbook could not save the PDF${code ? ` (${code})` : ''}. ${nothingSaved} Try again, or choose another folder.`)
  }
}

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file
 * in the same folder, are flushed to disk, and only then take the final name. On any
 * failure the temporary file is removed and an existing file of that name is untouched.
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.coachbook-${randomBytes(6).toString('hex')}.tmp`)
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    handle = await open(temporary, 'wx')
    await handle.writeFile(bytes)
    await handle.sync()
    await handle.close()
    handle = null
    await rename(temporary, path)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temporary, { force: true }).catch(() => undefined)
    throw saveFailure(error, path)
  }
}

// ---- Export, open, show ---------------------------------------------------------------------

/** The PDFs this run of Coachbook wrote: the only files it will open or reveal when asked. */
export type ExportedFiles = Set<string>

export async function exportReport(
  db: Reader,
  context: ReportsContext,
  exported: ExportedFiles,
  input: ChannelArgs<'reports:export'>
): Promise<{ path: string } | { cancelled: true }> {
  const engagement = await getEngagement(db, input.engagementId)
  const chosen = await context.platform.chooseSaveFile({
    title: 'Export PDF',
    defaultName: reportFileName(engagement.clientName, input.report, input.audience, input.today),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }]
  })
  if (chosen === null) return { cancelled: true }
  const path = resolve(withPdfExtension(chosen))
  const bytes = await renderReport(db, input, { resourcesDir: context.resourcesDir })
  await writeAtomically(path, bytes)
  exported.add(path)
  return { path }
}

/** Accepts only a PDF this run exported, and only while it is still there. */
async function exportedFile(exported: ExportedFiles, path: string): Promise<string> {
  const absolute = resolve(path)
  if (!exported.has(absolute)) {
    throw new AppError('forbidden', 'Coachbook only opens PDFs it has just exported. Export the report again to open it.', 'path')
  }
  try {
    await access(absolute)
  } catch {
    exported.delete(absolute)
    throw new AppError('not_found', 'That PDF is no longer there: it may have been moved or deleted. Export the report again.', 'path')
  }
  return absolute
}

export async function openExported(context: ReportsContext, exported: ExportedFiles, path: string): Promise<{ path: string }> {
  const file = await exportedFile(exported, path)
  try {
    await context.platform.openPath(file)
  } catch {
    throw new AppError('internal', 'The PDF could not be opened: check that a PDF viewer is installed, or open it from its folder.')
  }
  return { path: file }
}

export async function showExported(context: ReportsContext, exported: ExportedFiles, path: string): Promise<{ path: string }> {
  const file = await exportedFile(exported, path)
  context.platform.showInFolder(file)
  return { path: file }
}
