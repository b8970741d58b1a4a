import { readTogether, type DomainHandlers } from '../db/door'
import { incomeOverview } from './service'

/** The ledger's CSV writes a file, and is registered with the reports (reports/income.ts). */
export type IncomeExports = 'income:exportCsv'

export const incomeHandlers: Omit<DomainHandlers<'income'>, IncomeExports> = {
  'income:overview': readTogether((reader, request) => incomeOverview(reader, request))
}
