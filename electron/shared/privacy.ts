import { z } from 'zod'
import { EVIDENCE_KINDS } from './assessment'
import { clientFields } from './clients'
import { ACTIONS, MILESTONES } from './columns/actions'
import { ATTACHMENTS } from './columns/attachments'
import {
  ASSESSMENT_RESULTS,
  ASSESSMENT_SCORES,
  GROWTH_AREAS,
  INTAKE_NOTES,
  STAKEHOLDER_INTERVIEWS
} from './columns/assessment'
import { CLIENTS } from './columns/clients'
import { COACHING_LOG_CLIENTS, COACHING_LOG_ENGAGEMENTS } from './columns/coachingLog'
import { exportShape } from './columns/column'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUS_CHANGES, ENGAGEMENTS } from './columns/engagements'
import { ENGAGEMENT_BILLING, FEE_INSTALMENTS } from './columns/fees'
import { GOAL_MEASUREMENTS, GOALS } from './columns/goals'
import { ORGANISATION_CONTACTS, ORGANISATIONS } from './columns/organisations'
import { REVIEW_OUTCOMES, REVIEWS } from './columns/reviews'
import { SESSION_INTRODUCTIONS, SESSIONS } from './columns/sessions'
import { ENGAGEMENT_STATUSES, feeFields } from './engagements'
import { fitsMeasure, ratingMessage } from './goals'
import { choice, isoDate, isoDateTime, LIMITS, recordId, requiredText } from './text'

// ---- The client export file ------------------------------------------------------------
//
// `client.json` in an export folder holds everything Coachbook keeps about one client
// (the GDPR right of access, in an open format), and `privacy:importClient` reads it
// back. The shape below IS the documentation: each record is its table's exported
// columns (electron/shared/columns/, where each column says whether and how it is
// exported), every field the stored value with the limits and rules the app applies when
// the coach types it. Alongside it,
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
/**
 * 2: goals have `unitOne`. 3: engagements have `tags`. 4: the ICF coaching log's details of
 * the client (`coachingLog`) and of each engagement (`coachingLog`). 5: each engagement's
 * `billing` (who pays, late cancellations, instalments) and each session's `cancelledLate`.
 * 6: `attachments`, each with its file in the export's `attachments` folder. 7: a fee's
 * `basis` may be `monthly_retainer` (an amount per month).
 */
export const CLIENT_EXPORT_VERSION = 7
export const CLIENT_EXPORT_FILES = { data: 'client.json', page: 'client.html', schema: 'client.schema.json' } as const
/**
 * The export as one file, to send or keep as one: a zip of the files above, named
 * `<client> – Coachbook export – <day>.coachbook-client`. The installers make Coachbook
 * the app that opens it (its import, after a preview).
 */
export const CLIENT_BUNDLE_EXTENSION = 'coachbook-client'
/** The folder of the export holding the attachments' files. */
export const CLIENT_EXPORT_ATTACHMENTS = 'attachments'

/** Lists that hold at most a screenful or two (scores, contacts…). */
const ownList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `The ${what} must be a list.` }).max(LIMITS.rowsPerList, `There are more than ${LIMITS.rowsPerList} ${what}.`)
/** Lists that grow over years (sessions, notes…): bounded only so a damaged file cannot exhaust memory. */
const longList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `The ${what} must be a list.` }).max(100_000, `There are more than 100,000 ${what}.`)

// Each record: its table's exported columns, then the lists nested in it and the fields
// carried in another shape (fee, kind, evidence, tags).

/** The client record as the coach edits it (same rules as `clients:update`), with its id and stamps. */
export const exportedClientSchema = z
  .strictObject({ ...exportShape(CLIENTS), tags: clientFields.shape.tags })
  .describe('The client record: name, contact details, tags and the coach\'s notes.')

/**
 * What the coach's ICF coaching log says of the client: whether they consent to be named on
 * it, and their hours before Coachbook (in minutes). Null when the coach has said nothing
 * (named, no hours before), and in files before version 4.
 */
export const exportedClientLogSchema = z
  .strictObject(exportShape(COACHING_LOG_CLIENTS))
  // One per client, linked to nothing else in the file: no id to carry.
  .omit({ id: true })
  .nullable()
  .default(null)
  .describe('The client on the coach’s ICF coaching log: consent to be named, and hours before Coachbook in minutes.')

/**
 * Whether the coach counts a mentoring engagement on the ICF coaching log (mentoring is left
 * off unless included). Null when the coach has not said, and in files before version 4.
 */
export const exportedEngagementLogSchema = z.strictObject(exportShape(COACHING_LOG_ENGAGEMENTS)).omit({ id: true }).nullable().default(null)

/** A sponsor contact, without the coach's notes about them. */
export const exportedContactSchema = z.strictObject(exportShape(ORGANISATION_CONTACTS))

