import { useState } from 'react'
import { Button } from '../../components/Button'
import { messageOf } from '../../lib/api'
import { ActionDialog } from './ActionDialog'
import { ActionList } from './ActionItem'
import { useOpenActions } from './queries'
import './actions.css'

/** The engagement's accountability list: every open action, the overdue ones marked. */
export function OpenActions({ engagementId, goals }: { engagementId: number; goals: readonly { id: number; statement: string }[] }) {
  const open = useOpenActions(engagementId)
  const [adding, setAdding] = useState(false)
  const items = open.data?.items ?? []
  const overdue = items.filter((action) => action.overdue).length

  return (
    <section className="open-actions" aria-labelledby="open-actions-heading">
      <div className="section-header">
        <h2 id="open-actions-heading" className="open-actions-heading">
          Open actions{' '}
          {open.isSuccess ? (
            <span className="muted open-actions-count">
              {items.length}
              {overdue > 0 ? <span className="overdue"> · {overdue} overdue</span> : null}
            </span>
          ) : null}
        </h2>
        <Button onPress={() => setAdding(true)}>New action</Button>
      </div>
      {open.isError ? (
        <p className="form-error" role="alert">
          {messageOf(open.error)}
        </p>
      ) : open.isSuccess ? (
        <ActionList
          actions={items}
          label="Open actions"
          showGoal
          goals={goals}
          empty="No open actions. Actions agreed with the client appear here until they are done, so you can follow up in the next session."
        />
      ) : null}
      {adding ? <ActionDialog engagementId={engagementId} goals={goals} onClose={() => setAdding(false)} /> : null}
    </section>
  )
}
