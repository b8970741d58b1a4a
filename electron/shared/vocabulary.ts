import {
  ACTION_OWNER_LABELS,
  ACTION_OWNERS,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  OPEN_ACTIONS_ON_CLOSING,
  OPEN_ACTIONS_ON_CLOSING_WORDS
} from './actions'
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, INSTRUMENT_LABELS, INSTRUMENTS, RATER_GROUP_LABELS, RATER_GROUPS } from './assessment'
import { AGREEMENT_PLACEHOLDER_NAMES, AGREEMENT_PLACEHOLDERS } from './agreement'
import { ATTACHMENT_OWNER_LABELS, ATTACHMENT_OWNERS } from './attachments'
import { BACKUP_INTERVAL_LABELS, BACKUP_INTERVALS, BACKUP_KIND_LABELS, BACKUP_KINDS } from './backup'
import { CLIENT_NAMING_LABELS, CLIENT_NAMINGS } from './calendar'
import { START_SCREEN_LABELS, START_SCREENS } from './today'
import { THEME_LABELS, THEMES } from './preferences'
import { ACTION_TIMING_LABELS, ACTION_TIMINGS } from './reminders'
import { ARCHIVE_FILTER_LABELS, ARCHIVE_FILTERS } from './clients'
import { CLIENT_KIND_LABELS, CLIENT_KINDS, CREDENTIAL_RULES, CREDENTIALS } from './coachingLog'
import {
  CADENCE_LABELS,
  CADENCES,
  ENGAGEMENT_STATUS_WORDS,
  ENGAGEMENT_STATUSES,
  FEE_BASES,
  FEE_BASIS_WORDS,
  SPONSOR_REPORTING,
  SPONSOR_REPORTING_LEVELS
} from './engagements'
import { SAVED_FILTER_LIST_LABELS, SAVED_FILTER_LISTS, SINCE_LAST_SESSION, SINCE_LAST_SESSION_WORDS } from './filters'
import { HISTORY_TABLE_NOUNS, HISTORY_TABLES } from './history'
import { ACHIEVED, ACHIEVED_WORDS, GOAL_STATUS_LABELS, GOAL_STATUSES, MEASURE_LABELS, MEASURES, PRIORITIES, PRIORITY_LABELS } from './goals'
import { LINKED_KIND_NOUNS, LINKED_KINDS } from './links'
import { REPORT_KIND_LABELS, REPORT_KINDS } from './reports'
import { AUDIENCE_LABELS, AUDIENCES, PRIVACY_MARKS, REVIEW_KIND_LABELS, REVIEW_KINDS, type PrivacyMark } from './reviews'
import { SEARCH_TYPE_NOUNS, SEARCH_TYPES, SEARCH_VISIBILITY, SEARCH_VISIBILITY_LABELS } from './search'
import { MONTHLY_RULE_LABELS, MONTHLY_RULES, SERIES_FREQUENCIES, SERIES_FREQUENCY_LABELS } from './sessionSeries'
import { PAYER_LABELS, PAYERS } from './fees'
import {
  INVOICE_KIND_LABELS,
  INVOICE_KINDS,
  INVOICE_STATUS_LABELS,
  INVOICE_STATUSES,
  LINE_SOURCE_LABELS,
  LINE_SOURCES,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS
} from './invoices'
import { BILLING, BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_FORMATS, SESSION_STATUS_WORDS, SESSION_STATUSES } from './sessions'
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from './templates'
import { capitalised, type Noun } from './words'

// ---- One label per stored value -----------------------------------------------------
//
// Every set of values the contract knows (statuses, owners, kinds, cadences…) has one map
// of words, declared beside the values in shared/<domain>.ts: `X_LABELS` when a value has
// only its label, `X_WORDS` (or SPONSOR_REPORTING, PRIVACY_MARKS) when the app says more
// about it (what it means, the command that sets it, its answer in a form), a Noun when it
// is counted. Screens, search (its SQL is generated from the maps: search/display.ts),
// the PDFs and the export page all read a value through its map. vocabulary.test.ts
// proves that each set is here, that its map covers every value, that no other map of
// the same values exists anywhere in the code, and that search, the PDFs and the export
// page print what the maps say.

/** A value's words: its label, the label with more words about it, or a noun. */
export type Words = string | { label: string } | Noun

export interface ValueSet<V extends string = string> {
  /** What one value is, in words: "goal status". */
  name: string
  values: readonly V[]
  words: Readonly<Record<V, Words>>
}

function valueSet<V extends string>(name: string, values: readonly V[], words: Readonly<Record<V, Words>>): ValueSet<V> {
  return { name, values, words }
}

/** The value's label: the one word or phrase for it everywhere ("Sessions" for a counted noun). */
export function labelOf<V extends string>(set: ValueSet<V>, value: V): string {
  const words: Words = set.words[value]
  if (typeof words === 'string') return words
  return 'label' in words ? words.label : capitalised(words.other)
}

