import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDatabase, type AppDatabase } from '../db/connection'
import { PracticeSession } from '../db/session'
import { createHandlers, type MainContext } from '../ipc/handlers'
import { createDispatcher, type Dispatch } from '../ipc/registry'
import { silentLogger } from '../logging/logger'
import { standInPlatform, type StandInPlatform } from './platform'
import { repositoryFacts } from './facts'

/** The repository's resources folder (fonts), as the packaged app has it next to its code. */
export const RESOURCES_DIR = resolve(import.meta.dirname, '../../../resources')

/** A fresh, fully migrated in-memory practice for one test. */
export function freshDatabase(): AppDatabase {
  return openDatabase(':memory:')
}

/**
 * The real handler path (validation, service, output check) on a fresh database, with
 * a stand-in platform whose dialogs answer inside a fresh temporary folder.
 */
export function freshDispatch(): { dispatch: Dispatch; database: AppDatabase; platform: StandInPlatform; folder: string; context: MainContext } {
  const database = freshDatabase()
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-test-'))
  const platform = standInPlatform(folder)
  // In memory, so it cannot be replaced: tests of restoring use a practice in a file (testing/practice.ts).
  const practice = new PracticeSession({ file: ':memory:', dataDir: folder, database, reopen: () => database })
  const context: MainContext = { resourcesDir: RESOURCES_DIR, platform, practice, log: silentLogger, facts: repositoryFacts(folder) }
  const dispatch = createDispatcher(createHandlers(context), database.door, { checkOutputs: true })
  return { dispatch, database, platform, folder, context }
}
