import { effect, write, type DomainHandlers } from '../db/door'
import { agreementChannels } from './agreement'
import type { InvoiceExports } from '../invoices'
import { chooseLogo, clearLogo, getBranding, setBranding } from './branding'
import { coachingLogChannels } from './coachingLog'
import type { ReportsContext } from './context'
import { exportReport, openExported, showExported, type ExportedFiles } from './export'
import { invoiceChannels } from './invoice'

/** The reports' channels, and the coaching log's, the invoices' and the agreement's PDFs, opened like the reports'. */
export function reportHandlers(
  context: ReportsContext
): DomainHandlers<'reports'> & DomainHandlers<'coachingLog'> & Pick<DomainHandlers<'invoices'>, InvoiceExports> & DomainHandlers<'agreement'> {
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
    ...agreementChannels(context, exported)
  }
}
