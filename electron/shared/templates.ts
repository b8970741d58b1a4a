import { z } from 'zod'
import { choice, LIMITS, recordId, requiredText, text } from './text'

/**
 * Templates give a new session's notes, or a new intake note, the coach's own structure:
 * sections, each a heading and a prompt. A template is copied into the note it starts, so
 * a template edited or deleted later never changes a note made from it.
 */
export const TEMPLATE_KINDS = ['session', 'intake'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = { session: 'Session notes', intake: 'Intake notes' }

/** A template has at most this many sections: a screenful of headings. */
export const MAX_SECTIONS = 30

export const templateSectionSchema = z.strictObject(
  {
    heading: requiredText('A section heading', LIMITS.shortText, 'Give every section a heading.'),
    prompt: text('A prompt', LIMITS.statement).default('')
  },
  { error: 'Each section must be a heading with a prompt.' }
)
export type TemplateSection = z.output<typeof templateSectionSchema>

export const templateName = requiredText('The name', LIMITS.name, 'Give the template a name.')

const templateFields = z.strictObject({
  kind: choice(TEMPLATE_KINDS, 'A template is for session notes or intake notes.'),
  name: templateName,
  sections: z
    .array(templateSectionSchema, { error: 'The sections must be a list.' })
    .min(1, 'A template needs at least one section.')
    .max(MAX_SECTIONS, `A template holds at most ${MAX_SECTIONS} sections.`)
})

/**
 * A built-in template is named by its key ('builtIn:grow'); the coach's own by its id.
 * Built-ins are part of Coachbook, the same in every practice: copied, they become the coach's to edit.
 */
export const builtInKey = text('The template', LIMITS.shortText).regex(/^builtIn:[a-z0-9-]+$/, 'That is not a template Coachbook knows.')

export const templateSchema = z.object({
  id: z.number().nullable(),
  builtIn: z.string().nullable(),
  kind: z.enum(TEMPLATE_KINDS),
  name: z.string(),
  sections: z.array(z.object({ heading: z.string(), prompt: z.string() })),
  updatedAt: z.string().nullable()
})
export type Template = z.output<typeof templateSchema>

export const templatesContract = {
  /** The built-in templates, then the coach's own, by name; of one kind when asked. */
  'templates:list': {
    input: z.strictObject({ kind: choice(TEMPLATE_KINDS, 'A template is for session notes or intake notes.').optional() }),
    output: z.object({ items: z.array(templateSchema) })
  },
  'templates:create': { input: templateFields, output: templateSchema },
  /** Renames it and sets its sections; notes made from it stay as they are. */
  'templates:update': {
    input: templateFields.omit({ kind: true }).extend({ id: recordId }),
    output: templateSchema
  },
  /** A built-in or one of the coach's own, copied under a new name for the coach to edit. */
  'templates:copy': {
    input: z.strictObject({ from: z.union([recordId, builtInKey], { error: 'Choose a template to copy.' }) }),
    output: templateSchema
  },
  /** Deletes the coach's template; notes made from it keep every word. */
  'templates:delete': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  }
} as const

const section = (heading: string, prompt: string): TemplateSection => ({ heading, prompt })
const builtIn = (key: string, kind: TemplateKind, name: string, sections: TemplateSection[]): Template => ({
  id: null,
  builtIn: `builtIn:${key}`,
  kind,
  name,
  sections,
  updatedAt: null
})

/**
 * The built-ins, drawn from how coaches work (DOMAIN.md, seeds/): the GROW model for a
 * coaching session, a 360 feedback debrief, a career coaching exercise on strengths and
 * values, a mentoring check-in, and an intake conversation.
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  builtIn('grow', 'session', 'GROW session', [
    section('Goal', 'What do you want to leave this session with? What would make it worthwhile?'),
    section('Reality', 'What is happening now? What have you tried, and what got in the way?'),
    section('Options', 'What could you do? What else? What would someone you admire do?'),
    section('Will', 'What will you do, by when? How will you know you did it? Who needs to know?')
  ]),
  builtIn('debrief-360', 'session', '360 feedback debrief', [
    section('First reactions', 'What stands out? What surprised you, pleased you, stung?'),
    section('Strengths seen by others', 'Where do raters agree you are strong? Where do you rate yourself lower than they do?'),
    section('Gaps and blind spots', 'Where do rater groups differ from each other, or from your own view?'),
    section('Themes', 'Which two or three themes matter most for your role now?'),
    section('Growth areas to work on', 'Which will we turn into goals? Who could you ask for more detail?')
  ]),
  builtIn('strengths-values', 'session', 'Career: strengths and values', [
    section('Peak moments', 'Recall two or three times at work you felt at your best. What were you doing?'),
    section('Strengths', 'Which strengths show in those moments? Which do others ask you for?'),
    section('Values', 'What mattered to you in them? Rank your top five values.'),
    section('Fit with the current role', 'Where does your work honour these values and use these strengths, and where not?'),
    section('Aspirations and next steps', 'What roles or paths would fit better? One step to explore before we meet again.')
  ]),
  builtIn('mentoring-check-in', 'session', 'Mentoring check-in', [
    section('Since we last met', 'What has happened? What went well, what was hard?'),
    section('Topics the mentee brings', 'What would you like to talk about today?'),
    section('Experience and advice shared', 'What from my own path might help here?'),
    section('Introductions and resources', 'Who could you meet? What could you read or try?'),
    section('Milestones', 'Where are you against the milestones you set? What is next?')
  ]),
  builtIn('intake', 'intake', 'Intake conversation', [
    section('What brought you to coaching', 'Why now? What prompted you, or your sponsor, to start?'),
    section('Context', 'Your role, team, organisation and the pressures on you.'),
    section('Hopes', 'What would be different at the end of our work together? How would others notice?'),
    section('Working together', 'How you like to work, what you need from me, what the sponsor expects.')
  ])
]

/**
 * The text a template starts a note with: each section's heading on its own line, the
 * prompt under it, then room to write. Plain text, so the note is the coach's to edit freely.
 */
export function startingText(sections: readonly TemplateSection[]): string {
  return sections.map(({ heading, prompt }) => (prompt ? `${heading}\n${prompt}` : heading)).join('\n\n\n')
}
