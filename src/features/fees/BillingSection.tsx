import { useState, type ReactNode } from 'react'
import type { Engagement } from '../../../electron/shared/engagements'
import { PAYER_LABELS, type BillingTerms, type PackageUse } from '../../../electron/shared/fees'
import { formatMoney } from '../../../electron/shared/money'
import { countOf, noun } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { formatDate, todayIso } from '../../lib/format'
import { BillingDialog, noticeWords } from './BillingDialog'
import { useBillingTerms } from './queries'
import './fees.css'

/** How the contract is billed and how much of it is used, with the way to change the billing terms. */
export function BillingSection({ engagement }: { engagement: Engagement }) {
  const terms = useBillingTerms(engagement.id)
  const [editing, setEditing] = useState(false)
  return (
    <section aria-labelledby="billing-heading" className="billing">
      <div className="section-header">
        <h3 id="billing-heading">Billing</h3>
        <Button onPress={() => setEditing(true)} isDisabled={!terms.data}>
          Edit billing…
        </Button>
      </div>
      {terms.data ? <BillingTermsView engagement={engagement} terms={terms.data} /> : <p className="muted">Loading the billing terms…</p>}
      {editing && terms.data ? <BillingDialog engagement={engagement} terms={terms.data} onClose={() => setEditing(false)} /> : null}
    </section>
  )
}

function BillingTermsView({ engagement, terms }: { engagement: Engagement; terms: BillingTerms }) {
  const sponsor = terms.sponsor
  return (
    <div className="billing-columns">
      <dl className="details">
        <Detail label="Who pays">
          {terms.payer === 'sponsor' && sponsor ? sponsor.name : PAYER_LABELS[terms.payer]}
          {terms.payer === 'sponsor' && sponsor ? (
            <div className="muted term-note">
              {[sponsor.billingContact, sponsor.billingAddress, sponsor.taxId && `Tax id ${sponsor.taxId}`].filter(Boolean).join(' · ') ||
                'No billing details yet: add them on the sponsor’s page.'}
            </div>
          ) : null}
        </Detail>
        <Detail label="Late cancellations">
          {terms.lateCancellationBillable
            ? `Billed when cancelled with less than ${noticeWords(terms.lateCancellationNoticeHours)}`
            : 'Not billed'}
        </Detail>
        <Detail label="Instalments">
          {terms.instalments.length === 0 ? (
            engagement.fee?.basis === 'package' ? (
              'None: the package is paid at once'
            ) : engagement.fee?.basis === 'monthly_retainer' ? (
              'None: the retainer is paid month by month'
            ) : (
              <span className="muted">—</span>
            )
          ) : (
            <ul className="plain-list">
              {terms.instalments.map((instalment) => (
                <li key={instalment.id}>
                  {formatDate(instalment.dueOn)}: {formatMoney(instalment.amountMinor, engagement.fee?.currency ?? 'EUR')}
                </li>
              ))}
            </ul>
          )}
        </Detail>
      </dl>
      {terms.use ? <UseAtAGlance use={terms.use} /> : <p className="muted">No fee recorded: nothing to bill. Set one with Edit contract.</p>}
    </div>
  )
}

/** Sessions used of those planned, the value used and left, and what the contract makes payable by today. */
function UseAtAGlance({ use }: { use: PackageUse }) {
  const money = (amount: number | null) => (amount === null ? null : formatMoney(amount, use.currency))
  const held = countOf(use.heldSessions, noun('held session'))
  const late = use.billableLateCancellations > 0 ? ` and ${countOf(use.billableLateCancellations, noun('late cancellation'))}` : ''
  return (
    <dl className="details" aria-label="Use of the fee">
      <Detail label="Sessions used">
        {use.plannedSessions === null ? `${use.sessionsUsed}` : `${use.sessionsUsed} of ${use.plannedSessions}`}
        <div className="muted term-note">
          {held}
          {late}
        </div>
      </Detail>
      {use.valueUsedMinor !== null ? <Detail label="Value used">{money(use.valueUsedMinor)}</Detail> : null}
      {use.valueRemainingMinor !== null ? <Detail label="Value remaining">{money(use.valueRemainingMinor)}</Detail> : null}
      {use.retainerMonths !== null ? <RetainerMonths months={use.retainerMonths} /> : null}
      <Detail label="Due so far">
        {money(use.dueSoFarMinor)}
        <div className="muted term-note">Payable under the contract by {formatDate(todayIso())}.</div>
      </Detail>
    </dl>
  )
}

/** The months of a retainer begun by today: how many, and from when to when. */
function RetainerMonths({ months }: { months: string[] }) {
  const first = months[0]
  const last = months.at(-1)
  return (
    <Detail label="Months begun">
      {months.length}
      <div className="muted term-note">
        {first && last
          ? `${first === last ? `The month from ${formatDate(first)}` : `Months from ${formatDate(first)} to the one from ${formatDate(last)}`}: each is due as it begins.`
          : 'None yet: the first month begins on the start date.'}
      </div>
    </Detail>
  )
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
