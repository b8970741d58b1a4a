import { CLIENT_KIND_LABELS, hoursText, type LogOverview } from '../../shared/coachingLog'
import { csvText } from '../csv'

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

/** The log as CSV, in the column order of ICF's template. */
export function logCsv(log: LogOverview): string {
  return csvText([[...LOG_COLUMNS], ...logTable(log)])
}
