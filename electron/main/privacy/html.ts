import { ACTION_OWNER_LABELS, ACTION_STATUS_LABELS } from '../../shared/actions'
import { instrumentOf, RATER_GROUP_LABELS } from '../../shared/assessment'
import { CADENCE_LABELS, ENGAGEMENT_STATUS_WORDS, FEE_BASIS_WORDS, SPONSOR_REPORTING } from '../../shared/engagements'
import { ACHIEVED_WORDS, GOAL_STATUS_LABELS, MEASURE_LABELS, PRIORITY_LABELS } from '../../shared/goals'
import { hoursText } from '../../shared/coachingLog'
import { dayOf } from '../../shared/dates'
import { toDecimalString } from '../../shared/money'
import { sizeInWords } from '../../shared/attachments'
import type { ClientExport, ExportedAttachment, ExportedEngagement } from '../../shared/privacy'
import { REVIEW_KIND_LABELS } from '../../shared/reviews'
import { BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_STATUS_WORDS } from '../../shared/sessions'
import { PAYER_LABELS } from '../../shared/fees'
import { inSentence } from '../../shared/words'

// The readable copy of an export: one self-contained page (no scripts, no outside
// resources, a policy that forbids both), every value escaped, long notes kept as typed,
// every stored value of a fixed set in its map's words (shared/).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}

type Value = string | number | boolean | null

function shown(value: Value): string {
  if (value === null || value === '') return '<span class="none">—</span>'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return escapeHtml(String(value))
}

/** A stored moment as the day it was on the coach's calendar (the export is written on their machine). */
function coachDayOf(moment: string | null): string | null {
  return moment === null ? null : dayOf(moment)
}

