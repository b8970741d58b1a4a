import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { electronSqliteBinding, electronVersion, ROOT } from './native-sqlite'

/**
 * Opening Coachbook from the repository, shared by `npm start`, `npm run dev` and
 * `npm run demo`: find the Electron binary, prepare an Electron build of the database
 * engine, build, and run.
 */

const ELECTRON_PACKAGE = join(ROOT, 'node_modules/electron')

/** The binary Electron's installer put in place: it writes path.txt, the executable's path inside dist/, last. */
function installedElectron(packageDir: string): string | null {
  try {
    const binary = join(packageDir, 'dist', readFileSync(join(packageDir, 'path.txt'), 'utf8'))
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

/**
 * The Electron binary. Electron fetches it on first use rather than during `npm install`,
 * so the first start downloads it (once); null when that is not possible here (no
 * network) or not wanted (ELECTRON_SKIP_BINARY_DOWNLOAD is set).
 */
export function electronBinary(packageDir = ELECTRON_PACKAGE, env: NodeJS.ProcessEnv = process.env): string | null {
  const installed = installedElectron(packageDir)
  if (installed || env.ELECTRON_SKIP_BINARY_DOWNLOAD) return installed
  console.log(`Downloading Electron ${electronVersion(packageDir)} (once)…`)
  spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'inherit', env })
  return installedElectron(packageDir)
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
