import { useState } from 'react'
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { Engagement, EngagementStatus } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { ApiError, messageOf } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { ENGAGEMENT_STATUS_LABELS } from '../../lib/labels'
import { useSetEngagementStatus } from './queries'

const VERBS: Record<EngagementStatus, string> = {
  prospect: 'Back to prospect',
  active: 'Start or resume',
  paused: 'Pause',
  completed: 'Mark completed',
  cancelled: 'Cancel engagement'
}

/** Moves an engagement along its lifecycle, recording the day and an optional private note. */
export function StatusMenu({ engagement }: { engagement: Engagement }) {
  const setStatus = useSetEngagementStatus()
  const [target, setTarget] = useState<EngagementStatus | null>(null)
  const [date, setDate] = useState(todayIso())
  const [note, setNote] = useState('')
  const [error, setError] = useState<ApiError | null>(null)

  if (engagement.allowedNextStatuses.length === 0) return null

  const open = (status: EngagementStatus) => {
    setTarget(status)
    setDate(todayIso())
    setNote('')
    setError(null)
  }

  const save = () => {
    if (!target) return
    setStatus.mutate(
      { id: engagement.id, status: target, date, note },
      {
        onSuccess: () => {
          notify({ title: `Engagement ${ENGAGEMENT_STATUS_LABELS[target].toLowerCase()}` })
          setTarget(null)
        },
        onError: (failure) => setError(failure instanceof ApiError ? failure : new ApiError({ code: 'internal', message: messageOf(failure) }))
      }
    )
  }

  return (
    <>
      <MenuTrigger>
        <Button>Change status ▾</Button>
        <Popover className="popover menu-popover">
          <Menu className="menu" onAction={(key) => open(key as EngagementStatus)}>
            {engagement.allowedNextStatuses.map((status) => (
              <MenuItem key={status} id={status} className="menu-item">
                {VERBS[status]}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <FormDialog
        isOpen={target !== null}
        title={target ? `${VERBS[target]}?` : ''}
        submitLabel={target ? `Set to ${ENGAGEMENT_STATUS_LABELS[target].toLowerCase()}` : 'Save'}
        error={error && !error.field ? error.message : null}
        isPending={setStatus.isPending}
        destructive={target === 'cancelled'}
        onSubmit={save}
        onCancel={() => setTarget(null)}
      >
        <DateField label="Effective from" value={date} onChange={setDate} error={error?.field === 'date' ? error.message : undefined} isRequired />
        <Field
          label="Note"
          multiline
          rows={3}
          value={note}
          onChange={setNote}
          description="Private to you, e.g. why it paused."
          error={error?.field === 'note' ? error.message : undefined}
        />
      </FormDialog>
    </>
  )
}
