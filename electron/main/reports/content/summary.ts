import { instrumentOf, RATER_GROUP_LABELS, scoreMatrix, type AssessmentResult } from '../../../shared/assessment'
import { ACTION_OWNER_LABELS } from '../../../shared/actions'
import { SPONSOR_REPORTING } from '../../../shared/engagements'
import { REPORT_KIND_LABELS } from '../../../shared/reports'
import { AUDIENCE_LABELS, REVIEW_KIND_LABELS, type Summary } from '../../../shared/reviews'
import { capitalised, inSentence, noun } from '../../../shared/words'
import type { Formats } from '../format'
import { writeCover, type PrintBranding } from '../pdf/document'
import type { Column, ReportWriter } from '../pdf/writer'
import { engagementFacts, hasGoals, sessionWords } from './facts'
import { goalInFull, goalsAtAGlance, summaryReading } from './goals'

/**
 * The end-of-engagement summary, for the client or the sponsor. It prints exactly the
 * summary model for that reader: a section the model leaves out (null) is not printed,
 * so what a reader may not see cannot reach the page.
 */
export function writeSummary(writer: ReportWriter, summary: Summary, branding: PrintBranding, formats: Formats): void {
  const { engagement } = summary
  const forSponsor = summary.audience === 'sponsor'
  writeCover(writer, branding, {
    title: REPORT_KIND_LABELS.summary,
    subtitle: forSponsor
      ? `${AUDIENCE_LABELS.sponsor} · ${engagement.title}`
      : `${engagement.clientName} · ${engagement.title}`,
    facts: engagementFacts(summary, branding, formats)
  })
  if (forSponsor) {
    const level = SPONSOR_REPORTING[summary.reportingLevel]
    writer.text(`Sponsor reporting agreed in the contract: ${level.label}. ${level.explanation}`, 'small', { gapAfter: 8 })
  }

  // A mentoring relationship without goals has no goals section: there is nothing to report in it.
  if (summary.goals && hasGoals(summary)) {
    const reading = summaryReading(summary)
    writer.heading('Goals and outcomes', 2)
    if (summary.goals.length === 0) writer.text('No goals were recorded.', 'small')
    else goalsAtAGlance(writer, summary.goals, reading, formats)
    if (!forSponsor) summary.goals.forEach((goal, index) => goalInFull(writer, goal, index + 1, reading, formats))
  }
  writeReview(writer, summary, formats)
  writeActions(writer, summary, formats)
  writeMilestones(writer, summary, formats)
  writeAssessment(writer, summary, formats)
  writeSessions(writer, summary, formats)
  writeIntroductions(writer, summary, formats)
}

function writeReview(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const review = summary.review
  if (!review) return
  writer.heading('Reflections and next steps', 2)
  const state = review.completed ? '' : ' (still a draft)'
  writer.text(`From the ${inSentence(REVIEW_KIND_LABELS[review.kind])} held on ${formats.date(review.heldOn)}${state}.`, 'small')
  if (review.keyLearnings) writer.labelled('Key learnings', review.keyLearnings)
  if (review.sustainPlan) writer.labelled('Sustaining the change', review.sustainPlan)
  writer.labelled('Follow-up', review.followUpOn ? formats.date(review.followUpOn) : 'No follow-up date set.')
  const feedback = review.clientFeedback
  if (feedback) {
    writer.heading('In the client’s words', 3)
    if (feedback.text) writer.quote(feedback.text)
    if (feedback.rating !== null) writer.text(`Rating of the coaching: ${formats.number(feedback.rating)}/10`, 'small')
  }
}

function writeActions(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const actions = summary.actions
  if (!actions || (!hasGoals(summary) && actions.done + actions.open + actions.dropped === 0)) return
  writer.heading('Actions', 2)
  const counts = [`${formats.number(actions.done)} done`, `${formats.number(actions.open)} still open`]
  if (actions.dropped > 0) counts.push(`${formats.number(actions.dropped)} dropped`)
  writer.text(`Actions agreed: ${counts.join(', ')}.`)
  if (actions.doneItems && actions.doneItems.length > 0) {
    writer.table(
      [
        { header: 'Action completed', share: 6 },
        { header: 'Owner', share: 1.3 },
        { header: 'Done on', share: 1.7 }
      ],
      actions.doneItems.map((item) => [item.description, ACTION_OWNER_LABELS[item.owner], formats.optionalDate(item.doneOn)])
    )
  }
}

function writeMilestones(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const milestones = summary.milestones
  if (!milestones || milestones.length === 0) return
  writer.heading('Milestones', 2)
  writer.table(
    [
      { header: 'Milestone', share: 6 },
      { header: 'Date', share: 1.7 },
      { header: 'Reached', share: 1.3 }
    ],
    milestones.map((milestone) => [milestone.title, formats.date(milestone.dueOn), milestone.reached ? 'Yes' : 'Not yet'])
  )
}

