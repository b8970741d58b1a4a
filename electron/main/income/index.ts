/** The income overview and its ledger, as the rest of the app uses them. */
export { ledgerCsv } from './csv'
export { incomeHandlers, type IncomeExports } from './handlers'
export { incomeLedger } from './service'
