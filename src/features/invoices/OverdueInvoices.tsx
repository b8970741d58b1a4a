import { Link } from 'react-router'
import { formatMoney } from '../../../electron/shared/money'
import { formatDate } from '../../lib/format'
import { TodaySection } from '../today/TodaySection'
import { useOverdueInvoices } from './queries'

/** Today's list of issued invoices past their due date with something still to pay, each opening its engagement's contract. */
export function OverdueInvoices() {
  const overdue = useOverdueInvoices()
  const items = overdue.data?.items ?? []
  return (
    <TodaySection id="overdue-invoices" title="Overdue invoices" shown={items.length} total={items.length} empty="No invoice is overdue.">
      <ul className="today-list" aria-labelledby="overdue-invoices">
        {items.map((invoice) => (
          <li key={invoice.id}>
            {invoice.engagementId === null ? invoice.number : <Link to={`/engagements/${invoice.engagementId}`}>{invoice.number}</Link>}
            <span className="muted">
              {' '}
              · {invoice.clientName} · {formatMoney(invoice.outstandingMinor, invoice.currency)} due {formatDate(invoice.dueOn)}
            </span>
          </li>
        ))}
      </ul>
    </TodaySection>
  )
}
