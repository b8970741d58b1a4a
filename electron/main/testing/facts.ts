import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { AppFacts } from '../platform'

/**
 * This repository's package.json, found by walking up from this module, or from the
 * working folder when this module was bundled elsewhere (the bench and crash-test
 * children run from a bundle in a cache or temporary folder).
 */
function repositoryPackage(): { name: string; version: string } {
  // Bundled as CommonJS, a module has no import.meta.dirname.
  const starts = [import.meta.dirname as string | undefined, process.cwd()].filter((start) => start !== undefined)
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const file = join(dir, 'package.json')
      if (existsSync(file)) {
        const found = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string }
        if (found.name === 'coachbook') return found
      }
      if (dirname(dir) === dir) break
    }
  }
  throw new Error('The repository (its package.json) was not found from here.')
}

/** This repository's version and a data folder: the facts of a run without Electron (tests, the bridge, tools). */
export function repositoryFacts(dataDir: string): AppFacts {
  return { appVersion: repositoryPackage().version, dataDir }
}
