import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AppFacts } from '../platform'

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }

/** This repository's version and a data folder: the facts of a run without Electron (tests, the bridge, tools). */
export function repositoryFacts(dataDir: string): AppFacts {
  return { appVersion: version, dataDir }
}
