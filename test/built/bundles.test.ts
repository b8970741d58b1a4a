import { builtinModules } from 'node:module'
import { describe, expect, it } from 'vitest'
import { bundledSources, bundleFiles, loadedModules, shippedDependencies } from './out'

/**
 * What ships: the main and preload bundles hold the app and nothing else. The test
 * bridge (npm run web, the E2E journeys) and the test helpers (electron/main/testing)
 * stand in for Electron and the OS; in the packaged app they would be a way in that
 * needs no window at all.
 */
const ENTRIES = {
  'main/index.js': 'electron/main/index.ts',
  'main/upgradeWorker.js': 'electron/main/backup/upgradeWorker.ts',
  'preload/index.cjs': 'electron/preload/index.ts',
  'preload/upgrade.cjs': 'electron/preload/upgrade.ts'
}
const NEVER_SHIPPED = [/^test\//, /^electron\/main\/testing\//, /^electron\/dev\//, /\.test\.ts$/]
/** Words only the bridge uses: its routes and its header. */
const BRIDGE_WORDS = ['__bridge', 'x-coachbook-token', 'startBridge']
/** What the packaged app can load at run time: Node's own modules, Electron, and the app's dependencies (never a dev one). */
const LOADABLE = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'electron', ...shippedDependencies()])

describe('what a bundle loads, as the checks below read it', () => {
  it('is every import, dynamic import and require, and never words in a string that look like one', () => {
    const code = `import a from "./chunks/a.js"; export * from 'node:fs'; const b = import("kysely"); const c = require("electron");
      throw notFound("template", "from"); const words = "made from 'scratch', import 'this'"`
    expect(loadedModules(code).sort()).toEqual(['./chunks/a.js', 'electron', 'kysely', 'node:fs'])
  })
})

describe('the shipped bundles', () => {
  it.each(Object.entries(ENTRIES))('out/%s is built from its entry', (bundle, entry) => {
    // The map lists what went in: the entry is there, so an empty or foreign map cannot pass.
    expect(bundledSources(bundle)).toContain(entry)
  })

  it.each(['main', 'preload'])('every code file of out/%s, chunks included, is built from the app alone', (folder) => {
    for (const file of bundleFiles(folder).keys()) {
      const foreign = bundledSources(file).filter((source) => NEVER_SHIPPED.some((pattern) => pattern.test(source)))
      expect(foreign, `${file} holds ${foreign.join(', ')}`).toEqual([])
    }
  })

  it.each(['main', 'preload'])('out/%s loads only Node, Electron and the app’s dependencies, never a file beside it', (folder) => {
    for (const [file, code] of bundleFiles(folder)) {
      const loaded = loadedModules(code).filter((name) => !LOADABLE.has(name) && !/^\.\/chunks\//.test(name))
      expect(loaded, `${file} loads ${loaded.join(', ')}`).toEqual([])
    }
  })

  it.each(['main', 'preload'])('out/%s does not contain the test bridge', (folder) => {
    for (const [file, code] of bundleFiles(folder)) {
      for (const word of BRIDGE_WORDS) expect(code.includes(word), `${file} contains "${word}"`).toBe(false)
    }
  })
})
