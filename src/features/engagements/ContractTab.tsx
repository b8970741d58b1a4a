import { useState, type ReactNode } from 'react'
import { useNavigate, useOutletContext } from 'react-router'
import { CADENCE_LABELS, ENGAGEMENT_STATUS_WORDS, formatFee, SPONSOR_REPORTING, type DeleteImpact, type Engagement, type StatusChange } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'
import { formatDate, formatDateTime } from '../../lib/format'
import { shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { Attachments } from '../attachments/Attachments'
import { RecordHistory } from '../changes/RecordHistory'
import { useCorrectStatusChange, useDeleteEngagement } from './queries'
import { StatusChangeDialog } from './StatusChangeDialog'
import './engagements.css'
import { countOf, listOf, noun } from '../../../electron/shared/words'
import { UNDO_BRINGS_IT_BACK } from '../undo/words'
import { EngagementTags } from '../tags/EngagementTags'
import { BillingSection } from '../fees/BillingSection'
import { ExportAgreementButton } from '../agreement/ExportAgreementButton'
import { InvoicesSection } from '../invoices/InvoicesSection'

/** The agreed terms at a glance, with the way to change or end the contract. */
export function ContractTab() {
  const engagement = useOutletContext<Engagement>()
  const navigate = useNavigate()
  const edit = () => void navigate(`/engagements/${engagement.id}/edit`)

  useCommands({ 'record.edit': edit })

  return (
    <div className="contract">
      <div className="section-header contract-actions">
        <h2 className="visually-hidden">Contract</h2>
        <div className="toolbar">
          <Button variant="primary" onPress={edit} aria-keyshortcuts={shortcutLabel('e')}>
            Edit contract
          </Button>
          <ExportAgreementButton engagementId={engagement.id} />
          <DeleteEngagementButton engagement={engagement} />
        </div>
      </div>

      <div className="contract-columns">
        <TermsGroup title="Agreement">
          <Term label="Client">{engagement.clientName}</Term>
          <Term label="Kind">{engagement.kind.name}</Term>
          <Term label="Sponsor">{engagement.sponsorOrganisation?.name}</Term>
          <Term label="Sponsor contact">{engagement.sponsorContact?.name}</Term>
          <Term label="Fee">{engagement.fee ? formatFee(engagement.fee) : 'No fee recorded'}</Term>
        </TermsGroup>
        <TermsGroup title="Schedule">
          <Term label="Start">{engagement.startDate && formatDate(engagement.startDate)}</Term>
          <Term label="Planned end">{engagement.plannedEndDate && formatDate(engagement.plannedEndDate)}</Term>
          <Term label="Sessions">{engagement.plannedSessions === null ? 'Open-ended' : `${engagement.plannedSessions} planned`}</Term>
          <Term label="Length">{engagement.sessionMinutes} minutes</Term>
          <Term label="Cadence">{CADENCE_LABELS[engagement.cadence]}</Term>
        </TermsGroup>
        <TermsGroup title="Records">
          <Term label="Consent to keep records">{engagement.recordsConsentOn && formatDate(engagement.recordsConsentOn)}</Term>
          <Term label="Disposal date">{engagement.disposalOn && formatDate(engagement.disposalOn)}</Term>
          <Term label="Sponsor reporting">
            {SPONSOR_REPORTING[engagement.sponsorReporting].label}
            <div className="muted term-note">{SPONSOR_REPORTING[engagement.sponsorReporting].explanation}</div>
          </Term>
        </TermsGroup>
      </div>
      <EngagementTags engagementId={engagement.id} />
      <BillingSection engagement={engagement} />
      <InvoicesSection engagement={engagement} />

      <TermsText title="Cancellation terms" text={engagement.cancellationTerms} />
      <TermsText title="Confidentiality terms" text={engagement.confidentialityTerms} />

      <Attachments on={{ kind: 'engagement', id: engagement.id }} />

      <StatusHistory engagement={engagement} />

      <RecordHistory table="engagements" id={engagement.id} noun="engagement" />

      <footer className="record-footer muted">
        Contracted {formatDateTime(engagement.createdAt)} · Last changed {formatDateTime(engagement.updatedAt)}
      </footer>
    </div>
  )
}

function TermsGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = `terms-${title.toLowerCase()}`
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <dl className="details">{children}</dl>
    </section>
  )
}

/** One term; a missing value shows as a dash, not as a gap. */
function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children === null || children === undefined || children === '' ? <span className="muted">—</span> : children}</dd>
    </div>
  )
}

function TermsText({ title, text }: { title: string; text: string }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {text ? <div className="notes">{text}</div> : <p className="muted">None agreed yet. Add them with Edit contract.</p>}
    </section>
  )
}

