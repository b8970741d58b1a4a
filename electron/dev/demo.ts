import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDataDir } from './demo-data/folder'
import { buildApp, electronBinary, launchElectron, run } from './launch'
import { ROOT } from './native-sqlite'

/**
 * `npm run demo`: builds Coachbook and opens it on a fresh, small demo practice in a
 * temporary folder (your own practice is never touched). In Electron when it is
 * installed; otherwise in your browser through the local web bridge.
 */
const NO_ELECTRON = `
Electron is not on this machine (its download was skipped or had no network), so the
demo opens in your browser instead, through Coachbook's local web bridge: the same app
and the same data, served on 127.0.0.1 only. To run the desktop app, run
\`npx install-electron --no\` on a machine with network, then \`npm run demo\` again.
`

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-demo-'))
  console.log('Writing a small demo practice (clients, engagements, sessions and notes)…')
  const electron = electronBinary()
  // The web bridge keeps the key in a development key file; the desktop app in the OS keychain, and it offers
  // to encrypt a practice made without one.
  const report = await seedDataDir({ dataDir, size: 'small', seed: 1, encrypted: !electron })
  console.log(`Demo practice ready: ${report.clients} clients, ${report.sessions} sessions, in ${dataDir}\n`)
  if (electron) return launchElectron(electron, 'built', [`--data-dir=${dataDir}`])
  console.log(NO_ELECTRON)
  const built = await buildApp()
  if (built !== 0) return built
  return run(join(ROOT, 'node_modules/.bin/tsx'), ['test/bridge/web.ts', `--data-dir=${dataDir}`])
}

process.exitCode = await main()
