import type { DomainHandlers } from '../db/door'
import { about, type DiagnosticsContext } from './service'

export function diagnosticsHandlers(context: DiagnosticsContext): DomainHandlers<'diagnostics'> {
  return {
    'diagnostics:about': () => about(context)
  }
}
