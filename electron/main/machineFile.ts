import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { z } from 'zod'

/**
 * The small JSON files in the data folder that belong to this computer, not to the
 * practice (which practice it opens, where its window was, its theme): they never travel
 * with a backup or a sync.
 */

/** The file's value, or null when there is none or it cannot be read or no longer fits (a first launch then). */
export function readMachineFile<S extends z.ZodType>(file: string, schema: S): z.output<S> | null {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Whole or not at all (written beside, then renamed over), so a crash never leaves half a file. */
export function writeMachineFile(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(`${file}.tmp`, JSON.stringify(value))
  renameSync(`${file}.tmp`, file)
}
