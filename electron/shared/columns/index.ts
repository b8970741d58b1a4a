import { ACTIONS, MILESTONES } from './actions'
import {
  ASSESSMENT_RESULTS,
  ASSESSMENT_SCORES,
  GROWTH_AREA_EVIDENCE,
  GROWTH_AREAS,
  INTAKE_NOTES,
  STAKEHOLDER_INTERVIEWS
} from './assessment'
import { ATTACHMENTS } from './attachments'
import { CLIENT_TAGS, CLIENTS } from './clients'
import { COACHING_GROUP_SESSIONS, COACHING_GROUPS, COACHING_LOG_CLIENTS, COACHING_LOG_ENGAGEMENTS } from './coachingLog'
import type { Table } from './column'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUS_CHANGES, ENGAGEMENTS } from './engagements'
import { GOAL_MEASUREMENTS, GOALS } from './goals'
import { ORGANISATION_CONTACTS, ORGANISATIONS } from './organisations'
import { REVIEW_OUTCOMES, REVIEWS } from './reviews'
import { SESSION_INTRODUCTIONS, SESSIONS } from './sessions'
import { SETTINGS } from './settings'
import { SAVED_FILTERS } from './filters'
import { ENGAGEMENT_TAGS } from './tags'
import { ENGAGEMENT_BILLING, FEE_INSTALMENTS, LATE_CANCELLATIONS, SPONSOR_BILLING } from './fees'
import { TEMPLATES } from './templates'
import { INVOICE_LINES, INVOICE_PAYMENTS, INVOICE_SERIES, INVOICES } from './invoices'

/**
 * Every table Coachbook keeps records in, each with its one column list (see column.ts
 * for what a list says and the checklist for adding a column). The full-text index's
 * tables are not here: they are built from these (search/sources.ts).
 */
export const TABLES: readonly Table[] = [
  CLIENTS,
  CLIENT_TAGS,
  ORGANISATIONS,
  ORGANISATION_CONTACTS,
  ENGAGEMENT_KINDS,
  ENGAGEMENTS,
  ENGAGEMENT_STATUS_CHANGES,
  ENGAGEMENT_TAGS,
  INTAKE_NOTES,
  STAKEHOLDER_INTERVIEWS,
  ASSESSMENT_RESULTS,
  ASSESSMENT_SCORES,
  GROWTH_AREAS,
  GROWTH_AREA_EVIDENCE,
  GOALS,
  GOAL_MEASUREMENTS,
  ACTIONS,
  MILESTONES,
  SESSIONS,
  SESSION_INTRODUCTIONS,
  REVIEWS,
  REVIEW_OUTCOMES,
  SETTINGS,
  SAVED_FILTERS,
  COACHING_LOG_CLIENTS,
  COACHING_LOG_ENGAGEMENTS,
  COACHING_GROUPS,
  COACHING_GROUP_SESSIONS,
  ENGAGEMENT_BILLING,
  FEE_INSTALMENTS,
  LATE_CANCELLATIONS,
  SPONSOR_BILLING,
  TEMPLATES,
  ATTACHMENTS,
  INVOICE_SERIES,
  INVOICES,
  INVOICE_LINES,
  INVOICE_PAYMENTS
]
