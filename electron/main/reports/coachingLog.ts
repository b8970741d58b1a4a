import { CLIENT_KIND_LABELS, CREDENTIAL_RULES, hoursText, LARGEST_GROUP, RULES_READ_ON, type LogOverview } from '../../shared/coachingLog'
import type { ChannelArgs } from '../../shared/contract'
import { coachingLogHandlers, coachingLogOverview, logCsv, type CoachingLogExports } from '../coachingLog'
import { effect, type DomainHandlers, type Reader } from '../db/door'
import { safeFileName } from '../fileNames'
import { printBranding } from './branding'
import type { ReportsContext } from './context'
import type { ExportedFiles } from './export'
import { formatsFor, paperSizeFor, practiceLocality, type Formats } from './format'
import { saveAs } from './saving'
import { renderDocument, writeCover, type PrintBranding } from './pdf/document'
import type { Column, ReportWriter } from './pdf/writer'

const TITLE = 'ICF client coaching log'

type LogRequest = ChannelArgs<'coachingLog:exportCsv'>

function logFileName(branding: PrintBranding, today: string, extension: '.csv' | '.pdf'): string {
  return safeFileName({ text: branding.coachName ?? branding.practiceName ?? '', fallback: 'Coaching log', suffix: ` – ${TITLE} – ${today}`, extension })
}

// ---- The PDF --------------------------------------------------------------------------------

function progressRows(log: LogOverview, formats: Formats): string[][] {
  return log.progress.map((each) => {
    const rule = CREDENTIAL_RULES[each.credential]
    const missing = [
      each.missingHours > 0 ? `${formats.number(each.missingHours)} h` : null,
      each.missingPaidHours > 0 ? `${formats.number(each.missingPaidHours)} paid h` : null,
      each.missingClients > 0 ? `${formats.number(each.missingClients)} clients` : null,
      each.missingRecentHours ? `${formats.number(each.missingRecentHours)} h in the last 18 months` : null
    ].filter((part): part is string => part !== null)
    return [
      `${each.credential} (${rule.label})`,
      `${formats.number(rule.hours)} h, ${formats.number(rule.paidHours)} paid, ${rule.clients} clients${rule.recentHours === null ? '' : `, ${rule.recentHours} h recent`}`,
      each.met ? 'Met' : `Missing ${missing.join(', ')}`
    ]
  })
}

/**
 * The log as read on paper: the template's fields (the CSV keeps its columns and order), the
 * number in the group beside "Group", so that names and dates keep to one line on a page.
 */
const LOG_TABLE: Column[] = [
  { header: 'Client', share: 3.2 },
  { header: 'Contact', share: 3.6 },
  { header: 'Individual or group', share: 2 },
  { header: 'Start', share: 2.3 },
  { header: 'End', share: 2.3 },
  { header: 'Paid h', share: 1.5, align: 'right' },
  { header: 'Pro bono h', share: 1.7, align: 'right' }
]

function logRows(log: LogOverview): string[][] {
  const rows = log.rows.map((row) => [
    row.name,
    row.email,
    row.kind === 'group' ? `${CLIENT_KIND_LABELS.group} of ${row.people}` : CLIENT_KIND_LABELS.individual,
    row.firstDay ?? '',
    row.lastDay ?? '',
    hoursText(row.paidMinutes),
    hoursText(row.proBonoMinutes)
  ])
  const { opening, totals } = log
  if (opening.paidMinutes + opening.proBonoMinutes > 0) {
    rows.push([`Before Coachbook (${opening.clients} clients)`, '', '', '', '', hoursText(opening.paidMinutes), hoursText(opening.proBonoMinutes)])
  }
  rows.push(['Total', '', '', '', '', hoursText(totals.paidMinutes), hoursText(totals.proBonoMinutes)])
  return rows
}

function writeLog(writer: ReportWriter, log: LogOverview, branding: PrintBranding, formats: Formats, today: string): void {
  const { totals } = log
  writeCover(writer, branding, {
    title: TITLE,
    subtitle: `As of ${formats.date(today)}`,
    facts: [
      { label: 'Total hours', value: hoursText(totals.paidMinutes + totals.proBonoMinutes) },
      { label: 'Paid hours', value: hoursText(totals.paidMinutes) },
      { label: 'Pro bono hours', value: hoursText(totals.proBonoMinutes) },
      { label: `Since ${formats.date(log.recentFrom)}`, value: `${hoursText(totals.recentMinutes)} h` },
      { label: 'Clients', value: formats.number(totals.clients) }
    ]
  })
  writer.heading('Credentials', 2)
  writer.table(
    [
      { header: 'Credential', share: 3 },
      { header: 'ICF asks for', share: 4 },
      { header: 'Progress', share: 4 }
    ],
    progressRows(log, formats)
  )
  writer.heading('Clients', 2)
  writer.table(LOG_TABLE, logRows(log))
  writer.text(
    `Counted as ICF counts them (rules read on ${RULES_READ_ON}): held sessions only, their full length; a group's time once, each member a client, groups of ${LARGEST_GROUP} or fewer; clients who have not consented to be named are left off.`,
    'small'
  )
}

async function renderLogPdf(db: Reader, request: LogRequest, resourcesDir: string): Promise<Buffer> {
  const branding = await printBranding(db)
  const locality = await practiceLocality(db, { timeZone: request.timeZone })
  const log = await coachingLogOverview(db, request)
  const formats = formatsFor(locality)
  return renderDocument(
    {
      resourcesDir,
      branding,
      paper: paperSizeFor(locality.locale),
      language: locality.locale,
      title: TITLE,
      // Whom the log is about: the coach, named as the branding names them.
      clientName: branding.coachName ?? branding.practiceName ?? 'the coach’s practice',
      footnote: 'Confidential · the coach’s record of client coaching hours',
      subject: TITLE,
      createdAt: new Date()
    },
    (writer) => writeLog(writer, log, branding, formats, request.today)
  )
}

// ---- The channels -------------------------------------------------------------------------

/** The coaching log's channels: its own, and its two exports, which write files. */
export function coachingLogChannels(context: ReportsContext, exported: ExportedFiles): DomainHandlers<'coachingLog'> {
  const exports: Pick<DomainHandlers<'coachingLog'>, CoachingLogExports> = {
    'coachingLog:exportCsv': effect(async (door, request) => {
      const defaultName = logFileName(await printBranding(door.reader), request.today, '.csv')
      return saveAs(context, { title: 'Export the coaching log as CSV', defaultName, kind: 'CSV', what: 'coaching log' }, async () => Buffer.from(logCsv(await coachingLogOverview(door.reader, request)), 'utf8'))
    }),
    'coachingLog:exportPdf': effect(async (door, request) => {
      const defaultName = logFileName(await printBranding(door.reader), request.today, '.pdf')
      const saved = await saveAs(context, { title: 'Export the coaching log as PDF', defaultName, kind: 'PDF', what: 'PDF' }, () => renderLogPdf(door.reader, request, context.resourcesDir))
      if ('path' in saved) exported.add(saved.path)
      return saved
    })
  }
  return { ...coachingLogHandlers, ...exports }
}
