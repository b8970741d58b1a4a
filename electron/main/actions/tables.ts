import type { Generated } from 'kysely'
import type { ActionStatus } from '../../shared/actions'

export interface ActionsTable {
  id: Generated<number>
  engagementId: number
  goalId: number | null
  /** Added by migration 007 (sessions): the session it was agreed in. */
  sessionId: number | null
  description: string
  owner: 'client' | 'coach' | 'sponsor'
  dueOn: string | null
  resources: string
  obstacles: string
  overcome: string
  status: ActionStatus
  doneOn: string | null
  createdAt: string
  updatedAt: string
}

export interface MilestonesTable {
  id: Generated<number>
  goalId: number
  title: string
  dueOn: string
  reached: number
  createdAt: string
  updatedAt: string
}

export interface ActionTables {
  actions: ActionsTable
  milestones: MilestonesTable
}
