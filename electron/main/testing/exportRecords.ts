import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTIONS, MILESTONES } from '../../shared/columns/actions'
import {
  ASSESSMENT_RESULTS,
  ASSESSMENT_SCORES,
  GROWTH_AREAS,
  INTAKE_NOTES,
  STAKEHOLDER_INTERVIEWS
} from '../../shared/columns/assessment'
import { CLIENTS } from '../../shared/columns/clients'
import type { Table } from '../../shared/columns/column'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUS_CHANGES, ENGAGEMENTS } from '../../shared/columns/engagements'
import { ENGAGEMENT_BILLING, FEE_INSTALMENTS } from '../../shared/columns/fees'
import { GOAL_MEASUREMENTS, GOALS } from '../../shared/columns/goals'
import { ORGANISATION_CONTACTS, ORGANISATIONS } from '../../shared/columns/organisations'
import { REVIEW_OUTCOMES, REVIEWS } from '../../shared/columns/reviews'
import { SESSION_INTRODUCTIONS, SESSIONS } from '../../shared/columns/sessions'
import type { ClientExport } from '../../shared/privacy'
import type { Caller } from './calls'

/** The export page writes text as HTML: a test looks for a word as the page holds it. */
export { escapeHtml } from '../privacy/html'

type Row = Record<string, unknown>

/** Each record of a client export file with the table it was stored in, so a test can read it through its column list. */
export function recordsOf(file: ClientExport): [Table, Row][] {
  const each = <T extends Row>(table: Table, rows: readonly T[]) => rows.map((row): [Table, Row] => [table, row])
  return [
    [CLIENTS, file.client],
    ...each(ORGANISATIONS, file.organisations),
    ...each(ORGANISATION_CONTACTS, file.organisations.flatMap((organisation) => organisation.contacts)),
    ...file.engagements.flatMap((engagement): [Table, Row][] => [
      [ENGAGEMENTS, engagement],
      [ENGAGEMENT_KINDS, engagement.kind],
      ...each(ENGAGEMENT_STATUS_CHANGES, engagement.statusHistory),
      ...each(INTAKE_NOTES, engagement.intakeNotes),
      ...each(STAKEHOLDER_INTERVIEWS, engagement.interviews),
      ...each(ASSESSMENT_RESULTS, engagement.results),
      ...each(ASSESSMENT_SCORES, engagement.results.flatMap((result) => result.scores)),
      ...each(GROWTH_AREAS, engagement.growthAreas),
      ...each(GOALS, engagement.goals),
      ...each(GOAL_MEASUREMENTS, engagement.goals.flatMap((goal) => goal.measurements)),
      ...each(MILESTONES, engagement.goals.flatMap((goal) => goal.milestones)),
      ...each(ACTIONS, engagement.actions),
      ...each(SESSIONS, engagement.sessions),
      ...each(SESSION_INTRODUCTIONS, engagement.sessions.flatMap((session) => session.introductions)),
      ...each(REVIEWS, engagement.reviews),
      ...each(REVIEW_OUTCOMES, engagement.reviews.flatMap((review) => review.outcomes)),
      ...(engagement.billing ? [[ENGAGEMENT_BILLING, engagement.billing] as [Table, Row], ...each(FEE_INSTALMENTS, engagement.billing.instalments)] : [])
    ])
  ]
}

/** Exports the client as the coach does, and reads back the file and its readable page. */
export async function exportOf(call: Caller, clientId: number): Promise<{ file: ClientExport; page: string }> {
  const exported = await call.ok('privacy:exportClient', { clientId })
  if (exported.status !== 'exported') throw new Error('expected an export')
  const read = (name: string) => readFileSync(join(exported.folder, name), 'utf8')
  return { file: JSON.parse(read('client.json')) as ClientExport, page: read('client.html') }
}

/** Previews the file the open dialog answers with, then imports it, as the coach does. */
export async function previewAndImportAnswered(call: Caller) {
  const preview = await call.ok('privacy:previewImport', {})
  if (preview.status !== 'preview') throw new Error('expected a preview')
  return call.ok('privacy:importClient', { importId: preview.importId })
}