/** A result's scores as the matrix the screen shows, ready to print. */
function scoreTable(scores: AssessmentResult['scores'], formats: Formats): { columns: Column[]; rows: string[][] } {
  const matrix = scoreMatrix(scores)
  return {
    columns: [
      { header: 'Competency', share: 4 },
      ...matrix.groups.map((group): Column => ({ header: RATER_GROUP_LABELS[group], share: 1.5, align: 'right' }))
    ],
    rows: matrix.rows.map((row) => [row.competency, ...row.scores.map((score) => (score === null ? '—' : formats.number(score)))])
  }
}

function writeAssessment(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const assessment = summary.assessment
  if (!assessment) return
  const { intakeNotes, interviews, results, growthAreas } = assessment
  if (intakeNotes.length + interviews.length + results.length + growthAreas.length === 0) return
  const tables = results.map((result) => (result.scores.length > 0 ? scoreTable(result.scores, formats) : null))
  // A score table is kept on one page with its heading where it fits (and the section's heading, when it comes first).
  const keepWith = tables.map((table) => {
    const height = table ? writer.tableHeight(table.columns, table.rows) + writer.lineHeight('h3') * 2 : 0
    return height > 0 && height < writer.pageRoom * 0.8 ? height : undefined
  })
  const resultsFirst = growthAreas.length + intakeNotes.length + interviews.length === 0
  writer.heading('Where we started', 2, resultsFirst ? keepWith[0] : undefined)
  if (growthAreas.length > 0) {
    writer.heading('Growth areas agreed', 3)
    writer.bullets(growthAreas.map((area) => (area.description ? `${area.title} — ${area.description}` : area.title)))
  }
  for (const note of intakeNotes) {
    writer.heading(`Intake · ${formats.date(note.notedOn)}`, 3)
    if (note.whatBrought) writer.labelled('What brought the client to coaching', note.whatBrought)
    if (note.context) writer.labelled('Context', note.context)
    if (note.hopes) writer.labelled('Hopes', note.hopes)
  }
  for (const interview of interviews) {
    const who = interview.relationship ? `${interview.stakeholderName} (${interview.relationship})` : interview.stakeholderName
    writer.heading(`Stakeholder interview · ${who} · ${formats.date(interview.interviewedOn)}`, 3)
    if (interview.notes) writer.text(interview.notes)
  }
  results.forEach((result, index) => {
    const table = tables[index]
    writer.heading(`${instrumentOf(result)} · ${formats.date(result.takenOn)}`, 3, keepWith[index])
    if (table) writer.table(table.columns, table.rows)
    if (result.interpretation) writer.labelled('Interpretation', result.interpretation)
  })
}

function writeSessions(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const records = summary.sessionRecords
  if (!records || records.length === 0) return
  const forClient = summary.audience === 'client'
  const words = sessionWords(summary)
  if (forClient) {
    writer.heading(capitalised(words.other), 2)
    writer.table(
      [
        { header: capitalised(words.one), share: 1.1 },
        { header: 'Date', share: 1.9 },
        { header: 'Focus', share: 6 }
      ],
      records.map((record) => [record.number === null ? '—' : String(record.number), formats.dayOf(record.startsAt), record.agenda ?? ''])
    )
  }
  const shared = records.filter((record) => record.sharedNotes || record.topicsDiscussed || record.adviceGiven)
  if (shared.length === 0) return
  writer.heading(`Shared ${words.one} notes`, 2)
  for (const record of shared) {
    const number = record.number === null ? capitalised(words.one) : `${capitalised(words.one)} ${record.number}`
    writer.heading(`${number} · ${formats.dayOf(record.startsAt)}`, 3)
    if (record.sharedNotes) writer.text(record.sharedNotes)
    if (record.topicsDiscussed) writer.labelled('Topics discussed', record.topicsDiscussed)
    if (record.adviceGiven) writer.labelled('Advice given', record.adviceGiven)
  }
}

function writeIntroductions(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const introductions = summary.introductions
  if (!introductions || introductions.count === 0) return
  writer.heading('Introductions made', 2)
  if (!introductions.items) {
    writer.text(`${formats.count(introductions.count, noun('introduction'))} to people in the mentor’s network.`)
    return
  }
  writer.table(
    [
      { header: 'Introduced to', share: 2.5 },
      { header: 'Why', share: 3.5 },
      { header: 'Outcome', share: 3 }
    ],
    introductions.items.map((item) => [item.introducedTo, item.reason, item.outcome])
  )
}
