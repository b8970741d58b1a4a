import { useState } from 'react'
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { OpenActionsOnClosing } from '../../../electron/shared/actions'
import { ENGAGEMENT_STATUS_WORDS, isClosed, type Engagement, type EngagementStatus } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { todayIso } from '../../lib/format'
import { OpenActionsChoice } from '../actions/OpenActionsChoice'
import { useSetEngagementStatus } from './queries'
import { StatusChangeDialog } from './StatusChangeDialog'

/** Whether becoming active now is the engagement's start, whose day is its start date. */
function isStart(engagement: Engagement, status: EngagementStatus): boolean {
  return status === 'active' && !engagement.statusHistory.some((change) => change.status === 'active')
}

/** Moves an engagement along its lifecycle, recording the day (any day since the last change) and an optional private note. */
export function StatusMenu({ engagement }: { engagement: Engagement }) {
  const setStatus = useSetEngagementStatus()
  const [target, setTarget] = useState<EngagementStatus | null>(null)
  const [openActions, setOpenActions] = useState<OpenActionsOnClosing>('open')

  if (engagement.allowedNextStatuses.length === 0) return null

  const starting = target !== null && isStart(engagement, target)
  return (
    <>
      <MenuTrigger>
        <Button>Change status ▾</Button>
        <Popover className="popover menu-popover">
          <Menu
            className="menu"
            onAction={(key) => {
              setTarget(key as EngagementStatus)
              setOpenActions('open')
            }}
          >
            {engagement.allowedNextStatuses.map((status) => (
              <MenuItem key={status} id={status} className="menu-item">
                {ENGAGEMENT_STATUS_WORDS[status].command}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      {target ? (
        <StatusChangeDialog
          title={`${ENGAGEMENT_STATUS_WORDS[target].command}?`}
          submitLabel={`Set to ${ENGAGEMENT_STATUS_WORDS[target].label.toLowerCase()}`}
          destructive={target === 'cancelled'}
          initial={{ date: (starting ? engagement.startDate : null) ?? todayIso(), note: '' }}
          dateDescription={starting ? 'The day it started: it becomes the start date in the contract.' : undefined}
          isPending={setStatus.isPending}
          onSave={async ({ date, note }) => {
            await setStatus.mutateAsync({ id: engagement.id, status: target, date, note, openActions })
            notify({ title: `Engagement ${ENGAGEMENT_STATUS_WORDS[target].label.toLowerCase()}` })
            setTarget(null)
          }}
          onCancel={() => setTarget(null)}
          more={(date) =>
            isClosed(target) ? <OpenActionsChoice engagementId={engagement.id} closingOn={date} value={openActions} onChange={setOpenActions} /> : null
          }
        />
      ) : null}
    </>
  )
}
