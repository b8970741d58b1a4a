import type { ActionStatus } from '../../shared/actions'
import type { GoalStatus } from '../../shared/goals'
import type { ReportKind } from '../../shared/reports'
import type { ReviewKind } from '../../shared/reviews'

/** The words printed for stored values. Reports are written in English. */
export const REPORT_TITLES: Record<ReportKind, string> = {
  summary: 'End-of-engagement summary',
  action_plan: 'Action plan',
  progress: 'Progress report'
}

export const GOAL_STATUS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  achieved: 'Achieved',
  dropped: 'Dropped'
}

export const ACHIEVED: Record<'yes' | 'partly' | 'no', string> = {
  yes: 'Achieved',
  partly: 'Partly achieved',
  no: 'Not achieved'
}

export const OWNER: Record<'client' | 'coach' | 'sponsor', string> = {
  client: 'Client',
  coach: 'Coach',
  sponsor: 'Sponsor'
}

export const ACTION_STATUS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped'
}

export const REVIEW_KIND: Record<ReviewKind, string> = {
  midpoint: 'mid-point review',
  final: 'final review'
}
