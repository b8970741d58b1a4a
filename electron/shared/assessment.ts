import { z } from 'zod'
import {
  choice,
  decimalNumber,
  flag,
  isoDate,
  LIMITS,
  longText,
  optionalText,
  recordId,
  requiredText
} from './text'

export const INSTRUMENTS = ['360_feedback', 'disc', 'mbti', 'strengthsfinder', 'eq_i', 'values', 'other'] as const
export const RATER_GROUPS = ['self', 'manager', 'peers', 'direct_reports', 'others'] as const
export const EVIDENCE_KINDS = ['intake_note', 'interview', 'result'] as const

export type Instrument = (typeof INSTRUMENTS)[number]
export type RaterGroup = (typeof RATER_GROUPS)[number]
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  intake_note: 'Intake note',
  interview: 'Interview',
  result: 'Assessment result'
}

/**
 * Every note, interview and result is private to the coach unless marked shareable;
 * only shareable ones can reach a summary.
 */
const shareable = flag('Shareable')

const intakeNoteFields = z.strictObject({
  notedOn: isoDate('The date'),
  whatBrought: longText('What brought the client'),
  context: longText('The context'),
  hopes: longText('The hopes'),
  shareable
})

function intakeNoteNotEmpty<T extends { whatBrought: string; context: string; hopes: string }>(
  value: T,
  ctx: z.RefinementCtx<T>
): void {
  if (!value.whatBrought && !value.context && !value.hopes) {
    ctx.addIssue({
      code: 'custom',
      path: ['whatBrought'],
      message: 'Write what brought the client, the context or their hopes.'
    })
  }
}

const interviewFields = z.strictObject({
  stakeholderName: requiredText('The name', LIMITS.name, 'Enter who you interviewed.'),
  /** Their relationship to the client: manager, peer, direct report, board member… */
  relationship: optionalText('The relationship', LIMITS.shortText),
  interviewedOn: isoDate('The date'),
  notes: longText('The notes'),
  shareable
})

const scoreRow = z.strictObject(
  {
    competency: requiredText('The competency', LIMITS.shortText, 'Name the competency, such as "Listening".'),
    raterGroup: choice(RATER_GROUPS, 'Choose self, manager, peers, direct reports or others.'),
    score: decimalNumber('The score')
  },
  { error: 'Each score needs a competency, a rater group and a score.' }
)

/** A score table: one number per competency and rater group, in the order typed. */
const scoreTable = z
  .array(scoreRow, { error: 'The scores must be a list.' })
  .max(LIMITS.rowsPerList, `A result can have at most ${LIMITS.rowsPerList} scores.`)
  .default([])
  .superRefine((rows, ctx) => {
    const seen = new Set<string>()
    rows.forEach((row, index) => {
      const key = `${row.competency}\u0000${row.raterGroup}`
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'competency'],
          message: `"${row.competency}" already has a score from this rater group.`
        })
      }
      seen.add(key)
    })
  })

const resultFields = z.strictObject({
  instrument: choice(INSTRUMENTS, 'Choose the instrument, or "other" and name it.'),
  /** The instrument's own name, e.g. "Hogan HPI"; required for "other". */
  instrumentName: optionalText('The instrument name', LIMITS.shortText),
  takenOn: isoDate('The date'),
  scores: scoreTable,
  interpretation: longText("The coach's interpretation"),
  shareable
})

function otherInstrumentNamed<T extends { instrument: Instrument; instrumentName: string | null }>(
  value: T,
  ctx: z.RefinementCtx<T>
): void {
  if (value.instrument === 'other' && value.instrumentName === null) {
    ctx.addIssue({ code: 'custom', path: ['instrumentName'], message: 'Name the instrument.' })
  }
}

const evidenceRef = z.strictObject(
  {
    kind: choice(EVIDENCE_KINDS, 'Evidence is an intake note, an interview or an assessment result.'),
    id: recordId
  },
  { error: 'Each piece of evidence names an intake note, an interview or a result.' }
)

const growthAreaFields = z.strictObject({
  title: requiredText('The title', LIMITS.shortText, 'Name the growth area, such as "Delegating".'),
  description: longText('The description'),
  agreedWithClient: flag('Agreed with the client'),
  /** The intake notes, interviews and results it came from, all of the same engagement. */
  evidence: z
    .array(evidenceRef, { error: 'The evidence must be a list.' })
    .max(LIMITS.rowsPerList, `A growth area can link at most ${LIMITS.rowsPerList} pieces of evidence.`)
    .default([])
    // The same piece twice says nothing more than once.
    .transform((refs) => [...new Map(refs.map((ref) => [`${ref.kind}:${ref.id}`, ref])).values()])
})

const stamps = { createdAt: z.string(), updatedAt: z.string() }

export const intakeNoteSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  notedOn: z.string(),
  whatBrought: z.string(),
  context: z.string(),
  hopes: z.string(),
  shareable: z.boolean(),
  ...stamps
})

export const interviewSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  stakeholderName: z.string(),
  relationship: z.string().nullable(),
  interviewedOn: z.string(),
  notes: z.string(),
  shareable: z.boolean(),
  ...stamps
})

export const scoreSchema = z.object({ competency: z.string(), raterGroup: z.enum(RATER_GROUPS), score: z.number() })

