import { REPORT_KIND_LABELS, type ReportKind } from '../../shared/reports'
import { AUDIENCE_LABELS, type Audience } from '../../shared/reviews'
import { inSentence } from '../../shared/words'
import type { Reader } from '../db/door'
import { buildSummary } from '../reviews'
import { printBranding } from './branding'
import { writeActionPlan } from './content/actionPlan'
import { loadClientPlan } from './content/plan'
import { writeProgress } from './content/progress'
import { writeSummary } from './content/summary'
import { formatsFor, paperSizeFor, practiceLocality, type Formats } from './format'
import type { Locality } from '../preferences'
import { renderDocument, type PrintBranding } from './pdf/document'
import type { ReportWriter } from './pdf/writer'

export interface ReportRequest {
  engagementId: number
  report: ReportKind
  /** Applies to the summary; the other reports are the client's. */
  audience: Audience
  /** The coach's date, 'YYYY-MM-DD': printed on the report and used to judge what is overdue. */
  today: string
}

export interface RenderOptions {
  resourcesDir: string
  /** Where the coach is; defaults to the practice's locale, else this computer's. */
  locality?: Partial<Locality>
  /**
   * The creation date written into the PDF; now when left out. Tests fix it, and the
   * same data with the same date then gives the same bytes.
   */
  createdAt?: Date
}

/** A document's title, header and footer lines, and what it writes. */
export interface Composition {
  title: string
  clientName: string
  footnote: string
  subject: string
  write(writer: ReportWriter, formats: Formats): void
}

async function compose(db: Reader, request: ReportRequest, branding: PrintBranding): Promise<Composition> {
  if (request.report === 'summary') {
    const summary = await buildSummary(db, request.engagementId, request.audience)
    const { engagement } = summary
    const sponsor = request.audience === 'sponsor'
    return {
      title: sponsor ? `${REPORT_KIND_LABELS.summary} (${inSentence(AUDIENCE_LABELS.sponsor)})` : REPORT_KIND_LABELS.summary,
      clientName: engagement.clientName,
      footnote: sponsor
        ? `Confidential · ${inSentence(AUDIENCE_LABELS.sponsor)}${engagement.sponsorOrganisation ? ` for ${engagement.sponsorOrganisation}` : ''}`
        : `Confidential · prepared for ${engagement.clientName}`,
      subject: `${engagement.kind}: ${inSentence(AUDIENCE_LABELS[request.audience])}`,
      write: (writer, formats) => writeSummary(writer, summary, branding, formats)
    }
  }
  const plan = await loadClientPlan(db, request.engagementId, request.today)
  const { engagement } = plan.summary
  const write = request.report === 'action_plan' ? writeActionPlan : writeProgress
  return {
    title: REPORT_KIND_LABELS[request.report],
    clientName: engagement.clientName,
    footnote: `Confidential · prepared for ${engagement.clientName}`,
    subject: `${engagement.kind}: ${inSentence(REPORT_KIND_LABELS[request.report])}`,
    write: (writer, formats) => write(writer, plan, branding, formats, request.today)
  }
}

/**
 * Renders one document to PDF bytes in the coach's branding and locality: `compose` reads
 * what it prints, knowing the branding and the locality it is printed in.
 */
export async function renderComposed(
  db: Reader,
  options: RenderOptions,
  compose: (branding: PrintBranding, locality: Locality) => Promise<Composition>
): Promise<Buffer> {
  const branding = await printBranding(db)
  const locality = await practiceLocality(db, options.locality)
  const composition = await compose(branding, locality)
  const formats = formatsFor(locality)
  return renderDocument(
    {
      resourcesDir: options.resourcesDir,
      branding,
      paper: paperSizeFor(locality.locale),
      language: locality.locale,
      title: composition.title,
      clientName: composition.clientName,
      footnote: composition.footnote,
      subject: composition.subject,
      createdAt: options.createdAt ?? new Date()
    },
    (writer) => composition.write(writer, formats)
  )
}

/** Renders one report of one engagement to PDF bytes. */
export function renderReport(db: Reader, request: ReportRequest, options: RenderOptions): Promise<Buffer> {
  return renderComposed(db, options, (branding) => compose(db, request, branding))
}
