import { z } from 'zod'
import { AUDIENCES } from './reviews'
import { choice, isoDate, LIMITS, optionalText, recordId, text } from './text'

/**
 * The PDF reports a coach sends out. `summary` has a client and a sponsor version; the
 * action plan and the progress report are for the client and follow the client's rules.
 */
export const REPORT_KINDS = ['summary', 'action_plan', 'progress'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

/** Each report's title, on its cover and in the PDF's properties. */
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  summary: 'End-of-engagement summary',
  action_plan: 'Action plan',
  progress: 'Progress report'
}

/** The accent colour when the coach has not chosen one: a calm blue that prints well. */
export const DEFAULT_ACCENT = '#2d6a8e'

/** A logo is embedded in every PDF, so it is kept small. */
export const LOGO_LIMITS = { bytes: 1024 * 1024, pixels: 4000 } as const

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

const accentColour = z
  .string({ error: 'The accent colour must be written like #2d6a8e.' })
  .trim()
  .max(7, 'The accent colour must be written like #2d6a8e: a # and six digits or letters a–f.')
  .regex(HEX_COLOUR, 'The accent colour must be written like #2d6a8e: a # and six digits or letters a–f.')
  .transform((value) => value.toLowerCase())

export const brandingFields = z.strictObject({
  practiceName: optionalText('The practice name', LIMITS.name),
  coachName: optionalText('The coach name', LIMITS.name),
  /** E.g. "PCC, ICF" — printed after the coach's name. */
  credentials: optionalText('The credentials', LIMITS.shortText),
  /** E.g. "jo@example.com · +44 20 7946 0000 · example.com". */
  contactLine: optionalText('The contact line', LIMITS.shortText),
  accentColour: accentColour.default(DEFAULT_ACCENT)
})

export const logoSchema = z.object({
  /** For the settings preview: `data:image/png;base64,…`. */
  dataUrl: z.string(),
  width: z.number(),
  height: z.number()
})

export const brandingSchema = z.object({
  practiceName: z.string().nullable(),
  coachName: z.string().nullable(),
  credentials: z.string().nullable(),
  contactLine: z.string().nullable(),
  accentColour: z.string(),
  logo: logoSchema.nullable()
})

/** A path this Coachbook has just written; anything else is refused. */
const exportedPath = z.strictObject({
  path: text('The file', 4096).pipe(z.string().min(1, 'Say which exported PDF to open.'))
})

export const reportsContract = {
  'reports:getBranding': { input: z.strictObject({}), output: brandingSchema },
  'reports:setBranding': { input: brandingFields, output: brandingSchema },
  /** Opens the system's file dialog for a PNG or JPEG logo; the file is checked and stored. */
  'reports:chooseLogo': {
    input: z.strictObject({}),
    output: z.object({ cancelled: z.boolean(), branding: brandingSchema })
  },
  'reports:clearLogo': { input: z.strictObject({}), output: brandingSchema },
  /**
   * Renders a report and asks where to save it. `audience` applies to the summary only
   * (client when left out); `today` is the coach's date, printed on the report.
   */
  'reports:export': {
    input: z
      .strictObject({
        engagementId: recordId,
        report: choice(REPORT_KINDS, 'Choose the summary, the action plan or the progress report.'),
        audience: choice(AUDIENCES, 'Choose the client or the sponsor version.').default('client'),
        today: isoDate("Today's date")
      })
      .refine((input) => input.report === 'summary' || input.audience === 'client', {
        path: ['audience'],
        message: 'Only the summary has a sponsor version: the action plan and the progress report are for the client.'
      }),
    output: z.union([z.object({ path: z.string() }), z.object({ cancelled: z.literal(true) })])
  },
  /** Opens a PDF exported in this run with the system's viewer. */
  'reports:open': { input: exportedPath, output: z.object({ path: z.string() }) },
  /** Shows a PDF exported in this run in the system's file manager. */
  'reports:showInFolder': { input: exportedPath, output: z.object({ path: z.string() }) }
} as const

export type Branding = z.output<typeof brandingSchema>
export type BrandingFields = z.output<typeof brandingFields>
export type Logo = z.output<typeof logoSchema>
