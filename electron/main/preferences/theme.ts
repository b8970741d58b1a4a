import { join } from 'node:path'
import { z } from 'zod'
import { themeSchema, type Theme } from '../../shared/preferences'
import { readMachineFile, writeMachineFile } from '../machineFile'

/**
 * The theme is kept in the data folder, not in the practice: it belongs to this computer
 * (its screen, the room it is in), like the window's place, so it does not travel with a
 * backup or a sync; and main applies it before any practice is open (the unlock and
 * first-run windows are drawn in it too).
 */
export const THEME_FILE = 'appearance.json'

const appearanceSchema = z.object({ theme: themeSchema })

/** The theme chosen on this computer; as the system is until one is chosen (or when the file cannot be read). */
export function readTheme(dataDir: string): Theme {
  return readMachineFile(join(dataDir, THEME_FILE), appearanceSchema)?.theme ?? 'system'
}

export function writeTheme(dataDir: string, theme: Theme): void {
  writeMachineFile(join(dataDir, THEME_FILE), { theme })
}
