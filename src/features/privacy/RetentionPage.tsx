import { useState } from 'react'
import { Link } from 'react-router'
import type { RetentionItem } from '../../../electron/shared/privacy'
import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate, todayIso } from '../../lib/format'
import { erasureNote, useEraseEngagement, useRetentionDue } from './queries'
import './privacy.css'
import { NEVER_UNDONE } from '../undo/words'

/** Engagements whose disposal date has come, to erase one by one after confirming. */
export function RetentionPage() {
  const [today] = useState(todayIso)
  const due = useRetentionDue(today)
  const [erasing, setErasing] = useState<RetentionItem | null>(null)

  return (
    <div className="workspace">
      <div className="tab-panel retention-page">
        <h1 id="retention-title">Records due for disposal</h1>
        <p className="muted retention-intro">
          Engagements whose disposal date, agreed in the contract, has come. Erasing one removes it with everything under
          it for good; the client record stays.
        </p>
        {due.isError ? (
          <p className="form-error" role="alert">
            {messageOf(due.error)}
          </p>
        ) : due.isSuccess && due.data.items.length === 0 ? (
          <EmptyState title="No records are due for disposal">
            When an engagement's disposal date passes, it is listed here so you can erase it. Set the disposal date in an
            engagement's contract.
          </EmptyState>
        ) : due.isSuccess ? (
          <RetentionTable items={due.data.items} onErase={setErasing} />
        ) : null}
      </div>
      {erasing ? <EraseEngagementConfirm item={erasing} onDone={() => setErasing(null)} /> : null}
    </div>
  )
}

function RetentionTable({ items, onErase }: { items: RetentionItem[]; onErase(item: RetentionItem): void }) {
  return (
    <table className="retention-table" aria-labelledby="retention-title">
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col">Engagement</th>
          <th scope="col">Disposal date</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.engagementId}>
            <td>
              <Link to={`/clients/${item.clientId}`}>{item.clientName}</Link>
            </td>
            <td>
              <Link to={`/engagements/${item.engagementId}`}>{item.engagementTitle}</Link>
            </td>
            <td>{formatDate(item.disposalOn)}</td>
            <td>
              <span className={`status status-${item.status}`}>{ENGAGEMENT_STATUS_WORDS[item.status].label}</span>
            </td>
            <td className="retention-actions">
              <Button variant="danger" onPress={() => onErase(item)}>
                Erase…
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function EraseEngagementConfirm({ item, onDone }: { item: RetentionItem; onDone(): void }) {
  const erase = useEraseEngagement()
  const onConfirm = () => {
    onDone()
    erase.mutate(
      { engagementId: item.engagementId, confirm: true },
      {
        onSuccess: (result) =>
          notify({
            title: `${item.engagementTitle} erased`,
            description: erasureNote(result, `${item.clientName}'s client record stays.`)
          }),
        onError: (error) => notify({ title: 'Not erased', description: messageOf(error) })
      }
    )
  }
  return (
    <ConfirmDialog
      isOpen
      title={`Erase ${item.engagementTitle} for ${item.clientName}?`}
      confirmLabel="Erase engagement"
      destructive
      onConfirm={onConfirm}
      onCancel={onDone}
    >
      <p>
        The engagement and everything under it (sessions and their notes, goals, actions, assessment notes and reviews)
        will be erased from this computer, and the space it used overwritten. {NEVER_UNDONE}
      </p>
      <p>{item.clientName}'s client record and other engagements stay. Backups made before now still hold it.</p>
    </ConfirmDialog>
  )
}