function details(rows: [string, Value][]): string {
  const items = rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${shown(value)}</dd>`).join('')
  return `<dl>${items}</dl>`
}

/** A long text under its label, kept as typed; nothing when it is empty. */
function note(label: string, value: string): string {
  return value ? `<h5>${escapeHtml(label)}</h5><div class="note">${escapeHtml(value)}</div>` : ''
}

function sharing(shareable: boolean): string {
  return `<p class="sharing">${shareable ? 'Shareable with the client and sponsor' : 'Private to the coach'}</p>`
}

function table(headings: string[], rows: Value[][]): string {
  if (rows.length === 0) return ''
  const head = headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${shown(cell)}</td>`).join('')}</tr>`).join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

function section(title: string, items: string[]): string {
  return items.length === 0 ? '' : `<section><h4>${escapeHtml(title)}</h4>${items.join('')}</section>`
}

function record(title: string, body: string): string {
  return `<article><h5 class="record">${escapeHtml(title)}</h5>${body}</article>`
}

function contract(engagement: ExportedEngagement, file: ClientExport): string {
  const sponsor = file.organisations.find((organisation) => organisation.id === engagement.sponsorOrganisationId)
  const contact = sponsor?.contacts.find((candidate) => candidate.id === engagement.sponsorContactId)
  const fee = engagement.fee
  return (
    details([
      ['Kind', engagement.kind.name],
      ['Tags', engagement.tags.join(', ')],
      ['Status', ENGAGEMENT_STATUS_WORDS[engagement.status].label],
      ['Sponsor', sponsor?.name ?? null],
      ['Sponsor contact', contact ? [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', ') : null],
      ['Start', engagement.startDate],
      ['Planned end', engagement.plannedEndDate],
      ['Planned sessions', engagement.plannedSessions],
      ['Session length (minutes)', engagement.sessionMinutes],
      ['Cadence', CADENCE_LABELS[engagement.cadence]],
      ['Fee', fee ? `${toDecimalString(fee.amountMinor, fee.currency)} ${fee.currency}, ${inSentence(FEE_BASIS_WORDS[fee.basis].label)}` : null],
      ['Sponsor may see', SPONSOR_REPORTING[engagement.sponsorReporting].label],
      ['Consent to keep records', engagement.recordsConsentOn],
      ['Disposal date', engagement.disposalOn],
      ...(engagement.kind.isMentoring ? [['Counted on the ICF coaching log', engagement.coachingLog?.included ?? false] as [string, Value]] : []),
      ...billingDetails(engagement)
    ]) +
    note('Cancellation terms', engagement.cancellationTerms) +
    note('Confidentiality terms', engagement.confidentialityTerms) +
    section('Status history', [
      table(
        ['Date', 'Status', 'Note (private)'],
        engagement.statusHistory.map((change) => [change.changedOn, ENGAGEMENT_STATUS_WORDS[change.status].label, change.note])
      )
    ])
  )
}

/** Who pays, the late-cancellation terms and the instalments, as the contract's billing says. */
function billingDetails({ billing, fee }: ExportedEngagement): [string, Value][] {
  if (!billing) return []
  const amount = (minor: number) => (fee ? `${toDecimalString(minor, fee.currency)} ${fee.currency}` : String(minor))
  return [
    ['Who pays', PAYER_LABELS[billing.payer]],
    ['Late cancellations', billing.lateCancellationBillable ? `Billed with less than ${billing.lateCancellationNoticeHours} hours’ notice` : 'Not billed'],
    ['Instalments', billing.instalments.map((instalment) => `${instalment.dueOn}: ${amount(instalment.amountMinor)}`).join('; ') || null]
  ]
}

function assessment(engagement: ExportedEngagement): string {
  return (
    section(
      'Intake notes',
      engagement.intakeNotes.map((intake) =>
        record(
          intake.notedOn,
          sharing(intake.shareable) +
            note('What brought the client', intake.whatBrought) +
            note('Context', intake.context) +
            note('Hopes', intake.hopes)
        )
      )
    ) +
    section(
      'Stakeholder interviews',
      engagement.interviews.map((interview) =>
        record(
          `${interview.stakeholderName}${interview.relationship ? ` (${interview.relationship})` : ''}, ${interview.interviewedOn}`,
          sharing(interview.shareable) + note('Notes', interview.notes)
        )
      )
    ) +
    section(
      'Assessment results',
      engagement.results.map((result) =>
        record(
          `${instrumentOf(result)}, ${result.takenOn}`,
          sharing(result.shareable) +
            table(
              ['Competency', 'Rater group', 'Score'],
              result.scores.map((score) => [score.competency, RATER_GROUP_LABELS[score.raterGroup], score.score])
            ) +
            note('Interpretation', result.interpretation)
        )
      )
    ) +
    section(
      'Growth areas',
      engagement.growthAreas.map((area) =>
        record(area.title, details([['Agreed with the client', area.agreedWithClient]]) + note('Description', area.description))
      )
    )
  )
}

function goals(engagement: ExportedEngagement): string {
  return section(
    'Goals',
    engagement.goals.map((goal) =>
      record(
        goal.statement,
        details([
          ['Status', GOAL_STATUS_LABELS[goal.status]],
          ['Priority', PRIORITY_LABELS[goal.priority]],
          ['Measure', MEASURE_LABELS[goal.measure]],
          ['Unit', goal.unit],
          ['Unit for one', goal.unitOne],
          ['Baseline', goal.baseline],
          ['Target', goal.target],
          ['Deadline', goal.deadline],
          ['Confidence (0–10)', goal.confidence],
          ['Growth area', engagement.growthAreas.find((area) => area.id === goal.growthAreaId)?.title ?? null]
        ]) +
          note('Why it matters', goal.whyItMatters) +
          note('Success indicator', goal.successIndicator) +
          note('Observable behaviours', goal.observableBehaviours) +
          table(
            ['Measured on', 'Value', 'Comment'],
            goal.measurements.map((measurement) => [measurement.measuredOn, measurement.value, measurement.comment])
          ) +
          table(
            ['Milestone', 'Due', 'Reached'],
            goal.milestones.map((milestone) => [milestone.title, milestone.dueOn, milestone.reached])
          )
      )
    )
  )
}

function actions(engagement: ExportedEngagement): string {
  return section(
    'Actions',
    engagement.actions.map((action) =>
      record(
        action.description,
        details([
          ['Owner', ACTION_OWNER_LABELS[action.owner]],
          ['Status', ACTION_STATUS_LABELS[action.status]],
          ['Due', action.dueOn],
          ['Done on', action.doneOn],
          ['Goal', engagement.goals.find((goal) => goal.id === action.goalId)?.statement ?? null]
        ]) +
          note('Resources', action.resources) +
          note('Obstacles', action.obstacles) +
          note('How to overcome them', action.overcome)
      )
    )
  )
}

function sessions(engagement: ExportedEngagement): string {
  return section(
    'Sessions',
    engagement.sessions.map((session) =>
      record(
        `${session.startsAt.slice(0, 16).replace('T', ' ')} UTC`,
        details([
          ['Status', SESSION_STATUS_WORDS[session.status].label],
          ['Duration (minutes)', session.durationMinutes],
          ['Format', SESSION_FORMAT_LABELS[session.format]],
          ['Billing', BILLING_LABELS[session.billing]],
          ...(session.status === 'cancelled' ? [['Cancelled late', session.cancelledLate] as [string, Value]] : [])
        ]) +
          note('Agenda', session.agenda) +
          (session.notes ? sharing(session.notesShareable) + note('Notes', session.notes) : '') +
          note('Private observations (private to the coach)', session.privateObservations) +
          note('Topics discussed', session.topicsDiscussed) +
          note('Advice given', session.adviceGiven) +
          note('Next focus', session.nextFocus) +
          table(
            ['Introduced to', 'Why', 'Outcome'],
            session.introductions.map((introduction) => [introduction.introducedTo, introduction.reason, introduction.outcome])
          )
      )
    )
  )
}

function reviews(engagement: ExportedEngagement): string {
  return section(
    'Reviews',
    engagement.reviews.map((review) =>
      record(
        `${REVIEW_KIND_LABELS[review.kind]}, ${review.heldOn}`,
        details([
          ['Completed', coachDayOf(review.completedAt)],
          ["Client's rating (1–10)", review.clientRating],
          ['Follow-up', review.followUpOn]
        ]) +
          table(
            ['Goal', 'Value', 'Achieved'],
            review.outcomes.map((outcome) => [
              engagement.goals.find((goal) => goal.id === outcome.goalId)?.statement ?? null,
              outcome.value,
              outcome.achieved && ACHIEVED_WORDS[outcome.achieved].label
            ])
          ) +
          note('Key learnings', review.keyLearnings) +
          note('Plan to sustain the change', review.sustainPlan) +
          (review.clientFeedback ? sharing(review.clientFeedbackShareable) + note("Client's feedback", review.clientFeedback) : '')
      )
    )
  )
}

/** What the coach's ICF coaching log says of the client; with nothing said, they are named and have no hours before Coachbook. */
function coachingLogSection(file: ClientExport): string {
  const log = file.coachingLog ?? { named: true, openingPaidMinutes: 0, openingProBonoMinutes: 0, updatedAt: null }
  return (
    '<h2>ICF coaching log</h2>' +
    details([
      ['Consents to be named on the log', log.named],
      ['Paid hours before Coachbook', `${hoursText(log.openingPaidMinutes)} h`],
      ['Pro bono hours before Coachbook', `${hoursText(log.openingProBonoMinutes)} h`],
      ['Last changed', coachDayOf(log.updatedAt)]
    ]) +
    '<p class="meta">Coaching groups are logged by one contact person’s name and email, linked to no client record: none is part of this export.</p>'
  )
}

/** Which record an attachment is on, in words: the client, or an engagement and its session or result. */
function attachedTo(attachment: ExportedAttachment, file: ClientExport): string {
  const engagement = file.engagements.find((each) => each.id === attachment.engagementId)
  if (!engagement) return 'The client'
  const session = engagement.sessions.find((each) => each.id === attachment.sessionId)
  if (session) return `${engagement.title}: session of ${coachDayOf(session.startsAt) ?? ''}`
  const result = engagement.results.find((each) => each.id === attachment.assessmentResultId)
  if (result) return `${engagement.title}: ${instrumentOf(result)} result`
  return engagement.title
}

/** The attachments, each a link to its file in the export folder. */
function attachmentsSection(file: ClientExport): string {
  if (file.attachments.length === 0) return '<h2>Attachments</h2><p class="none">No attachments.</p>'
  const rows = file.attachments.map(
    (attachment) =>
      `<tr><td><a href="${escapeHtml(encodeURI(attachment.file))}">${escapeHtml(attachment.name)}</a></td>` +
      `<td>${escapeHtml(attachedTo(attachment, file))}</td><td>${escapeHtml(sizeInWords(attachment.size, 'en'))}</td>` +
      `<td>${escapeHtml(coachDayOf(attachment.addedAt) ?? '')}</td></tr>`
  )
  return (
    '<h2>Attachments</h2>' +
    '<table><thead><tr><th scope="col">File</th><th scope="col">On</th><th scope="col">Size</th><th scope="col">Added</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  )
}

function engagementSection(engagement: ExportedEngagement, file: ClientExport): string {
  return (
    `<section class="engagement"><h3>${escapeHtml(engagement.title)}</h3>` +
    contract(engagement, file) +
    assessment(engagement) +
    goals(engagement) +
    actions(engagement) +
    sessions(engagement) +
    reviews(engagement) +
    '</section>'
  )
}

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.6rem; margin-bottom: 0; } h3 { border-top: 2px solid #ccc; padding-top: 1rem; margin-top: 2rem; }
h4 { margin: 1.5rem 0 .5rem; } h5 { margin: .75rem 0 .25rem; font-size: .95rem; } h5.record { font-size: 1rem; }
article { border-left: 3px solid #ddd; padding-left: .75rem; margin: .75rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dt { color: #555; } dd { margin: 0; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
.none, .sharing, .meta { color: #666; } .sharing { font-size: .85rem; margin: .25rem 0; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
@media (prefers-color-scheme: dark) { body { background: #1e1e1e; color: #eee; } dt, .none, .sharing, .meta { color: #aaa; } }
`

/** The export as a page a person can read, print or send; the JSON file is the complete record. */
export function renderClientHtml(file: ClientExport): string {
  const { client } = file
  const engagements = file.engagements.map((engagement) => engagementSection(engagement, file)).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(client.name)} – Coachbook export</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(client.name)}</h1>
<p class="meta">Everything Coachbook keeps about this client, exported ${escapeHtml(coachDayOf(file.exportedAt) ?? '')}.
Dates are year-month-day; times are UTC.</p>
${details([
  ['Email', client.email],
  ['Phone', client.phone],
  ['Organisation', client.organisation],
  ['Role', client.role],
  ['Time zone', client.timezone],
  ['Tags', client.tags.join(', ')],
  ['Added', coachDayOf(client.createdAt)],
  ['Archived', coachDayOf(client.archivedAt)]
])}
${note('Notes', client.notes)}
${coachingLogSection(file)}
<h2>Engagements</h2>
${engagements || '<p class="none">No engagements.</p>'}
${attachmentsSection(file)}
</body>
</html>
`
}
