import { electronBinary, launchElectron } from './launch'

/**
 * `npm start` (built app) and `npm run dev` (hot reload): makes sure the Electron binary
 * and an Electron build of the database engine are there, then opens Coachbook.
 */
const MISSING_ELECTRON = `
Coachbook's desktop shell (Electron) is not on this machine yet.

Electron downloads its binary the first time Coachbook starts; here that download was
skipped (ELECTRON_SKIP_BINARY_DOWNLOAD is set) or could not reach the network. On a
machine with network access, run \`npm start\` again (without that variable), or fetch
it on its own with:

    npx install-electron --no

Meanwhile, \`npm run web\` opens the very same app in your browser at 127.0.0.1, on the
same data, without Electron.
`

async function main(): Promise<number> {
  const electron = electronBinary()
  if (!electron) {
    console.error(MISSING_ELECTRON)
    return 1
  }
  return launchElectron(electron, process.argv[2] === 'dev' ? 'dev' : 'built', process.argv.slice(3))
}

process.exitCode = await main()
