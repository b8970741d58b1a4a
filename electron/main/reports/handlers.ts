import type { DomainHandlers } from '../ipc/registry'
import type { MainContext } from '../platform'
import { chooseLogo, clearLogo, getBranding, setBranding } from './branding'
import { exportReport, openExported, showExported, type ExportedFiles } from './export'

export function reportHandlers(context: MainContext): DomainHandlers<'reports'> {
  const { db } = context
  const exported: ExportedFiles = new Set()
  return {
    'reports:getBranding': () => getBranding(db),
    'reports:setBranding': (fields) => setBranding(db, fields),
    'reports:chooseLogo': () => chooseLogo(context),
    'reports:clearLogo': () => clearLogo(db),
    'reports:export': (input) => exportReport(context, exported, input),
    'reports:open': ({ path }) => openExported(context, exported, path),
    'reports:showInFolder': ({ path }) => showExported(context, exported, path)
  }
}
