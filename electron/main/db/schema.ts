import type { ActionTables } from '../actions/tables'
import type { AssessmentTables } from '../assessment/tables'
import type { AttachmentTables } from '../attachments/tables'
import type { ClientTables } from '../clients/tables'
import type { CoachingLogTables } from '../coachingLog/tables'
import type { EngagementTables } from '../engagements/tables'
import type { FeeTables } from '../fees/tables'
import type { FilterTables } from '../filters/tables'
import type { GoalTables } from '../goals/tables'
import type { InvoiceTables } from '../invoices/tables'
import type { OrganisationTables } from '../organisations/tables'
import type { ReviewTables } from '../reviews/tables'
import type { SessionTables } from '../sessions/tables'
import type { SettingTables } from '../settings/tables'
import type { TagTables } from '../tags/tables'
import type { TemplateTables } from '../templates/tables'

/**
 * The database as Kysely sees it: every domain's tables, each declared in its own
 * folder. Column names are camelCase here and snake_case in SQLite; Kysely's
 * CamelCasePlugin translates between them. Yes/no columns are 0 or 1 in SQLite.
 */
export type DB = ClientTables &
  OrganisationTables &
  EngagementTables &
  AssessmentTables &
  GoalTables &
  ActionTables &
  SessionTables &
  ReviewTables &
  SettingTables &
  TagTables &
  FilterTables &
  CoachingLogTables &
  FeeTables &
  TemplateTables &
  AttachmentTables &
  InvoiceTables
