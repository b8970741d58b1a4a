import type { Formats } from '../format'
import { writeCover, type PrintBranding } from '../pdf/document'
import type { ReportWriter } from '../pdf/writer'
import { engagementFacts } from './facts'
import { goalInFull, goalsAtAGlance, PROGRESS_READING } from './goals'
import { actionTable, milestoneLine, type ClientPlan } from './plan'

/**
 * The mid-engagement progress report, for the client: where each goal stands with its
 * measurements charted, the sessions so far, and what comes next. Built from the client's
 * summary, so it shows only what the client may see.
 */
export function writeProgress(writer: ReportWriter, plan: ClientPlan, branding: PrintBranding, formats: Formats, today: string): void {
  const { summary } = plan
  const next = plan.scheduledSessions.find((session) => formats.isoDayOf(session.startsAt) >= today)
  writeCover(writer, branding, {
    title: 'Progress report',
    subtitle: `${summary.engagement.clientName} · ${summary.engagement.title}`,
    facts: [
      ...engagementFacts(summary, branding, formats),
      { label: 'As of', value: formats.date(today) },
      ...(next ? [{ label: 'Next session', value: formats.dayOf(next.startsAt) }] : [])
    ]
  })

  writer.heading('Goals', 2)
  if (plan.goals.length === 0) writer.text('No goals have been set yet.', 'small')
  else {
    goalsAtAGlance(writer, plan.goals, PROGRESS_READING, formats)
    plan.goals.forEach((goal, index) => goalInFull(writer, goal, index + 1, PROGRESS_READING, formats))
  }

  const records = summary.sessionRecords ?? []
  writer.heading('Sessions so far', 2)
  if (records.length === 0) writer.text('No sessions have been held yet.', 'small')
  else {
    writer.table(
      [
        { header: 'Session', share: 1.1 },
        { header: 'Date', share: 1.9 },
        { header: 'Focus', share: 3.5 },
        { header: 'Next focus', share: 3.5 }
      ],
      records.map((record) => [
        record.number === null ? '—' : String(record.number),
        formats.dayOf(record.startsAt),
        record.agenda ?? '',
        record.nextFocus ?? ''
      ])
    )
  }

  writeNextSteps(writer, plan, formats, today)
}

function writeNextSteps(writer: ReportWriter, plan: ClientPlan, formats: Formats, today: string): void {
  writer.heading('Next steps', 2)
  const lastFocus = (plan.summary.sessionRecords ?? []).findLast((record) => record.nextFocus)?.nextFocus
  if (lastFocus) writer.labelled('Focus for the next session', lastFocus)
  const open = plan.actions.filter((action) => action.status === 'open')
  if (open.length > 0) actionTable(writer, open, formats)
  else writer.text('No open actions.', 'small')
  const ahead = plan.milestones.filter((milestone) => !milestone.reached)
  if (ahead.length > 0) {
    writer.heading('Milestones ahead', 3)
    writer.bullets(ahead.map((milestone) => milestoneLine(milestone, formats)))
  }
  const upcoming = plan.scheduledSessions.filter((session) => formats.isoDayOf(session.startsAt) >= today)
  if (upcoming.length > 0) {
    writer.heading('Sessions scheduled', 3)
    writer.bullets(upcoming.map((session) => formats.dayOf(session.startsAt)))
  }
}
