import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ChannelArgs } from '../../shared/contract'
import { REPORT_KIND_LABELS, type ReportKind } from '../../shared/reports'
import type { Audience } from '../../shared/reviews'
import type { Reader } from '../db/door'
import { getEngagement } from '../engagements'
import { AppError } from '../errors'
import { safeFileName } from '../fileNames'
import { writeAtomically } from '../savedFiles'
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

// ---- Export, open, show ---------------------------------------------------------------------

/** The PDFs this run of Coachbook wrote: the only files it will open or reveal when asked. */
export type ExportedFiles = Set<string>

/**
 * Asks where to save a PDF (offering `defaultName`), renders it, writes it whole or not at
 * all, and remembers it as one this run may open or reveal.
 */
export async function savePdf(
  context: ReportsContext,
  exported: ExportedFiles,
  defaultName: string,
  render: () => Promise<Buffer>
): Promise<{ path: string } | { cancelled: true }> {
  const chosen = await context.platform.chooseSaveFile({
    title: 'Export PDF',
    defaultName,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }]
  })
  if (chosen === null) return { cancelled: true }
  const path = resolve(withPdfExtension(chosen))
  await writeAtomically(path, await render(), 'PDF')
  exported.add(path)
  return { path }
}

export async function exportReport(
  db: Reader,
  context: ReportsContext,
  exported: ExportedFiles,
  input: ChannelArgs<'reports:export'>
): Promise<{ path: string } | { cancelled: true }> {
  const engagement = await getEngagement(db, input.engagementId)
  const defaultName = reportFileName(engagement.clientName, input.report, input.audience, input.today)
  return savePdf(context, exported, defaultName, () => renderReport(db, input, { resourcesDir: context.resourcesDir }))
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
