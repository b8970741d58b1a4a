import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type AppDatabase } from '../db/connection'
import { createHandlers } from '../ipc/handlers'
import { createDispatcher, type Dispatch } from '../ipc/registry'
import { standInPlatform, type StandInPlatform } from './platform'

/** A fresh, fully migrated in-memory practice for one test. */
export function freshDatabase(): AppDatabase {
  return openDatabase(':memory:')
}

/**
 * The real handler path (validation, service, output check) on a fresh database, with
 * a stand-in platform whose dialogs answer inside a fresh temporary folder.
 */
export function freshDispatch(): { dispatch: Dispatch; database: AppDatabase; platform: StandInPlatform; folder: string } {
  const database = freshDatabase()
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-test-'))
  const platform = standInPlatform(folder)
  const dispatch = createDispatcher(createHandlers({ db: database.db, dataDir: folder, platform }), { checkOutputs: true })
  return { dispatch, database, platform, folder }
}
