import type { Generated } from 'kysely'
import type { SessionStatus } from '../../shared/sessions'

export interface SessionsTable {
  id: Generated<number>
  engagementId: number
  startsAt: string
  durationMinutes: number
  format: 'in_person' | 'video' | 'phone'
  billing: 'paid' | 'pro_bono'
  status: SessionStatus
  agenda: string
  notes: string
  notesShareable: number
  privateObservations: string
  nextFocus: string
  topicsDiscussed: string
  adviceGiven: string
  createdAt: string
  updatedAt: string
}

export interface SessionIntroductionsTable {
  id: Generated<number>
  sessionId: number
  position: number
  introducedTo: string
  reason: string
  outcome: string
}

export interface SessionTables {
  sessions: SessionsTable
  sessionIntroductions: SessionIntroductionsTable
}
