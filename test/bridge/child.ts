import { startBridge } from './server'

/**
 * The test bridge in a process of its own, started by the journeys with the time zone
 * (TZ) of the browser they emulate: main's "today" and the window's must agree, as they
 * do when both run on the coach's machine. Says its address on the IPC channel once it
 * listens, and closes the practice when told to.
 */
const dataDir = process.argv[2]
if (!dataDir || !process.send) {
  console.error('Usage: forked with the data folder as its one argument.')
  process.exit(2)
}

// `--first-run`: no practice until the journey chooses one, as the app on an empty data folder.
const bridge = await startBridge({ dataDir, firstRun: process.argv[3] === '--first-run' })
process.send({ url: bridge.url })
process.on('message', (message) => {
  if (message === 'close') void bridge.close().then(() => process.exit(0))
})
// The journeys' process went away without asking: close the practice all the same.
process.on('disconnect', () => void bridge.close().then(() => process.exit(0)))