export const VALUE_SETS: readonly ValueSet[] = [
  valueSet('action status', ACTION_STATUSES, ACTION_STATUS_LABELS),
  valueSet('action owner', ACTION_OWNERS, ACTION_OWNER_LABELS),
  valueSet('choice for open actions on closing', OPEN_ACTIONS_ON_CLOSING, OPEN_ACTIONS_ON_CLOSING_WORDS),
  valueSet('instrument', INSTRUMENTS, INSTRUMENT_LABELS),
  valueSet('rater group', RATER_GROUPS, RATER_GROUP_LABELS),
  valueSet('kind of evidence', EVIDENCE_KINDS, EVIDENCE_KIND_LABELS),
  valueSet('kind of backup', BACKUP_KINDS, BACKUP_KIND_LABELS),
  valueSet('backup interval', BACKUP_INTERVALS, BACKUP_INTERVAL_LABELS),
  valueSet('client list filter', ARCHIVE_FILTERS, ARCHIVE_FILTER_LABELS),
  valueSet('engagement status', ENGAGEMENT_STATUSES, ENGAGEMENT_STATUS_WORDS),
  valueSet('cadence', CADENCES, CADENCE_LABELS),
  valueSet('fee basis', FEE_BASES, FEE_BASIS_WORDS),
  valueSet('who pays', PAYERS, PAYER_LABELS),
  valueSet('kind of invoice', INVOICE_KINDS, INVOICE_KIND_LABELS),
  valueSet('status of an invoice', INVOICE_STATUSES, INVOICE_STATUS_LABELS),
  valueSet('source of an invoice line', LINE_SOURCES, LINE_SOURCE_LABELS),
  valueSet('payment method', PAYMENT_METHODS, PAYMENT_METHOD_LABELS),
  valueSet('sponsor reporting level', SPONSOR_REPORTING_LEVELS, SPONSOR_REPORTING),
  valueSet('goal status', GOAL_STATUSES, GOAL_STATUS_LABELS),
  valueSet('priority', PRIORITIES, PRIORITY_LABELS),
  valueSet('measure', MEASURES, MEASURE_LABELS),
  valueSet('whether a goal was achieved', ACHIEVED, ACHIEVED_WORDS),
  valueSet('kind of report', REPORT_KINDS, REPORT_KIND_LABELS),
  valueSet('review kind', REVIEW_KINDS, REVIEW_KIND_LABELS),
  valueSet('version of a summary', AUDIENCES, AUDIENCE_LABELS),
  /** Who may read a note: also the privacy of every column (shared/columns/column.ts). */
  valueSet('privacy mark', Object.keys(PRIVACY_MARKS) as PrivacyMark[], PRIVACY_MARKS),
  valueSet('kind of record searched', SEARCH_TYPES, SEARCH_TYPE_NOUNS),
  valueSet('search visibility', SEARCH_VISIBILITY, SEARCH_VISIBILITY_LABELS),
  valueSet('session format', SESSION_FORMATS, SESSION_FORMAT_LABELS),
  valueSet('session status', SESSION_STATUSES, SESSION_STATUS_WORDS),
  valueSet('billing', BILLING, BILLING_LABELS),
  valueSet('repeat of a series of sessions', SERIES_FREQUENCIES, SERIES_FREQUENCY_LABELS),
  valueSet('day of the month of a monthly series', MONTHLY_RULES, MONTHLY_RULE_LABELS),
  valueSet('kind of record a link opens', LINKED_KINDS, LINKED_KIND_NOUNS),
  valueSet('time since the last session', SINCE_LAST_SESSION, SINCE_LAST_SESSION_WORDS),
  valueSet('list a filter is saved for', SAVED_FILTER_LISTS, SAVED_FILTER_LIST_LABELS),
  valueSet('record with a history', HISTORY_TABLES, HISTORY_TABLE_NOUNS),
  valueSet('ICF credential', CREDENTIALS, CREDENTIAL_RULES),
  valueSet('kind of client on the ICF log', CLIENT_KINDS, CLIENT_KIND_LABELS),
  valueSet('client in a calendar event', CLIENT_NAMINGS, CLIENT_NAMING_LABELS),
  valueSet('screen Coachbook opens on', START_SCREENS, START_SCREEN_LABELS),
  valueSet('theme', THEMES, THEME_LABELS),
  valueSet('when the day’s actions are announced', ACTION_TIMINGS, ACTION_TIMING_LABELS),
  valueSet('kind of template', TEMPLATE_KINDS, TEMPLATE_KIND_LABELS),
  valueSet('record an attachment is on', ATTACHMENT_OWNERS, ATTACHMENT_OWNER_LABELS),
  valueSet('placeholder of the coaching agreement', AGREEMENT_PLACEHOLDER_NAMES, AGREEMENT_PLACEHOLDERS)
]
