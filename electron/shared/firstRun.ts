import { z } from 'zod'

/**
 * The first run: before any practice exists on this computer, the window offers the ways
 * to begin, and main opens (or makes) the practice the coach chooses. These messages go
 * beside the contract's calls, since the contract's channels need an open practice.
 */
export const FIRST_RUN_CHOICES = {
  empty: { title: 'Start an empty practice', description: 'Begin with your own clients. Nothing else is asked.' },
  demo: {
    title: 'Try the demo practice',
    description: 'Look around a practice of made-up clients, kept apart from your own records. Leave it whenever you are ready.'
  },
  restore: { title: 'Restore a backup…', description: 'Choose a backup of your practice, from this computer or another. It is checked in full first.' },
  importClient: { title: 'Import a client export…', description: 'Start a practice with a client exported from Coachbook.' }
} as const satisfies Record<string, { title: string; description: string }>

export type FirstRunChoice = keyof typeof FIRST_RUN_CHOICES
export const firstRunChoiceSchema = z.enum(Object.keys(FIRST_RUN_CHOICES) as [FirstRunChoice, ...FirstRunChoice[]])

/** Which practice the window is on: none yet (the first run), or one, which may be the demo practice. */
export const practiceStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('open'), demo: z.boolean() })
])
export type PracticeState = z.infer<typeof practiceStateSchema>

/**
 * What came of a choice: a practice is open (the window reloads onto it; `next: 'importClient'`
 * asks it to go on to the client import), the coach cancelled a dialog, or it failed
 * with words the coach can act on, and no practice was made.
 */
export const firstRunAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), next: z.enum(['importClient']).nullable() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type FirstRunAnswer = z.infer<typeof firstRunAnswerSchema>

/** Where the window says what came of the first run's choice as it reloads: the import it goes on to. */
export const FIRST_RUN_NEXT_KEY = 'coachbook.firstRun.next'
