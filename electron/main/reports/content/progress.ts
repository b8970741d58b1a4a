import { REPORT_KIND_LABELS } from '../../../shared/reports'
import type { Formats } from '../format'
import { writeCover, type PrintBranding } from '../pdf/document'
import type { ReportWriter } from '../pdf/writer'
import { capitalised } from '../../../shared/words'
import { engagementFacts, hasGoals, sessionWords } from './facts'
import { goalInFull, goalsAtAGlance, PROGRESS_READING } from './goals'
import { actionTable, milestoneLine, type ClientPlan } from './plan'

/**
 * The mid-engagement progress report, for the client: where each goal stands with its
 * measurements charted, the sessions so far, and what comes next. Built from the client's
 * summary, so it shows only what the client may see.
 */
export function writeProgress(writer: ReportWriter, plan: ClientPlan, branding: PrintBranding, formats: Formats, today: string): void {
  const { summary } = plan
  const words = sessionWords(summary)
  const next = plan.scheduledSessions.find((session) => formats.isoDayOf(session.startsAt) >= today)
  writeCover(writer, branding, {
    title: REPORT_KIND_LABELS.progress,
    subtitle: `${summary.engagement.clientName} · ${summary.engagement.title}`,
    facts: [
      ...engagementFacts(summary, branding, formats),
      { label: 'As of', value: formats.date(today) },
      ...(next ? [{ label: `Next ${words.one}`, value: formats.dayOf(next.startsAt) }] : [])
    ]
  })

  if (hasGoals(summary)) {
    writer.heading('Goals', 2)
    if (plan.goals.length === 0) writer.text('No goals have been set yet.', 'small')
    else {
      goalsAtAGlance(writer, plan.goals, PROGRESS_READING, formats)
      plan.goals.forEach((goal, index) => goalInFull(writer, goal, index + 1, PROGRESS_READING, formats))
    }
  }

  const records = summary.sessionRecords ?? []
  writer.heading(`${capitalised(words.other)} so far`, 2)
  if (records.length === 0) writer.text(`No ${words.other} have been held yet.`, 'small')
  else {
    writer.table(
      [
        { header: capitalised(words.one), share: 1.1 },
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
  const words = sessionWords(plan.summary)
  writer.heading('Next steps', 2)
  const lastFocus = (plan.summary.sessionRecords ?? []).findLast((record) => record.nextFocus)?.nextFocus
  if (lastFocus) writer.labelled(`Focus for the next ${words.one}`, lastFocus)
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
    writer.heading(`${capitalised(words.other)} scheduled`, 3)
    writer.bullets(upcoming.map((session) => formats.dayOf(session.startsAt)))
  }
}
