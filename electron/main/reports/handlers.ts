import { effect, write, type DomainHandlers } from '../db/door'
import { agreementChannels } from './agreement'
import type { IncomeExports } from '../income'
import type { InvoiceExports } from '../invoices'
import { chooseLogo, clearLogo, getBranding, setBranding } from './branding'
import { coachingLogChannels } from './coachingLog'
import type { ReportsContext } from './context'
import { exportReport, openExported, showExported, type ExportedFiles } from './export'
import { incomeChannels } from './income'
import { invoiceChannels } from './invoice'

/** The reports' channels, and the coaching log's, the invoices' and the agreement's PDFs, opened like the reports', and the income's CSV. */
export function reportHandlers(
  context: ReportsContext
): DomainHandlers<'reports'> &
  DomainHandlers<'coachingLog'> &
  Pick<DomainHandlers<'invoices'>, InvoiceExports> &
  DomainHandlers<'agreement'> &
  Pick<DomainHandlers<'income'>, IncomeExports> {
  const exported: ExportedFiles = new Set()
  return {
    'reports:getBranding': (reader) => getBranding(reader),
    'reports:setBranding': write((writer, fields) => setBranding(writer, fields)),
    'reports:chooseLogo': effect((door) => chooseLogo(door, context)),
    'reports:clearLogo': write((writer) => clearLogo(writer)),
    'reports:export': effect((door, input) => exportReport(door.reader, context, exported, input)),
    'reports:open': effect((_door, { path }) => openExported(context, exported, path)),
    'reports:showInFolder': effect((_door, { path }) => showExported(context, exported, path)),
    ...coachingLogChannels(context, exported),
    ...invoiceChannels(context, exported),
    ...agreementChannels(context, exported),
    ...incomeChannels(context)
  }
}
