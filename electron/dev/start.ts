import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { electronSqliteBinding, ROOT } from './native-sqlite'

/**
 * `npm start` (built app) and `npm run dev` (hot reload): makes sure the Electron binary
 * and an Electron build of the database engine are there, then opens Coachbook.
 */
const MISSING_ELECTRON = `
Coachbook's desktop shell (Electron) is not installed on this machine.

Its binary is downloaded by \`npm install\`; that download was skipped (for example with
ELECTRON_SKIP_BINARY_DOWNLOAD=1) or could not reach the network. To fix it, on a machine
with network access run:

    rm -rf node_modules/electron && npm install

Meanwhile, \`npm run web\` opens the very same app in your browser at 127.0.0.1, on the
same data, without Electron.
`

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' })
    child.on('exit', (code) => done(code ?? 1))
  })
}

async function main(): Promise<number> {
  const electron = electronBinary()
  if (!electron) {
    console.error(MISSING_ELECTRON)
    return 1
  }
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
  const electronVite = join(ROOT, 'node_modules/.bin/electron-vite')
  const passThrough = process.argv.slice(3)
  if (process.argv[2] === 'dev') return run(electronVite, ['dev', '--', ...passThrough], env)
  const built = await run(electronVite, ['build'], env)
  if (built !== 0) return built
  return run(electron, ['.', ...passThrough], env)
}

process.exitCode = await main()
