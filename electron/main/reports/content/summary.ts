import type { SponsorReportingLevel } from '../../../shared/engagements'
import type { Summary } from '../../../shared/reviews'
import type { Formats } from '../format'
import { INSTRUMENT, OWNER, RATER_GROUP, REVIEW_KIND } from '../labels'
import { writeCover, type PrintBranding } from '../pdf/document'
import type { ReportWriter } from '../pdf/writer'
import { engagementFacts } from './facts'
import { goalInFull, goalsAtAGlance, summaryReading } from './goals'

const SPONSOR_SCOPE: Record<SponsorReportingLevel, string> = {
  none:
    'Under the coaching agreement the sponsor receives attendance only: the sessions held and their dates. ' +
    'Goals, progress and everything discussed stay between the client and the coach.',
  progress:
    'Under the coaching agreement the sponsor receives attendance and progress against the agreed goals. ' +
    'Notes, reflections and everything discussed stay between the client and the coach.',
  summary:
    'Under the coaching agreement the sponsor receives attendance, progress against the agreed goals, and what the ' +
    'client chose to share. Everything the client and coach keep private is left out.'
}

/**
 * The end-of-engagement summary, for the client or the sponsor. It prints exactly the
 * summary model for that reader: a section the model leaves out (null) is not printed,
 * so what a reader may not see cannot reach the page.
 */
export function writeSummary(writer: ReportWriter, summary: Summary, branding: PrintBranding, formats: Formats): void {
  const { engagement } = summary
  const forSponsor = summary.audience === 'sponsor'
  writeCover(writer, branding, {
    title: 'End-of-engagement summary',
    subtitle: forSponsor
      ? `Sponsor version · ${engagement.title}`
      : `${engagement.clientName} · ${engagement.title}`,
    facts: engagementFacts(summary, branding, formats)
  })
  if (forSponsor) writer.text(SPONSOR_SCOPE[summary.reportingLevel], 'small', { gapAfter: 8 })

  if (summary.goals) {
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
  writeIntroductions(writer, summary)
}

function writeReview(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const review = summary.review
  if (!review) return
  writer.heading('Reflections and next steps', 2)
  const state = review.completed ? '' : ' (still a draft)'
  writer.text(`From the ${REVIEW_KIND[review.kind]} held on ${formats.date(review.heldOn)}${state}.`, 'small')
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
  if (!actions) return
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
      actions.doneItems.map((item) => [item.description, OWNER[item.owner], formats.optionalDate(item.doneOn)])
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

function writeAssessment(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const assessment = summary.assessment
  if (!assessment) return
  const { intakeNotes, interviews, results, growthAreas } = assessment
  if (intakeNotes.length + interviews.length + results.length + growthAreas.length === 0) return
  writer.heading('Where we started', 2)
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
  for (const result of results) {
    const name = result.instrumentName ?? INSTRUMENT[result.instrument]
    writer.heading(`${name} · ${formats.date(result.takenOn)}`, 3)
    if (result.scores.length > 0) {
      writer.table(
        [
          { header: 'Competency', share: 5 },
          { header: 'Rater group', share: 2.5 },
          { header: 'Score', share: 1.5, align: 'right' }
        ],
        result.scores.map((score) => [score.competency, RATER_GROUP[score.raterGroup], formats.number(score.score)])
      )
    }
    if (result.interpretation) writer.labelled('Interpretation', result.interpretation)
  }
}

function writeSessions(writer: ReportWriter, summary: Summary, formats: Formats): void {
  const records = summary.sessionRecords
  if (!records || records.length === 0) return
  const forClient = summary.audience === 'client'
  if (forClient) {
    writer.heading('Sessions', 2)
    writer.table(
      [
        { header: 'Session', share: 1.1 },
        { header: 'Date', share: 1.9 },
        { header: 'Focus', share: 6 }
      ],
      records.map((record) => [record.number === null ? '—' : String(record.number), formats.dayOf(record.startsAt), record.agenda ?? ''])
    )
  }
  const shared = records.filter((record) => record.sharedNotes || record.topicsDiscussed || record.adviceGiven)
  if (shared.length === 0) return
  writer.heading('Shared session notes', 2)
  for (const record of shared) {
    const number = record.number === null ? 'Session' : `Session ${record.number}`
    writer.heading(`${number} · ${formats.dayOf(record.startsAt)}`, 3)
    if (record.sharedNotes) writer.text(record.sharedNotes)
    if (record.topicsDiscussed) writer.labelled('Topics discussed', record.topicsDiscussed)
    if (record.adviceGiven) writer.labelled('Advice given', record.adviceGiven)
  }
}

function writeIntroductions(writer: ReportWriter, summary: Summary): void {
  const introductions = summary.introductions
  if (!introductions || introductions.count === 0) return
  writer.heading('Introductions made', 2)
  if (!introductions.items) {
    writer.text(`${introductions.count} introduction${introductions.count === 1 ? '' : 's'} to people in the mentor’s network.`)
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
