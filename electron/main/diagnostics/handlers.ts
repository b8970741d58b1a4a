import type { DomainHandlers } from '../ipc/registry'
import type { MainContext } from '../platform'
import { about } from './service'

export function diagnosticsHandlers(context: MainContext): DomainHandlers<'diagnostics'> {
  return {
    'diagnostics:about': () => about(context)
  }
}
