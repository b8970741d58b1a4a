import { effect, write, type DomainHandlers } from '../db/door'
import { agreementChannels } from './agreement'
import { chooseLogo, clearLogo, getBranding, setBranding } from './branding'
import { coachingLogChannels } from './coachingLog'
import type { ReportsContext } from './context'
import { exportReport, openExported, showExported, type ExportedFiles } from './export'

/** The reports' channels, and the coaching log's and the agreement's, whose PDFs are opened like the reports'. */
export function reportHandlers(
  context: ReportsContext
): DomainHandlers<'reports'> & DomainHandlers<'coachingLog'> & DomainHandlers<'agreement'> {
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
    ...agreementChannels(context, exported)
  }
}
