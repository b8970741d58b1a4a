import { CLIENT_KIND_LABELS, hoursText, type LogOverview } from '../../shared/coachingLog'

/**
 * The columns of ICF's client coaching log template, in its order. ICF's own spreadsheet could
 * not be read here; the order is the sample of the template published at
 * coachtransformation.com/guide-to-creating-maintaining-a-coaching-log (read 2026-12-06), and
 * the fields are those ICF's support article 5000653702 asks for.
 */
const LOG_COLUMNS = [
  'No.',
  'Client Name',
  'Individual/Group',
  'Number in Group',
  'Contact Information',
  'Start Date',
  'End Date',
  'Paid Hours',
  'Pro Bono Hours'
] as const

/**
 * A spreadsheet opens a cell that starts with one of these as a formula: the cell is written
 * with an apostrophe first, so a name such as "=HYPERLINK(…)" stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The log as rows of cells: one line per client or group, the hours before Coachbook, then the totals. */
function logTable(log: LogOverview): string[][] {
  const rows = log.rows.map((row, index) => [
    String(index + 1),
    row.name,
    CLIENT_KIND_LABELS[row.kind],
    row.kind === 'group' ? String(row.people) : '',
    row.email,
    row.firstDay ?? '',
    row.lastDay ?? '',
    hoursText(row.paidMinutes),
    hoursText(row.proBonoMinutes)
  ])
  const { opening, totals } = log
  if (opening.paidMinutes + opening.proBonoMinutes > 0) {
    rows.push(['', `Hours before Coachbook, not itemised (${opening.clients} clients)`, '', '', '', '', '', hoursText(opening.paidMinutes), hoursText(opening.proBonoMinutes)])
  }
  rows.push(['', 'Total', '', '', '', '', '', hoursText(totals.paidMinutes), hoursText(totals.proBonoMinutes)])
  return rows
}

/** CSV (RFC 4180, CRLF), with a byte order mark so that spreadsheets read the names in UTF-8. */
export function logCsv(log: LogOverview): string {
  const lines = [[...LOG_COLUMNS], ...logTable(log)].map((cells) => cells.map(cell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
