import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { IncomeFigures, IncomeOverview } from '../../../electron/shared/income'
import { formatMoney } from '../../../electron/shared/money'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { SelectField } from '../../components/SelectField'
import { messageOf } from '../../lib/api'
import { dateTimeFormat, formatDate, todayIso } from '../../lib/format'
import { useExportIncomeCsv, useIncomeOverview } from './queries'
import './income.css'

/** "2026-03" → "March", in the coach's locale (the month of a calendar day, the same in every time zone). */
function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number)
  return dateTimeFormat({ month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, number! - 1, 15)))
}

/** Invoiced, paid and outstanding in a year, per month, client and sponsor, each currency on its own; the ledger as CSV. */
export function IncomePage() {
  const [today] = useState(todayIso)
  const [year, setYear] = useState(() => Number(today.slice(0, 4)))
  const overview = useIncomeOverview(year, today)
  const exportCsv = useExportIncomeCsv()
  const years = overview.data?.years ?? [year]
  return (
    <div className="workspace">
      <div className="tab-panel income-page">
        <header className="income-header">
          <h1>Income</h1>
          <div className="income-actions">
            <SelectField<number>
              label="Year"
              className="income-year"
              options={years.map((each) => ({ value: each, label: String(each) }))}
              value={year}
              onChange={setYear}
            />
            <Button onPress={() => exportCsv.mutate({ year, today })} isPending={exportCsv.isPending}>
              Export CSV…
            </Button>
          </div>
        </header>
        <p className="muted income-intro">
          Each currency on its own. An invoice counts as invoiced on its issue date and a credit note against it on its own; a payment
          counts on its payment date; drafts never count. Outstanding is what was invoiced less what was paid, up to the end of the
          month or year, or today. The CSV lists every invoice, credit note and payment of the year for your accountant.
        </p>
        {overview.isError ? (
          <p className="form-error" role="alert">
            {messageOf(overview.error)}
          </p>
        ) : overview.data ? (
          <IncomeContent overview={overview.data} today={today} />
        ) : null}
      </div>
    </div>
  )
}

function IncomeContent({ overview, today }: { overview: IncomeOverview; today: string }) {
  const outstandingAt = overview.year < Number(today.slice(0, 4)) ? 'at the year’s end' : 'today'
  if (overview.totals.length === 0 && overview.overdue.length === 0) {
    return (
      <EmptyState title={`No income in ${overview.year}`}>
        Issue an invoice from an engagement’s Contract tab, and record its payments there: what you invoice and are paid appears here by
        month, client and sponsor. Or choose another year.
      </EmptyState>
    )
  }
  return (
    <>
      <Section id="income-year" title={String(overview.year)}>
        <FiguresTable
          label={`Income in ${overview.year}`}
          first="Currency"
          rows={overview.totals.map((row) => ({ key: row.currency, name: row.currency, figures: row }))}
          outstanding={`Outstanding ${outstandingAt}`}
          showCurrency={false}
        />
      </Section>
      <Months overview={overview} />
      <Section id="income-clients" title="By client">
        <FiguresTable
          label={`Income by client in ${overview.year}`}
          first="Client"
          rows={overview.clients.map((row) => ({
            key: `${row.clientId ?? `erased ${row.name}`} ${row.currency}`,
            name: row.clientId === null ? `${row.name} (erased)` : <Link to={`/clients/${row.clientId}`}>{row.name}</Link>,
            figures: row
          }))}
          outstanding={`Outstanding ${outstandingAt}`}
        />
      </Section>
      <Section id="income-sponsors" title="By sponsor">
        <FiguresTable
          label={`Income by sponsor in ${overview.year}`}
          first="Sponsor"
          rows={overview.sponsors.map((row) => ({
            key: `${row.organisationId ?? 'none'} ${row.currency}`,
            name: row.organisationId === null ? 'No sponsor' : <Link to={`/organisations/${row.organisationId}`}>{row.name}</Link>,
            figures: row
          }))}
          outstanding={`Outstanding ${outstandingAt}`}
        />
      </Section>
      <Overdue overdue={overview.overdue} />
    </>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="income-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

/** One table per currency: amounts of two currencies never stand in one column. */
function Months({ overview }: { overview: IncomeOverview }) {
  const currencies = [...new Set(overview.months.map((row) => row.currency))]
  return (
    <Section id="income-months" title="By month">
      {currencies.map((currency) => (
        <FiguresTable
          key={currency}
          label={`Income by month in ${overview.year}, ${currency}`}
          caption={currency}
          first="Month"
          rows={overview.months
            .filter((row) => row.currency === currency)
            .map((row) => ({ key: row.month, name: monthName(row.month), figures: row }))}
          outstanding="Outstanding at the month’s end"
          showCurrency={false}
        />
      ))}
    </Section>
  )
}

interface FiguresRow {
  key: string
  name: ReactNode
  figures: IncomeFigures
}

function FiguresTable({
  label,
  caption,
  first,
  rows,
  outstanding,
  showCurrency = true
}: {
  label: string
  caption?: string
  first: string
  rows: FiguresRow[]
  outstanding: string
  showCurrency?: boolean
}) {
  if (rows.length === 0) return <p className="muted">Nothing invoiced, paid or outstanding.</p>
  return (
    <table className="income-table" aria-label={label}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {showCurrency ? <th scope="col">Currency</th> : null}
          <th scope="col" className="numeric">
            Invoiced
          </th>
          <th scope="col" className="numeric">
            Paid
          </th>
          <th scope="col" className="numeric">
            {outstanding}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, name, figures }) => (
          <tr key={key}>
            <th scope="row">{name}</th>
            {showCurrency ? <td>{figures.currency}</td> : null}
            <td className="numeric">{formatMoney(figures.invoicedMinor, figures.currency)}</td>
            <td className="numeric">{formatMoney(figures.paidMinor, figures.currency)}</td>
            <td className="numeric">{formatMoney(figures.outstandingMinor, figures.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Overdue({ overdue }: { overdue: IncomeOverview['overdue'] }) {
  return (
    <Section id="income-overdue" title="Overdue invoices">
      {overdue.length === 0 ? (
        <p className="muted">No invoice is overdue.</p>
      ) : (
        <table className="income-table" aria-labelledby="income-overdue">
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Client</th>
              <th scope="col">Due</th>
              <th scope="col" className="numeric">
                Outstanding
              </th>
            </tr>
          </thead>
          <tbody>
            {overdue.map((invoice) => (
              <tr key={invoice.id}>
                <th scope="row">
                  {invoice.engagementId === null ? invoice.number : <Link to={`/engagements/${invoice.engagementId}`}>{invoice.number}</Link>}
                </th>
                <td>{invoice.clientName ?? '—'}</td>
                <td>{formatDate(invoice.dueOn)}</td>
                <td className="numeric">{formatMoney(invoice.outstandingMinor, invoice.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  )
}
