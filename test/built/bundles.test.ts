import { describe, expect, it } from 'vitest'
import { bundledSources, bundleFiles } from './out'

/**
 * What ships: the main and preload bundles hold the app and nothing else. The test
 * bridge (npm run web, the E2E journeys) and the test helpers stand in for Electron and
 * the OS; in the packaged app they would be a way in that needs no window at all.
 */
const SHIPPED_BUNDLES = { 'main/index.js': 'electron/main/index.ts', 'preload/index.cjs': 'electron/preload/index.ts' }
const NEVER_SHIPPED = [/^test\//, /^electron\/main\/testing\//, /^electron\/dev\//, /\.test\.ts$/]
/** Words only the bridge uses: its routes and its header. */
const BRIDGE_WORDS = ['__bridge', 'x-coachbook-token', 'startBridge']

describe('the shipped bundles', () => {
  it.each(Object.entries(SHIPPED_BUNDLES))('out/%s is built from the app alone', (bundle, entry) => {
    const sources = bundledSources(bundle)
    // The map lists what went in: the entry is there, so an empty or foreign map cannot pass.
    expect(sources).toContain(entry)
    expect(sources.filter((source) => NEVER_SHIPPED.some((pattern) => pattern.test(source)))).toEqual([])
  })

  it.each(['main', 'preload'])('out/%s does not contain the test bridge', (folder) => {
    for (const [file, code] of bundleFiles(folder)) {
      for (const word of BRIDGE_WORDS) expect(code.includes(word), `${file} contains "${word}"`).toBe(false)
    }
  })
})
