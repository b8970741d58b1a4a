import { z } from 'zod'
import { ACTION_OWNERS, ACTION_STATUSES } from './actions'
import { EVIDENCE_KINDS, INSTRUMENTS, RATER_GROUPS } from './assessment'
import { CADENCES, ENGAGEMENT_STATUSES, feeFields, PLANNED_SESSIONS, SESSION_MINUTES, SPONSOR_REPORTING_LEVELS } from './engagements'
import { ACHIEVED, fitsMeasure, GOAL_STATUSES, MEASURES, PRIORITIES, ratingMessage } from './goals'
import { REVIEW_KINDS } from './reviews'
import { BILLING, SESSION_FORMATS, SESSION_STATUSES } from './sessions'
import { clientFields } from './clients'
import { contactFields } from './organisations'
import { choice, decimalNumber, isoDate, isoDateTime, LIMITS, recordId, requiredText, text, wholeNumber } from './text'

// ---- The client export file ------------------------------------------------------------
//
// `client.json` in an export folder holds everything Coachbook keeps about one client
// (the GDPR right of access, in an open format), and `privacy:importClient` reads it
// back. The shape below IS the documentation: every field is the stored value, with
// the same limits and rules the app applies when the coach types it. Alongside it,
// `client.schema.json` is this schema as JSON Schema, and `client.html` a readable copy.
//
// - `format` is always "coachbook.client-export"; `formatVersion` goes up by one whenever
//   the shape changes in a way an older Coachbook could not read. A newer file is refused.
// - Ids are the record ids in the practice that exported it. They only tie records
//   together inside the file (an action's goalId names a goal of the same engagement);
//   importing gives every record a new id and rewires these links.
// - Dates are 'YYYY-MM-DD'; moments are UTC ISO text ('2026-03-14T08:30:00.000Z').
// - Every note, interview, result and session note says whether it is shareable; the
//   rest (status notes, private observations) is private to the coach.
// - Sponsor organisations and contacts appear by name only: their notes are the coach's
//   own records and may be about other clients. Importing reuses one with the same name.

export const CLIENT_EXPORT_FORMAT = 'coachbook.client-export'
/** 2: goals have `unitOne`. */
export const CLIENT_EXPORT_VERSION = 2
export const CLIENT_EXPORT_FILES = { data: 'client.json', page: 'client.html', schema: 'client.schema.json' } as const

const shortText = (label: string) => text(label, LIMITS.shortText)
const longText = (label: string) => text(label, LIMITS.notes)
const stamps = { createdAt: isoDateTime('The creation time'), updatedAt: isoDateTime('The last change time') }
const ownList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `The ${what} must be a list.` }).max(LIMITS.rowsPerList, `There are more than ${LIMITS.rowsPerList} ${what}.`)
/** Lists that grow over years (sessions, notes…): bounded only so a damaged file cannot exhaust memory. */
const longList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `The ${what} must be a list.` }).max(100_000, `There are more than 100,000 ${what}.`)

/** The client record as the coach edits it (same rules as `clients:update`), with its id and stamps. */
export const exportedClientSchema = clientFields
  .extend({
    id: recordId,
    /** When the client was archived (hidden from the list), or null. */
    archivedAt: isoDateTime('The archive time').nullable(),
    ...stamps
  })
  .describe('The client record: name, contact details, tags and the coach\'s notes.')

/** A sponsor contact, without the coach's notes about them. */
export const exportedContactSchema = contactFields.omit({ notes: true }).extend({ id: recordId })

/** A sponsor organisation the client's engagements name, with only the contacts they name. */
export const exportedOrganisationSchema = z.strictObject({
  id: recordId,
  name: requiredText('The name', LIMITS.name, 'An organisation has no name.'),
  contacts: ownList(exportedContactSchema, 'contacts')
})

/** The kind of engagement by name, with its defaults, so an import can recreate a kind the practice lacks. */
export const exportedKindSchema = z.strictObject({
  name: requiredText('The kind', LIMITS.name, 'The kind of engagement has no name.'),
  isMentoring: z.boolean(),
  defaultPlannedSessions: wholeNumber('The default planned sessions', PLANNED_SESSIONS.min, PLANNED_SESSIONS.max).nullable(),
  defaultCadence: choice(CADENCES, 'The default cadence is not one Coachbook knows.'),
  defaultSessionMinutes: wholeNumber('The default session length', SESSION_MINUTES.min, SESSION_MINUTES.max)
})

