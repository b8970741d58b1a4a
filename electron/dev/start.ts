import { electronBinary, launchElectron } from './launch'

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

async function main(): Promise<number> {
  const electron = electronBinary()
  if (!electron) {
    console.error(MISSING_ELECTRON)
    return 1
  }
  return launchElectron(electron, process.argv[2] === 'dev' ? 'dev' : 'built', process.argv.slice(3))
}

process.exitCode = await main()
