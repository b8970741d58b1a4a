import type { About } from '../../shared/diagnostics'
import type { PracticeSession } from '../db/session'
import type { Logger } from '../logging/logger'
import type { AppFacts } from '../platform'

export interface DiagnosticsContext {
  practice: PracticeSession
  log: Logger
  facts: AppFacts
}

/** What is running and where, for Settings' "About & diagnostics" and for a coach telling support. */
export function about({ practice, log, facts }: DiagnosticsContext): About {
  const sqlite = practice.database.sqlite.prepare('SELECT sqlite_version()').pluck().get() as string
  return {
    versions: {
      coachbook: facts.appVersion,
      electron: process.versions.electron ?? null,
      chromium: process.versions.chrome ?? null,
      node: process.versions.node,
      sqlite
    },
    practiceFile: practice.file,
    dataFolder: facts.dataDir,
    log: log.health()
  }
}