/** A sponsor organisation the client's engagements name, with only the contacts they name. */
export const exportedOrganisationSchema = z.strictObject({
  ...exportShape(ORGANISATIONS),
  contacts: ownList(exportedContactSchema, 'contacts')
})

/** The kind of engagement by name, with its defaults, so an import can recreate a kind the practice lacks. */
export const exportedKindSchema = z.strictObject(exportShape(ENGAGEMENT_KINDS))

/** Every status change: the note is private to the coach. */
export const exportedStatusChangeSchema = z.strictObject(exportShape(ENGAGEMENT_STATUS_CHANGES))

export const exportedIntakeNoteSchema = z.strictObject(exportShape(INTAKE_NOTES))

export const exportedInterviewSchema = z.strictObject(exportShape(STAKEHOLDER_INTERVIEWS))

export const exportedScoreSchema = z.strictObject(exportShape(ASSESSMENT_SCORES))

export const exportedResultSchema = z.strictObject({
  ...exportShape(ASSESSMENT_RESULTS),
  /** In the order typed; one score per competency and rater group. */
  scores: ownList(exportedScoreSchema, 'scores').refine(
    (scores) => new Set(scores.map((score) => `${score.competency}\u0000${score.raterGroup}`)).size === scores.length,
    'A competency has two scores from the same rater group.'
  )
})

/** A piece of evidence a growth area came from: an intake note, interview or result of the same engagement, by id. */
export const exportedEvidenceSchema = z.strictObject({
  kind: choice(EVIDENCE_KINDS, 'The kind of evidence is not one Coachbook knows.'),
  id: recordId
})

export const exportedGrowthAreaSchema = z.strictObject({
  ...exportShape(GROWTH_AREAS),
  evidence: ownList(exportedEvidenceSchema, 'pieces of evidence')
})

export const exportedMeasurementSchema = z.strictObject(exportShape(GOAL_MEASUREMENTS))

export const exportedMilestoneSchema = z.strictObject(exportShape(MILESTONES))