export const exportedStatusChangeSchema = z.strictObject({
  id: recordId,
  status: choice(ENGAGEMENT_STATUSES, 'The status is not one Coachbook knows.'),
  /** The day it took effect. */
  changedOn: isoDate('The day of the status change'),
  /** Private to the coach. */
  note: longText('The note'),
  recordedAt: isoDateTime('The time it was recorded')
})

export const exportedIntakeNoteSchema = z.strictObject({
  id: recordId,
  notedOn: isoDate('The date'),
  whatBrought: longText('What brought the client'),
  context: longText('The context'),
  hopes: longText('The hopes'),
  shareable: z.boolean(),
  ...stamps
})

export const exportedInterviewSchema = z.strictObject({
  id: recordId,
  stakeholderName: requiredText('The name', LIMITS.name, 'An interview has no stakeholder name.'),
  relationship: shortText('The relationship').nullable(),
  interviewedOn: isoDate('The date'),
  notes: longText('The notes'),
  shareable: z.boolean(),
  ...stamps
})

export const exportedScoreSchema = z.strictObject({
  competency: requiredText('The competency', LIMITS.shortText, 'A score has no competency.'),
  raterGroup: choice(RATER_GROUPS, 'The rater group is not one Coachbook knows.'),
  score: decimalNumber('The score')
})

export const exportedResultSchema = z.strictObject({
  id: recordId,
  instrument: choice(INSTRUMENTS, 'The instrument is not one Coachbook knows.'),
  instrumentName: shortText('The instrument name').nullable(),
  takenOn: isoDate('The date'),
  /** In the order typed; one score per competency and rater group. */
  scores: ownList(exportedScoreSchema, 'scores').refine(
    (scores) => new Set(scores.map((score) => `${score.competency}\u0000${score.raterGroup}`)).size === scores.length,
    'A competency has two scores from the same rater group.'
  ),
  interpretation: longText("The coach's interpretation"),
  shareable: z.boolean(),
  ...stamps
})

/** A piece of evidence a growth area came from: an intake note, interview or result of the same engagement, by id. */
export const exportedEvidenceSchema = z.strictObject({
  kind: choice(EVIDENCE_KINDS, 'The kind of evidence is not one Coachbook knows.'),
  id: recordId
})

export const exportedGrowthAreaSchema = z.strictObject({
  id: recordId,
  title: requiredText('The title', LIMITS.shortText, 'A growth area has no title.'),
  description: longText('The description'),
  agreedWithClient: z.boolean(),
  evidence: ownList(exportedEvidenceSchema, 'pieces of evidence'),
  ...stamps
})

export const exportedMeasurementSchema = z.strictObject({
  id: recordId,
  measuredOn: isoDate('The date'),
  value: decimalNumber('The value'),
  comment: longText('The comment'),
  /** The session of the same engagement it was taken in, or null. */
  sessionId: recordId.nullable(),
  createdAt: isoDateTime('The creation time')
})

export const exportedMilestoneSchema = z.strictObject({
  id: recordId,
  title: requiredText('The milestone', LIMITS.statement, 'A milestone has no title.'),
  dueOn: isoDate('The date'),
  reached: z.boolean(),
  ...stamps
})

