import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isFirstRun } from '../../electron/main/firstRun'
import { dataDirOverride, defaultDataDir } from '../../electron/main/paths'
import { readPracticeChoice } from '../../electron/main/practiceChoice'
import { startBridge } from './server'

/**
 * `npm run web`: the very same app in a browser on 127.0.0.1, through the test bridge,
 * on the same data folder as the desktop app. A development convenience, never shipped.
 */
// COACHBOOK_RENDERER_DIR serves another build, e.g. one made with `electron-vite build --outDir`.
const rendererDir = process.env.COACHBOOK_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer')
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The app has not been built yet. Run `npm run build` first (npm run web does this for you).')
  process.exit(1)
}

const dataDir = dataDirOverride(process.argv, process.env) ?? defaultDataDir()
// As the app: a data folder with no practice yet opens on the first run's choices.
const bridge = await startBridge({ dataDir, rendererDir, firstRun: isFirstRun(dataDir, readPracticeChoice(dataDir)) })
console.log(`Coachbook is running on this computer only.\n\n  Open: ${bridge.url}\n  Data: ${dataDir}\n\nPress Ctrl+C to stop.`)

const stop = () => void bridge.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