export const exportedGoalSchema = z
  .strictObject({
    ...exportShape(GOALS),
    measurements: ownList(exportedMeasurementSchema, 'measurements'),
    milestones: ownList(exportedMilestoneSchema, 'milestones')
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

export const exportedActionSchema = z.strictObject(exportShape(ACTIONS)).refine(
  (action) => (action.status === 'done') === (action.doneOn !== null),
  { message: 'An action has a done date exactly when it is done.', path: ['doneOn'] }
)

export const exportedIntroductionSchema = z.strictObject(exportShape(SESSION_INTRODUCTIONS))

export const exportedSessionSchema = z
  .strictObject({
    ...exportShape(SESSIONS),
    /** In the order recorded. */
    introductions: ownList(exportedIntroductionSchema, 'introductions'),
    /** Cancelled with less notice than the contract asks; false in files before version 5. */
    cancelledLate: z.boolean({ error: 'Whether the session was cancelled late must be true or false.' }).default(false)
  })
  .refine((session) => !session.cancelledLate || session.status === 'cancelled', {
    message: 'Only a cancelled session can be cancelled late.',
    path: ['cancelledLate']
  })

/**
 * How the engagement is billed: who pays, the late-cancellation terms and a package's
 * instalments (in the fee's minor unit). Null when the coach has set none, and in files before version 5.
 */
export const exportedBillingSchema = z
  .strictObject({
    ...exportShape(ENGAGEMENT_BILLING),
    instalments: ownList(z.strictObject(exportShape(FEE_INSTALMENTS)).omit({ id: true }), 'instalments')
  })
  // One per engagement, linked to nothing else in the file: no id to carry.
  .omit({ id: true })
  .nullable()
  .default(null)

export const exportedOutcomeSchema = z.strictObject(exportShape(REVIEW_OUTCOMES))

export const exportedReviewSchema = z.strictObject({
  ...exportShape(REVIEWS),
  outcomes: ownList(exportedOutcomeSchema, 'outcomes').refine(
    (outcomes) => new Set(outcomes.map((outcome) => outcome.goalId)).size === outcomes.length,
    'A goal has two outcomes in the same review.'
  )
})

export const exportedEngagementSchema = z.strictObject({
  ...exportShape(ENGAGEMENTS),
  kind: exportedKindSchema,
  /** From the practice's one vocabulary of tags (a client's are `client.tags`); none in files before version 3. */
  tags: clientFields.shape.tags,
  /** In the currency's minor unit (cents): 150.00 EUR is 15000. */
  fee: feeFields.nullable(),
  coachingLog: exportedEngagementLogSchema,
  billing: exportedBillingSchema,
  /** Oldest first; the last one is the current status. */
  statusHistory: longList(exportedStatusChangeSchema, 'status changes').min(1, 'An engagement has no status history.'),
  intakeNotes: longList(exportedIntakeNoteSchema, 'intake notes'),
  interviews: longList(exportedInterviewSchema, 'interviews'),
  results: longList(exportedResultSchema, 'assessment results'),
  growthAreas: longList(exportedGrowthAreaSchema, 'growth areas'),
  goals: longList(exportedGoalSchema, 'goals'),
  actions: longList(exportedActionSchema, 'actions'),
  sessions: longList(exportedSessionSchema, 'sessions'),
  reviews: longList(exportedReviewSchema, 'reviews')
})

export type ExportedEngagement = z.output<typeof exportedEngagementSchema>
export type ExportedBilling = z.output<typeof exportedBillingSchema>

/**
 * A document attached to the client (no engagement), or to one of their engagements, results
 * or sessions; `file` is where its bytes are, inside the export folder, and `sha256` what they hash to.
 */
export const exportedAttachmentSchema = z.strictObject({
  ...exportShape(ATTACHMENTS),
  file: z
    .string()
    .max(LIMITS.shortText + 20, 'An attachment’s file name is longer than any Coachbook writes.')
    .regex(new RegExp(`^${CLIENT_EXPORT_ATTACHMENTS}/[^/\\\\]+$`), 'An attachment’s file must be in the export’s attachments folder.')
    .refine((path) => !/\/\.\.?$/.test(path), 'An attachment’s file must be in the export’s attachments folder.')
})
export type ExportedAttachment = z.output<typeof exportedAttachmentSchema>

/** An attachment's links: to an engagement of the file, and a result or session of that engagement. */
function brokenAttachmentLinks(file: { engagements: ExportedEngagement[]; attachments: ExportedAttachment[] }) {
  const problems: { path: (string | number)[]; message: string }[] = []
  file.attachments.forEach((attachment, a) => {
    const engagement = file.engagements.find((each) => each.id === attachment.engagementId)
    const broken = (field: string) => problems.push({ path: ['attachments', a, field], message: 'This links to a record that is not in the file.' })
    if (attachment.engagementId !== null && !engagement) broken('engagementId')
    const onEngagement = (ids: { id: number }[], id: number | null) => id === null || ids.some((row) => row.id === id)
    if (!onEngagement(engagement?.results ?? [], attachment.assessmentResultId)) broken('assessmentResultId')
    if (!onEngagement(engagement?.sessions ?? [], attachment.sessionId)) broken('sessionId')
  })
  if (new Set(file.attachments.map((attachment) => attachment.file)).size !== file.attachments.length) {
    problems.push({ path: ['attachments'], message: 'Two attachments name the same file.' })
  }
  return problems
}

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

/** The whole file, of any format version this Coachbook reads. */
export const clientExportSchema = z
  .strictObject({
    /** Points at the JSON Schema written next to the file, so editors can check it. */
    $schema: z.literal(CLIENT_EXPORT_FILES.schema).optional(),
    format: z.literal(CLIENT_EXPORT_FORMAT),
    // Older formats are read too: what they lack has a default.
    formatVersion: z.number().int().min(1).max(CLIENT_EXPORT_VERSION),
    exportedAt: isoDateTime('The export time'),
    client: exportedClientSchema,
    coachingLog: exportedClientLogSchema,
    organisations: ownList(exportedOrganisationSchema, 'organisations'),
    /** Oldest first. */
    engagements: longList(exportedEngagementSchema, 'engagements'),
    /** Oldest first; none in files before version 5. */
    attachments: longList(exportedAttachmentSchema, 'attachments').default([])
  })
  .superRefine((file, ctx) => {
    for (const problem of [...brokenLinks(file), ...duplicateIds(file), ...brokenAttachmentLinks(file)]) ctx.addIssue({ code: 'custom', ...problem })
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
  /** How many attachments it brings, their files read and checked already. */
  attachments: z.number(),
  /** This very client is already in the practice: the import would be refused. */
  alreadyInPractice: z.boolean()
})

export type ImportPreview = z.output<typeof importPreviewSchema>

/** Privacy while sharing the screen: the window's content left out of screen sharing and screenshots. */
export const screenSharingSchema = z.object({
  hideWhileSharing: z.boolean({ error: 'Say whether to hide the window while sharing the screen.' })
})
export type ScreenSharing = z.output<typeof screenSharingSchema>

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
   * Asks the coach for a client export (a .coachbook-client file, or a client.json), reads
   * and checks it, and says what importing it would add, writing nothing. With `opened`,
   * the file is the one the coach opened from outside the app (main keeps its path), and
   * no dialog is shown; none waiting answers `cancelled`. The file is kept in main for
   * `privacy:importClient`.
   */
  'privacy:previewImport': {
    input: z.strictObject({ opened: z.boolean({ error: 'Say whether the export was opened from outside Coachbook.' }).optional() }),
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
  /** Whether Coachbook's window is hidden from screen sharing and screenshots. */
  'privacy:screenSharing': { input: z.strictObject({}), output: screenSharingSchema },
  /** Hides the window from screen sharing and screenshots, or shows it again, at once and from then on. */
  'privacy:setScreenSharing': { input: screenSharingSchema.strict(), output: screenSharingSchema },
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
