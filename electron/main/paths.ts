import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Coachbook'

/** `--data-dir <dir>`, `--data-dir=<dir>` or COACHBOOK_DATA_DIR: another data folder, for tests and demos. */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const index = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='))
  if (index >= 0) {
    const arg = argv[index] ?? ''
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
    if (value) return value
  }
  return env.COACHBOOK_DATA_DIR || null
}

/**
 * Where Electron's `app.getPath('userData')` points for this app on each OS, so that
 * `npm run web` (which has no Electron) opens the very same practice.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME)
}
