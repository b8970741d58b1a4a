import type { SESSIONS, SESSION_INTRODUCTIONS } from '../../shared/columns/sessions'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/sessions.ts).
export type SessionsTable = StoredRow<typeof SESSIONS>
export type SessionIntroductionsTable = StoredRow<typeof SESSION_INTRODUCTIONS>

export interface SessionTables {
  sessions: SessionsTable
  sessionIntroductions: SessionIntroductionsTable
}