export const resultSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  instrument: z.enum(INSTRUMENTS),
  instrumentName: z.string().nullable(),
  takenOn: z.string(),
  /** In the order typed; pivot on competency × rater group for the table. */
  scores: z.array(scoreSchema),
  interpretation: z.string(),
  shareable: z.boolean(),
  ...stamps
})

export const growthAreaSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  title: z.string(),
  description: z.string(),
  agreedWithClient: z.boolean(),
  evidence: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS), id: z.number() })),
  ...stamps
})

export const assessmentOverviewSchema = z.object({
  engagementId: z.number(),
  /** Each list oldest first (by its date, then as entered). */
  intakeNotes: z.array(intakeNoteSchema),
  interviews: z.array(interviewSchema),
  results: z.array(resultSchema),
  growthAreas: z.array(growthAreaSchema)
})

const byId = z.strictObject({ id: recordId })
const deleted = z.object({ id: z.number() })

export const assessmentContract = {
  'assessment:overview': {
    input: z.strictObject({ engagementId: recordId }),
    output: assessmentOverviewSchema
  },
  'assessment:createIntakeNote': {
    input: intakeNoteFields.extend({ engagementId: recordId }).superRefine(intakeNoteNotEmpty),
    output: intakeNoteSchema
  },
  'assessment:updateIntakeNote': {
    input: intakeNoteFields.extend({ id: recordId }).superRefine(intakeNoteNotEmpty),
    output: intakeNoteSchema
  },
  'assessment:deleteIntakeNote': { input: byId, output: deleted },
  'assessment:createInterview': {
    input: interviewFields.extend({ engagementId: recordId }),
    output: interviewSchema
  },
  'assessment:updateInterview': {
    input: interviewFields.extend({ id: recordId }),
    output: interviewSchema
  },
  'assessment:deleteInterview': { input: byId, output: deleted },
  'assessment:createResult': {
    input: resultFields.extend({ engagementId: recordId }).superRefine(otherInstrumentNamed),
    output: resultSchema
  },
  'assessment:updateResult': {
    input: resultFields.extend({ id: recordId }).superRefine(otherInstrumentNamed),
    output: resultSchema
  },
  'assessment:deleteResult': { input: byId, output: deleted },
  'assessment:createGrowthArea': {
    input: growthAreaFields.extend({ engagementId: recordId }),
    output: growthAreaSchema
  },
  'assessment:updateGrowthArea': {
    input: growthAreaFields.extend({ id: recordId }),
    output: growthAreaSchema
  },
  /** Goals linked to it stay, without the link. */
  'assessment:deleteGrowthArea': { input: byId, output: deleted }
} as const

export type IntakeNote = z.output<typeof intakeNoteSchema>
export type Interview = z.output<typeof interviewSchema>
export type AssessmentResult = z.output<typeof resultSchema>
export type Score = z.output<typeof scoreSchema>
export type GrowthArea = z.output<typeof growthAreaSchema>
export type AssessmentOverview = z.output<typeof assessmentOverviewSchema>
export type IntakeNoteFields = z.output<typeof intakeNoteFields>
export type InterviewFields = z.output<typeof interviewFields>
export type ResultFields = z.output<typeof resultFields>
export type GrowthAreaFields = z.output<typeof growthAreaFields>

// ---- Words and the score matrix, the same on every screen and in every report -------------

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  '360_feedback': '360° feedback',
  disc: 'DiSC',
  mbti: 'MBTI',
  strengthsfinder: 'StrengthsFinder',
  eq_i: 'EQ-i',
  values: 'Values',
  other: 'Other instrument'
}

export const RATER_GROUP_LABELS: Record<RaterGroup, string> = {
  self: 'Self',
  manager: 'Manager',
  peers: 'Peers',
  direct_reports: 'Direct reports',
  others: 'Others'
}

/** "360° feedback", "DiSC (Everything DiSC)", or the name of an "other" instrument. */
export function instrumentOf(result: { instrument: Instrument; instrumentName: string | null }): string {
  if (result.instrument === 'other') return result.instrumentName ?? INSTRUMENT_LABELS.other
  return result.instrumentName ? `${INSTRUMENT_LABELS[result.instrument]} (${result.instrumentName})` : INSTRUMENT_LABELS[result.instrument]
}

/** A score table as read: competencies down (in the order typed), rater groups across (only those that scored). */
export interface ScoreMatrix {
  groups: RaterGroup[]
  rows: { competency: string; scores: (number | null)[] }[]
}

export function scoreMatrix(scores: readonly { competency: string; raterGroup: RaterGroup; score: number }[]): ScoreMatrix {
  const groups = RATER_GROUPS.filter((group) => scores.some((score) => score.raterGroup === group))
  const byCompetency = new Map<string, Map<RaterGroup, number>>()
  for (const { competency, raterGroup, score } of scores) {
    if (!byCompetency.has(competency)) byCompetency.set(competency, new Map())
    byCompetency.get(competency)!.set(raterGroup, score)
  }
  return {
    groups,
    rows: [...byCompetency].map(([competency, row]) => ({ competency, scores: groups.map((group) => row.get(group) ?? null) }))
  }
}