export const exportedGoalSchema = z
  .strictObject({
  id: recordId,
  statement: requiredText('The goal', LIMITS.statement, 'A goal has no statement.'),
  whyItMatters: longText('Why it matters'),
  successIndicator: longText('The success indicator'),
  observableBehaviours: longText('The observable behaviours'),
  measure: choice(MEASURES, 'The measure is not one Coachbook knows.'),
  unit: shortText('The unit').nullable(),
  /** Since format 2; files of format 1 have none. */
  unitOne: shortText('The unit for one').nullable().default(null),
  baseline: decimalNumber('The baseline').nullable(),
  target: decimalNumber('The target').nullable(),
  deadline: isoDate('The deadline').nullable(),
  priority: choice(PRIORITIES, 'The priority is not one Coachbook knows.'),
  /** A growth area of the same engagement, or null. */
  growthAreaId: recordId.nullable(),
  status: choice(GOAL_STATUSES, 'The goal status is not one Coachbook knows.'),
  confidence: wholeNumber('The confidence', 0, 10).nullable(),
  /** The coach's order of the engagement's goals. */
  sortOrder: wholeNumber('The order', 0, 1_000_000),
  measurements: ownList(exportedMeasurementSchema, 'measurements'),
  milestones: ownList(exportedMilestoneSchema, 'milestones'),
  ...stamps
})
  .superRefine((goal, ctx) => {
    const values: [(string | number)[], number | null][] = [
      [['baseline'], goal.baseline],
      [['target'], goal.target],
      ...goal.measurements.map((row, index): [(string | number)[], number] => [['measurements', index, 'value'], row.value])
    ]
    for (const [path, value] of values) {
      if (value !== null && !fitsMeasure(goal.measure, value)) ctx.addIssue({ code: 'custom', path, message: ratingMessage('The value') })
    }
  })

export const exportedActionSchema = z
  .strictObject({
    id: recordId,
    /** A goal of the same engagement, or null. */
    goalId: recordId.nullable(),
    /** The session of the same engagement it was agreed in, or null. */
    sessionId: recordId.nullable(),
    description: requiredText('The action', LIMITS.statement, 'An action has no description.'),
    owner: choice(ACTION_OWNERS, 'The owner is not one Coachbook knows.'),
    dueOn: isoDate('The due date').nullable(),
    resources: longText('The resources'),
    obstacles: longText('The obstacles'),
    overcome: longText('How to overcome them'),
    status: choice(ACTION_STATUSES, 'The action status is not one Coachbook knows.'),
    /** Set exactly when the action is done. */
    doneOn: isoDate('The day it was done').nullable(),
    ...stamps
  })
  .refine((action) => (action.status === 'done') === (action.doneOn !== null), {
    message: 'An action has a done date exactly when it is done.',
    path: ['doneOn']
  })

export const exportedIntroductionSchema = z.strictObject({
  id: recordId,
  introducedTo: requiredText('The person introduced', LIMITS.name, 'An introduction names nobody.'),
  reason: longText('Why'),
  outcome: longText('The outcome')
})

export const exportedSessionSchema = z.strictObject({
  id: recordId,
  startsAt: isoDateTime('The start'),
  durationMinutes: wholeNumber('The duration in minutes', 1, 24 * 60),
  format: choice(SESSION_FORMATS, 'The session format is not one Coachbook knows.'),
  billing: choice(BILLING, 'The billing is not one Coachbook knows.'),
  status: choice(SESSION_STATUSES, 'The session status is not one Coachbook knows.'),
  agenda: longText('The agenda'),
  notes: longText('The notes'),
  notesShareable: z.boolean(),
  /** Always private to the coach. */
  privateObservations: longText('The private observations'),
  nextFocus: longText('The next focus'),
  topicsDiscussed: longText('The topics discussed'),
  adviceGiven: longText('The advice given'),
  /** In the order recorded. */
  introductions: ownList(exportedIntroductionSchema, 'introductions'),
  ...stamps
})

export const exportedOutcomeSchema = z.strictObject({
  /** A goal of the same engagement. */
  goalId: recordId,
  value: decimalNumber('The value').nullable(),
  achieved: choice(ACHIEVED, 'Whether the goal was achieved is not one of yes, partly or no.').nullable()
})

export const exportedReviewSchema = z.strictObject({
  id: recordId,
  kind: choice(REVIEW_KINDS, 'The kind of review is not one Coachbook knows.'),
  heldOn: isoDate('The review date'),
  outcomes: ownList(exportedOutcomeSchema, 'outcomes').refine(
    (outcomes) => new Set(outcomes.map((outcome) => outcome.goalId)).size === outcomes.length,
    'A goal has two outcomes in the same review.'
  ),
  keyLearnings: longText('The key learnings'),
  sustainPlan: longText('The plan to sustain the change'),
  clientFeedback: longText("The client's feedback"),
  clientFeedbackShareable: z.boolean(),
  clientRating: wholeNumber("The client's rating", 1, 10).nullable(),
  followUpOn: isoDate('The follow-up date').nullable(),
  /** When the coach completed it; null while a draft. */
  completedAt: isoDateTime('The completion time').nullable(),
  ...stamps
})

