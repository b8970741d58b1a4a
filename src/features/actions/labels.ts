import type { ActionStatus } from '../../../electron/shared/actions'
import type { Action } from '../../../electron/shared/actions'

export const OWNER_LABELS: Record<Action['owner'], string> = { client: 'Client', coach: 'Coach', sponsor: 'Sponsor' }

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' }
