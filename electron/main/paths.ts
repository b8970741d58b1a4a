import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Coachbook'

/** `--data-dir <dir>`, `--data-dir=<dir>` or COACHBOOK_DATA_DIR: another data folder, for development, tests and demos. */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const index = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='))
  if (index >= 0) {
    const arg = argv[index] ?? ''
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
    if (value) return value
  }
  return env.COACHBOOK_DATA_DIR || null
}

export interface DataDirChoice {
  dataDir: string
  /** An override was passed and not followed, so the log can say why the practice is the usual one. */
  ignoredOverride: boolean
}

/**
 * The folder the desktop app opens. Run from the repository (`npm start`, `npm run demo`,
 * the end-to-end journeys), an override is followed. An installed Coachbook always opens
 * the coach's own practice in the OS's app-data folder: a stray variable or a shortcut
 * with an argument must never open an empty practice in its place, so that the coach
 * believes theirs is gone; moving the practice elsewhere is for the app to offer, not a flag.
 */
export function desktopDataDir(options: {
  packaged: boolean
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  userData: string
}): DataDirChoice {
  const override = dataDirOverride(options.argv, options.env)
  if (override !== null && !options.packaged) return { dataDir: override, ignoredOverride: false }
  return { dataDir: options.userData, ignoredOverride: override !== null }
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