export const exportedEngagementSchema = z.strictObject({
  id: recordId,
  kind: exportedKindSchema,
  title: requiredText('The title', LIMITS.shortText, 'An engagement has no title.'),
  /** One of the file's organisations, or null. */
  sponsorOrganisationId: recordId.nullable(),
  /** One of that organisation's contacts in the file, or null. */
  sponsorContactId: recordId.nullable(),
  startDate: isoDate('The start date').nullable(),
  plannedEndDate: isoDate('The planned end date').nullable(),
  /** null: open-ended. */
  plannedSessions: wholeNumber('The planned sessions', PLANNED_SESSIONS.min, PLANNED_SESSIONS.max).nullable(),
  sessionMinutes: wholeNumber('The session length', SESSION_MINUTES.min, SESSION_MINUTES.max),
  cadence: choice(CADENCES, 'The cadence is not one Coachbook knows.'),
  /** In the currency's minor unit (cents): 150.00 EUR is 15000. */
  fee: feeFields.nullable(),
  cancellationTerms: longText('The cancellation terms'),
  confidentialityTerms: longText('The confidentiality terms'),
  sponsorReporting: choice(SPONSOR_REPORTING_LEVELS, 'The sponsor reporting level is not one Coachbook knows.'),
  recordsConsentOn: isoDate('The date of consent to keep records').nullable(),
  disposalOn: isoDate('The disposal date').nullable(),
  status: choice(ENGAGEMENT_STATUSES, 'The status is not one Coachbook knows.'),
  /** Oldest first; the last one is the current status. */
  statusHistory: longList(exportedStatusChangeSchema, 'status changes').min(1, 'An engagement has no status history.'),
  intakeNotes: longList(exportedIntakeNoteSchema, 'intake notes'),
  interviews: longList(exportedInterviewSchema, 'interviews'),
  results: longList(exportedResultSchema, 'assessment results'),
  growthAreas: longList(exportedGrowthAreaSchema, 'growth areas'),
  goals: longList(exportedGoalSchema, 'goals'),
  actions: longList(exportedActionSchema, 'actions'),
  sessions: longList(exportedSessionSchema, 'sessions'),
  reviews: longList(exportedReviewSchema, 'reviews'),
  ...stamps
})

export type ExportedEngagement = z.output<typeof exportedEngagementSchema>

