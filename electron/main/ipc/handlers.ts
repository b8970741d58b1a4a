import { actionHandlers } from '../actions'
import { assessmentHandlers } from '../assessment'
import { attachmentHandlers } from '../attachments'
import { backupHandlers } from '../backup'
import { undoHandlers } from '../changes'
import { historyHandlers } from '../changes'
import { calendarHandlers } from '../calendar'
import { clientHandlers } from '../clients'
import type { Handlers } from '../db/door'
import type { PracticeSession } from '../db/session'
import { diagnosticsHandlers } from '../diagnostics'
import { engagementHandlers } from '../engagements'
import { feeHandlers } from '../fees'
import { filterHandlers } from '../filters'
import { goalHandlers } from '../goals'
import { incomeHandlers } from '../income'
import { invoiceHandlers } from '../invoices'
import { linkHandlers } from '../links'
import type { Logger } from '../logging/logger'
import { organisationHandlers } from '../organisations'
import type { AppFacts, Platform } from '../platform'
import { preferenceHandlers } from '../preferences'
import { privacyHandlers } from '../privacy'
import { reminderHandlers } from '../reminders'
import { reportHandlers } from '../reports'
import { reviewHandlers } from '../reviews'
import { searchHandlers } from '../search'
import { sessionHandlers } from '../sessions'
import { tagHandlers } from '../tags'
import { templateHandlers } from '../templates'
import { todayHandlers } from '../today'

/** What the handlers need from around them; each domain takes the part it uses. The database comes with each call. */
export interface MainContext {
  /** The app's bundled resources (fonts for the PDF reports). */
  resourcesDir: string
  platform: Platform
  /** The open practice: its file, and the connection to use even after a restore replaced it. */
  practice: PracticeSession
  /** The main-process log: events and error codes, never what the coach typed. */
  log: Logger
  /** What this run of Coachbook is and where it keeps its data, for Settings' diagnostics. */
  facts: AppFacts
}

/**
 * Every channel's handler, one domain at a time, each registered as a read, a write
 * (one transaction of the door) or a channel with effects beyond the database
 * (db/door.ts). The type makes a missing channel a compile error.
 */
export function createHandlers(context: MainContext): Handlers {
  return {
    ...clientHandlers,
    ...backupHandlers(context),
    ...organisationHandlers,
    ...engagementHandlers,
    ...assessmentHandlers,
    ...goalHandlers,
    ...actionHandlers,
    ...sessionHandlers,
    ...reportHandlers(context),
    ...reviewHandlers,
    ...searchHandlers,
    ...privacyHandlers(context),
    ...diagnosticsHandlers(context),
    ...todayHandlers(context),
    ...linkHandlers,
    ...undoHandlers(() => context.practice.database.undo),
    ...tagHandlers,
    ...filterHandlers,
    ...historyHandlers,
    ...calendarHandlers(context),
    ...reminderHandlers,
    ...feeHandlers,
    ...templateHandlers,
    ...attachmentHandlers(context),
    ...preferenceHandlers(context),
    ...invoiceHandlers(context),
    ...incomeHandlers
  }
}
