import { AGREEMENT_PLACEHOLDERS, type AgreementPlaceholder } from '../../shared/agreement'
import type { ChannelArgs } from '../../shared/contract'
import { CADENCE_LABELS, formatFee, SPONSOR_REPORTING, type Engagement } from '../../shared/engagements'
import type { BillingTerms } from '../../shared/fees'
import { formatMoney } from '../../shared/money'
import { countOf, noun } from '../../shared/words'
import { getAgreementTemplate, resetAgreementTemplate, setAgreementTemplate } from '../agreement'
import { effect, write, type DomainHandlers, type Reader } from '../db/door'
import { getEngagement } from '../engagements'
import { getBillingTerms } from '../fees'
import { safeFileName } from '../fileNames'
import type { ReportsContext } from './context'
import { savePdf, type ExportedFiles } from './export'
import type { Formats } from './format'
import type { Locality } from '../preferences'
import { coachLine, writeCover, type PrintBranding } from './pdf/document'
import type { ReportWriter } from './pdf/writer'
import { renderComposed, type RenderOptions } from './render'

const TITLE = 'Coaching agreement'

export interface AgreementRequest {
  engagementId: number
  /** The coach's date, 'YYYY-MM-DD': the agreement is drafted on it, and the fee's use judged by it. */
  today: string
}

interface Contract {
  engagement: Engagement
  billing: BillingTerms
  branding: PrintBranding
}

function coachName(branding: PrintBranding): string {
  return branding.coachName ?? branding.practiceName ?? 'The coach'
}

function payerName({ engagement, billing }: Contract): string {
  return billing.payer === 'sponsor' && engagement.sponsorOrganisation ? engagement.sponsorOrganisation.name : engagement.clientName
}

/** When the fee falls due, in words: each instalment, after each session, or at the start. */
function paymentTerms({ engagement, billing }: Contract, formats: Formats, locale: string): string {
  const { fee } = engagement
  if (fee === null) return 'nothing is due'
  if (fee.basis === 'per_session') return 'for each session held (and each late cancellation billed), after it'
  if (fee.basis === 'monthly_retainer') return 'for each month as it begins, counted from the start date'
  if (billing.instalments.length === 0) return 'in full when the engagement starts'
  const each = billing.instalments.map((instalment) => `${formatMoney(instalment.amountMinor, fee.currency, locale)} due on ${formats.date(instalment.dueOn)}`)
  return `in ${countOf(billing.instalments.length, noun('instalment'))}: ${each.join('; ')}`
}

function lateCancellation({ billing }: Contract): string {
  const notice = countOf(billing.lateCancellationNoticeHours, noun('hour'))
  return billing.lateCancellationBillable
    ? `A session cancelled with less than ${notice}’ notice is billed as if it had been held.`
    : `A cancelled session is not billed; please give at least ${notice}’ notice.`
}

function sponsorReporting({ engagement }: Contract): string {
  if (engagement.sponsorOrganisation === null) return 'No one outside the coaching relationship receives any report about it.'
  const level = SPONSOR_REPORTING[engagement.sponsorReporting]
  return `What the sponsor will see: ${level.label}. ${level.explanation}`
}

/** Every placeholder's words for this contract; the type makes a placeholder without a value a compile error. */
function placeholderValues(contract: Contract, formats: Formats, locale: string, today: string): Record<AgreementPlaceholder, string> {
  const { engagement, branding } = contract
  const toBeAgreed = 'a date still to be agreed'
  return {
    coach: coachName(branding),
    practice: branding.practiceName ?? coachName(branding),
    client: engagement.clientName,
    sponsor: engagement.sponsorOrganisation?.name ?? 'No organisation',
    sponsor_contact: engagement.sponsorContact?.name ?? 'no sponsor contact',
    engagement: engagement.title,
    kind: engagement.kind.name,
    sessions: engagement.plannedSessions === null ? 'sessions as needed' : countOf(engagement.plannedSessions, noun('session')),
    session_length: countOf(engagement.sessionMinutes, noun('minute')),
    cadence: CADENCE_LABELS[engagement.cadence].toLowerCase(),
    start_date: engagement.startDate ? formats.date(engagement.startDate) : toBeAgreed,
    end_date: engagement.plannedEndDate ? formats.date(engagement.plannedEndDate) : toBeAgreed,
    fee: engagement.fee ? formatFee(engagement.fee, locale) : 'not charged (pro bono)',
    payer: payerName(contract),
    payment_terms: paymentTerms(contract, formats, locale),
    late_cancellation: lateCancellation(contract),
    cancellation_terms: engagement.cancellationTerms,
    confidentiality_terms: engagement.confidentialityTerms,
    sponsor_reporting: sponsorReporting(contract),
    disposal_date: engagement.disposalOn ? `on ${formats.date(engagement.disposalOn)}` : 'when the engagement ends and the law allows',
    date: formats.date(today)
  }
}

/** The wording with every placeholder filled; a placeholder no longer known (never saved so) is left as written. */
export function fillTemplate(template: string, values: Record<AgreementPlaceholder, string>): string {
  return template.replace(/\{([^{}\n]*)\}/g, (written, name: string) =>
    Object.hasOwn(AGREEMENT_PLACEHOLDERS, name) ? values[name as AgreementPlaceholder] : written
  )
}

