import { effect, type DomainHandlers } from '../db/door'
import { safeFileName } from '../fileNames'
import { incomeLedger, ledgerCsv, type IncomeExports } from '../income'
import { printBranding } from './branding'
import type { ReportsContext } from './context'
import { saveAs } from './saving'

/** The year's ledger for an accountant, saved as CSV where the coach chooses, as the reports save theirs. */
export function incomeChannels(context: ReportsContext): Pick<DomainHandlers<'income'>, IncomeExports> {
  return {
    'income:exportCsv': effect(async (door, request) => {
      const branding = await printBranding(door.reader)
      const defaultName = safeFileName({
        text: branding.coachName ?? branding.practiceName ?? '',
        fallback: 'Practice',
        suffix: ` – Income ${request.year} – ${request.today}`,
        extension: '.csv'
      })
      const title = `Export the income of ${request.year} as CSV`
      return saveAs(context, { title, defaultName, kind: 'CSV', what: 'income ledger' }, async () =>
        Buffer.from(ledgerCsv(await incomeLedger(door.reader, request)), 'utf8')
      )
    })
  }
}