/** Each change of status with its day and note; a day or note entered wrongly can be corrected. */
function StatusHistory({ engagement }: { engagement: Engagement }) {
  const correct = useCorrectStatusChange()
  const [correcting, setCorrecting] = useState<StatusChange | null>(null)
  const start = engagement.statusHistory.find((change) => change.status === 'active')
  const describe = (change: StatusChange) => `${ENGAGEMENT_STATUS_WORDS[change.status].label} from ${formatDate(change.date)}`
  return (
    <section aria-labelledby="status-history-heading">
      <h3 id="status-history-heading">Status history</h3>
      <table className="data-table" aria-labelledby="status-history-heading">
        <thead>
          <tr>
            <th scope="col" className="col-date">Date</th>
            <th scope="col" className="col-status">Status</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Corrections</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {engagement.statusHistory.map((change) => (
            <tr key={change.id}>
              <td className="nowrap">{formatDate(change.date)}</td>
              <td>
                <span className={`status status-${change.status}`}>{ENGAGEMENT_STATUS_WORDS[change.status].label}</span>
              </td>
              <td className="notes">{change.note || <span className="muted">—</span>}</td>
              <td className="nowrap">
                <Button variant="quiet" onPress={() => setCorrecting(change)} aria-label={`Correct: ${describe(change)}`}>
                  Correct
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {correcting ? (
        <StatusChangeDialog
          title={`Correct “${describe(correcting)}”`}
          submitLabel="Save correction"
          initial={{ date: correcting.date, note: correcting.note }}
          dateDescription={
            correcting.id === start?.id ? 'The day it started: also the start date in the contract.' : 'On or after the change before it, on or before the one after.'
          }
          isPending={correct.isPending}
          onSave={async (fields) => {
            await correct.mutateAsync({ id: correcting.id, ...fields })
            notify({ title: 'Status history corrected' })
            setCorrecting(null)
          }}
          onCancel={() => setCorrecting(null)}
        />
      ) : null}
    </section>
  )
}

const IMPACT_WORDS: [keyof Omit<DeleteImpact, 'id' | 'title'>, string][] = [
  ['sessions', 'session'],
  ['introductions', 'introduction'],
  ['goals', 'goal'],
  ['measurements', 'measurement'],
  ['actions', 'action'],
  ['milestones', 'milestone'],
  ['intakeNotes', 'intake note'],
  ['stakeholderInterviews', 'stakeholder interview'],
  ['assessmentResults', 'assessment result'],
  ['growthAreas', 'growth area'],
  ['reviews', 'review']
]

/** "3 sessions, 2 goals and 5 actions", or null when nothing has been recorded yet. */
function describeImpact(impact: DeleteImpact): string | null {
  const parts = IMPACT_WORDS.filter(([key]) => impact[key] > 0).map(([key, one]) => countOf(impact[key], noun(one)))
  return parts.length === 0 ? null : listOf(parts)
}

/** Asks main what would go with the engagement, says so, and deletes only when confirmed. */
function DeleteEngagementButton({ engagement }: { engagement: Engagement }) {
  const navigate = useNavigate()
  const remove = useDeleteEngagement()
  const [impact, setImpact] = useState<DeleteImpact | null>(null)
  const [checking, setChecking] = useState(false)

  const ask = async () => {
    setChecking(true)
    try {
      setImpact(await api.engagements.deleteImpact({ id: engagement.id }))
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    } finally {
      setChecking(false)
    }
  }

  const onDelete = () => {
    setImpact(null)
    remove.mutate(
      { id: engagement.id },
      {
        onSuccess: () => {
          notify({ title: `${engagement.title} deleted` })
          void navigate(`/clients/${engagement.clientId}`)
        },
        onError: (error) => notify({ title: 'Not deleted', description: messageOf(error) })
      }
    )
  }

  const contents = impact ? describeImpact(impact) : null
  return (
    <>
      <Button variant="danger" onPress={() => void ask()} isPending={checking || remove.isPending}>
        Delete engagement…
      </Button>
      <ConfirmDialog
        isOpen={impact !== null}
        title={`Delete ${engagement.title} permanently?`}
        confirmLabel="Delete engagement"
        destructive
        onConfirm={onDelete}
        onCancel={() => setImpact(null)}
      >
        <p>
          {contents
            ? `The contract goes, and with it everything recorded under it: ${contents}.`
            : 'The contract and its status history will be erased. Nothing else has been recorded under it yet.'}
        </p>
        <p>{UNDO_BRINGS_IT_BACK} {engagement.clientName}'s other engagements and client record are kept.</p>
      </ConfirmDialog>
    </>
  )
}
