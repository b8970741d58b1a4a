import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { electronSqliteBinding, ROOT } from './native-sqlite'

/**
 * Opening Coachbook from the repository, shared by `npm start`, `npm run dev` and
 * `npm run demo`: find the Electron binary, prepare an Electron build of the database
 * engine, build, and run.
 */

/** The Electron binary, or null when `npm install` skipped or could not download it. */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

/** Runs a command in the repository with the terminal attached; resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' })
    child.on('exit', (code) => done(code ?? 1))
  })
}

const electronVite = join(ROOT, 'node_modules/.bin/electron-vite')

/** `electron-vite build`: main, preload and renderer into out/. */
export function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return run(electronVite, ['build'], env)
}

/**
 * Opens the app in Electron: built (`mode: 'built'`) or with hot reload (`'dev'`),
 * passing `args` on to it (e.g. `--data-dir=<folder>`). Returns the exit code.
 */
export async function launchElectron(electron: string, mode: 'built' | 'dev', args: string[]): Promise<number> {
  let binding: string
  try {
    binding = await electronSqliteBinding()
  } catch (error) {
    console.error(
      `\nThe database engine could not be prepared for Electron: ${error instanceof Error ? error.message : String(error)}\n` +
        'It needs network access once (to fetch a prebuilt engine or Electron headers) and a C++ toolchain as a fallback.\n'
    )
    return 1
  }
  const env = { ...process.env, COACHBOOK_SQLITE_BINDING: binding }
  if (mode === 'dev') return run(electronVite, ['dev', '--', ...args], env)
  const built = await buildApp(env)
  if (built !== 0) return built
  return run(electron, ['.', ...args], env)
}