/** "## " starts a heading; every other line that is not empty is a paragraph (a placeholder filled with nothing leaves no gap). */
function writeWording(writer: ReportWriter, wording: string): void {
  for (const line of wording.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (trimmed.startsWith('## ')) writer.heading(trimmed.slice(3), 2)
    else writer.text(trimmed)
  }
}

interface Party {
  role: string
  name: string
}

function parties({ engagement, branding }: Contract): Party[] {
  const sponsor = engagement.sponsorOrganisation
  return [
    { role: 'The coach', name: coachLine(branding) ?? coachName(branding) },
    { role: 'The client', name: engagement.clientName },
    ...(sponsor ? [{ role: 'For the sponsor', name: [engagement.sponsorContact?.name, sponsor.name].filter(Boolean).join(', ') }] : [])
  ]
}

const SIGNATURE_HEIGHT = 78

/** A block per party: who signs, then a line to sign on and one for the date, each captioned. */
function writeSignatures(writer: ReportWriter, contract: Contract): void {
  writer.heading('Signatures', 2, SIGNATURE_HEIGHT)
  for (const party of parties(contract)) {
    writer.block(SIGNATURE_HEIGHT, (top) => {
      const { frame, theme } = writer
      const dateLeft = frame.left + writer.width * 0.65
      writer.drawLine(party.role, frame.left, top, 'label')
      writer.drawLine(party.name, frame.left, top + 12, 'strong')
      const lineTop = top + 52
      writer.doc.moveTo(frame.left, lineTop).lineTo(dateLeft - 24, lineTop).lineWidth(0.6).strokeColor(theme.muted).stroke()
      writer.doc.moveTo(dateLeft, lineTop).lineTo(frame.right, lineTop).lineWidth(0.6).strokeColor(theme.muted).stroke()
      writer.drawLine('Signature', frame.left, lineTop + 3, 'label')
      writer.drawLine('Date', dateLeft, lineTop + 3, 'label')
    })
  }
}

function writeAgreement(writer: ReportWriter, contract: Contract, wording: string, formats: Formats, locale: string): void {
  const { engagement } = contract
  const sponsor = engagement.sponsorOrganisation
  writeCover(writer, contract.branding, {
    title: TITLE,
    subtitle: `${engagement.clientName} · ${engagement.title}`,
    facts: [
      { label: 'Client', value: engagement.clientName },
      { label: 'Coach', value: coachLine(contract.branding) ?? coachName(contract.branding) },
      ...(sponsor ? [{ label: 'Sponsor', value: sponsor.name }] : []),
      { label: 'Sessions', value: engagement.plannedSessions === null ? 'As needed' : formats.number(engagement.plannedSessions) },
      { label: 'Dates', value: formats.dateRange(engagement.startDate, engagement.plannedEndDate) },
      { label: 'Fee', value: engagement.fee ? formatFee(engagement.fee, locale) : 'Pro bono' },
      { label: 'Paid by', value: payerName(contract) }
    ]
  })
  writeWording(writer, wording)
  writeSignatures(writer, contract)
}

/** The engagement's agreement as PDF bytes, in the coach's wording (Settings › Coaching agreement). */
export function renderAgreement(db: Reader, request: AgreementRequest, options: RenderOptions): Promise<Buffer> {
  return renderComposed(db, options, async (branding, locality: Locality) => {
    const [engagement, billing, { template }] = await Promise.all([
      getEngagement(db, request.engagementId),
      getBillingTerms(db, request),
      getAgreementTemplate(db)
    ])
    const contract = { engagement, billing, branding }
    return {
      title: TITLE,
      clientName: engagement.clientName,
      footnote: `Confidential · between ${engagement.clientName} and ${coachName(branding)}`,
      subject: `${engagement.kind.name}: ${TITLE.toLowerCase()}`,
      write: (writer, formats) =>
        writeAgreement(writer, contract, fillTemplate(template, placeholderValues(contract, formats, locality.locale, request.today)), formats, locality.locale)
    }
  })
}

export function agreementFileName(clientName: string, today: string): string {
  return safeFileName({ text: clientName, fallback: 'Client', suffix: ` – ${TITLE} – ${today}`, extension: '.pdf' })
}

/** The agreement's channels: its wording, kept in Settings, and its PDF, saved and opened like the reports'. */
export function agreementChannels(context: ReportsContext, exported: ExportedFiles): DomainHandlers<'agreement'> {
  return {
    'agreement:getTemplate': (reader) => getAgreementTemplate(reader),
    'agreement:setTemplate': write((writer, { template }) => setAgreementTemplate(writer, template)),
    'agreement:resetTemplate': write((writer) => resetAgreementTemplate(writer)),
    'agreement:export': effect(async (door, request: ChannelArgs<'agreement:export'>) => {
      const engagement = await getEngagement(door.reader, request.engagementId)
      return savePdf(context, exported, agreementFileName(engagement.clientName, request.today), () =>
        renderAgreement(door.reader, request, { resourcesDir: context.resourcesDir })
      )
    })
  }
}