/** Where a link inside the file points to nothing, or to a record of another engagement. */
function brokenLinks(file: {
  organisations: z.output<typeof exportedOrganisationSchema>[]
  engagements: ExportedEngagement[]
}): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = []
  const link = (present: boolean, path: (string | number)[], what: string) => {
    if (!present) problems.push({ path, message: `This links to ${what} that is not in the file.` })
  }
  const contactsOf = new Map(file.organisations.map((org) => [org.id, new Set(org.contacts.map((contact) => contact.id))]))
  file.engagements.forEach((engagement, e) => {
    const at = (...rest: (string | number)[]) => ['engagements', e, ...rest]
    const ids = (rows: { id: number }[]) => new Set(rows.map((row) => row.id))
    const evidence = { intake_note: ids(engagement.intakeNotes), interview: ids(engagement.interviews), result: ids(engagement.results) }
    const [areas, goals, sessions] = [ids(engagement.growthAreas), ids(engagement.goals), ids(engagement.sessions)]
    if (engagement.sponsorOrganisationId !== null) {
      link(contactsOf.has(engagement.sponsorOrganisationId), at('sponsorOrganisationId'), 'an organisation')
    } else if (engagement.sponsorContactId !== null) {
      problems.push({ path: at('sponsorContactId'), message: 'A sponsor contact needs the sponsor organisation too.' })
    }
    if (engagement.sponsorOrganisationId !== null && engagement.sponsorContactId !== null) {
      const contacts = contactsOf.get(engagement.sponsorOrganisationId)
      link(contacts?.has(engagement.sponsorContactId) ?? false, at('sponsorContactId'), "a contact of the sponsor")
    }
    engagement.growthAreas.forEach((area, a) =>
      area.evidence.forEach((ref, r) =>
        link(evidence[ref.kind].has(ref.id), at('growthAreas', a, 'evidence', r, 'id'), "this engagement's assessment")
      )
    )
    engagement.goals.forEach((goal, g) => {
      if (goal.growthAreaId !== null) link(areas.has(goal.growthAreaId), at('goals', g, 'growthAreaId'), 'a growth area')
      goal.measurements.forEach((measurement, m) => {
        if (measurement.sessionId !== null) {
          link(sessions.has(measurement.sessionId), at('goals', g, 'measurements', m, 'sessionId'), 'a session')
        }
      })
    })
    engagement.actions.forEach((action, a) => {
      if (action.goalId !== null) link(goals.has(action.goalId), at('actions', a, 'goalId'), 'a goal')
      if (action.sessionId !== null) link(sessions.has(action.sessionId), at('actions', a, 'sessionId'), 'a session')
    })
    engagement.reviews.forEach((review, r) =>
      review.outcomes.forEach((outcome, o) =>
        link(goals.has(outcome.goalId), at('reviews', r, 'outcomes', o, 'goalId'), 'a goal')
      )
    )
    if (engagement.reviews.filter((review) => review.kind === 'final').length > 1) {
      problems.push({ path: at('reviews'), message: 'An engagement has more than one final review.' })
    }
  })
  return problems
}

/** The same id twice in one kind of record would make the links ambiguous. */
function duplicateIds(file: { engagements: ExportedEngagement[] }): { path: (string | number)[]; message: string }[] {
  const lists: [string, { id: number }[]][] = [
    ['engagements', file.engagements],
    ...(['statusHistory', 'intakeNotes', 'interviews', 'results', 'growthAreas', 'goals', 'actions', 'sessions', 'reviews'] as const).map(
      (key): [string, { id: number }[]] => [key, file.engagements.flatMap((engagement): { id: number }[] => engagement[key])]
    ),
    ['measurements', file.engagements.flatMap((e) => e.goals.flatMap((goal) => goal.measurements))],
    ['milestones', file.engagements.flatMap((e) => e.goals.flatMap((goal) => goal.milestones))],
    ['introductions', file.engagements.flatMap((e) => e.sessions.flatMap((session) => session.introductions))]
  ]
  return lists.flatMap(([what, rows]) =>
    new Set(rows.map((row) => row.id)).size === rows.length ? [] : [{ path: [], message: `Two ${what} have the same id.` }]
  )
}

/** The whole file, version 1. */
export const clientExportSchema = z
  .strictObject({
    /** Points at the JSON Schema written next to the file, so editors can check it. */
    $schema: z.literal(CLIENT_EXPORT_FILES.schema).optional(),
    format: z.literal(CLIENT_EXPORT_FORMAT),
    // Older formats are read too: what they lack has a default.
    formatVersion: z.number().int().min(1).max(CLIENT_EXPORT_VERSION),
    exportedAt: isoDateTime('The export time'),
    client: exportedClientSchema,
    organisations: ownList(exportedOrganisationSchema, 'organisations'),
    /** Oldest first. */
    engagements: longList(exportedEngagementSchema, 'engagements')
  })
  .superRefine((file, ctx) => {
    for (const problem of [...brokenLinks(file), ...duplicateIds(file)]) ctx.addIssue({ code: 'custom', ...problem })
  })
  .meta({
    title: 'Coachbook client export',
    description:
      'Everything Coachbook keeps about one client. Ids only link records inside the file; dates are YYYY-MM-DD, ' +
      'moments UTC ISO 8601. Documented in electron/shared/privacy.ts of Coachbook.'
  })

export type ClientExport = z.output<typeof clientExportSchema>

// ---- Channels ---------------------------------------------------------------------------

