import type { EngagementStatus } from '../../electron/shared/engagements'

/** The words a coach reads for each stored value. */
export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  cancelled: 'Cancelled'
}
