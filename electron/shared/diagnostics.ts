import { z } from 'zod'

/** Whether the main-process log is being written; `problem` is plain words, `lost` the lines not written since. */
export const logHealthSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('writing'), folder: z.string() }),
  z.object({ state: z.literal('failing'), folder: z.string(), problem: z.string(), since: z.string(), lost: z.number() }),
  /** Tools and tests that run the app without a log. */
  z.object({ state: z.literal('not_kept') })
])
export type LogHealth = z.infer<typeof logHealthSchema>

export const aboutSchema = z.object({
  versions: z.object({
    coachbook: z.string(),
    /** Null outside Electron (the browser bridge used in development). */
    electron: z.string().nullable(),
    chromium: z.string().nullable(),
    node: z.string(),
    sqlite: z.string()
  }),
  /** The practice file that is open. */
  practiceFile: z.string(),
  /** Coachbook's data folder (where the practice lives unless another was opened, and the log). */
  dataFolder: z.string(),
  log: logHealthSchema
})
export type About = z.infer<typeof aboutSchema>

export const diagnosticsContract = {
  /** What is running and where: versions, the open practice, the data and log folders, and whether the log is written. */
  'diagnostics:about': { input: z.strictObject({}), output: aboutSchema }
} as const