export const retentionItemSchema = z.object({
  engagementId: z.number(),
  engagementTitle: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  /** 'YYYY-MM-DD', on or before the `today` asked about. */
  disposalOn: z.string(),
  status: z.enum(ENGAGEMENT_STATUSES)
})

const cancelled = z.object({ status: z.literal('cancelled') })

/**
 * What an erasure answers. The records are gone either way; `scrubPending` is true when
 * the space they used could not be overwritten yet (a full disk, a busy file): Coachbook
 * finishes that the next time it opens.
 */
export const erasureSchema = z.object({ id: z.number(), scrubPending: z.boolean() })

/** What importing a client export would add, shown to the coach before anything is written. */
export const importPreviewSchema = z.object({
  status: z.literal('preview'),
  /** Names the file read for `privacy:importClient`; a newer preview replaces it. */
  importId: z.string(),
  client: z.object({ name: z.string(), email: z.string().nullable(), organisation: z.string().nullable(), role: z.string().nullable() }),
  /** Oldest first, as in the file. */
  engagements: z.array(
    z.object({
      title: z.string(),
      kind: z.string(),
      status: z.enum(ENGAGEMENT_STATUSES),
      startDate: z.string().nullable(),
      sessions: z.number(),
      goals: z.number(),
      actions: z.number(),
      /** Intake notes, interviews, results and growth areas. */
      assessmentItems: z.number(),
      reviews: z.number()
    })
  ),
  /** Sponsor organisations it would add; those of the same name already here are used instead. */
  newSponsors: z.array(z.string()),
  /** Kinds of engagement it would add. */
  newKinds: z.array(z.string()),
  /** This very client is already in the practice: the import would be refused. */
  alreadyInPractice: z.boolean()
})

export type ImportPreview = z.output<typeof importPreviewSchema>

export const privacyContract = {
  /**
   * Writes everything about the client into a new folder inside the folder the coach
   * chooses: `<name> – Coachbook export – <date>/` with client.json (clientExportSchema),
   * client.html (readable) and client.schema.json. Cancelling the dialog writes nothing.
   */
  'privacy:exportClient': {
    input: z.strictObject({ clientId: recordId }),
    output: z.discriminatedUnion('status', [
      cancelled,
      z.object({ status: z.literal('exported'), folder: z.string(), files: z.array(z.string()) })
    ])
  },
  /**
   * Asks the coach for a client.json, reads and checks it, and says what importing it
   * would add, writing nothing. The file is kept in main for `privacy:importClient`.
   */
  'privacy:previewImport': {
    input: z.strictObject({}),
    output: z.discriminatedUnion('status', [cancelled, importPreviewSchema])
  },
  /** Adds the client of the file last previewed with everything under it, all or nothing. */
  'privacy:importClient': {
    input: z.strictObject({
      importId: z
        .string({ error: 'Choose the file to import again.' })
        .max(32, 'Choose the file to import again.')
        .regex(/^[0-9a-f]{32}$/, 'Choose the file to import again.')
    }),
    output: z.object({
      status: z.literal('imported'),
      client: z.object({ id: z.number(), name: z.string() }),
      engagements: z.number()
    })
  },
  /**
   * Deletes the client and every record about them, then overwrites the space they used
   * in the data file. The coach confirms by typing the client's name. Sponsor
   * organisations stay: they are the coach's own records. Backups are not touched.
   */
  'privacy:eraseClient': {
    input: z.strictObject({
      clientId: recordId,
      confirmName: requiredText("The client's name", LIMITS.name, "Type the client's name to confirm.")
    }),
    output: erasureSchema
  },
  /** Engagements whose disposal date is on or before `today` (the coach's day): the oldest date first. */
  'privacy:retentionDue': {
    input: z.strictObject({ today: isoDate("Today's date") }),
    output: z.object({ items: z.array(retentionItemSchema) })
  },
  /** Erases one engagement with everything under it, the same way as a client. The client record stays. */
  'privacy:eraseEngagement': {
    input: z.strictObject({
      engagementId: recordId,
      confirm: z.literal(true, { error: 'Confirm that this engagement should be erased for good.' })
    }),
    output: erasureSchema
  }
} as const

export type RetentionItem = z.output<typeof retentionItemSchema>
