import { openDatabase, type AppDatabase } from '../db/connection'
import { createHandlers } from '../ipc/handlers'
import { createDispatcher, type Dispatch } from '../ipc/registry'

/** A fresh, fully migrated in-memory practice for one test. */
export function freshDatabase(): AppDatabase {
  return openDatabase(':memory:')
}

/** The real handler path (validation, service, output check) on a fresh database. */
export function freshDispatch(): { dispatch: Dispatch; database: AppDatabase } {
  const database = freshDatabase()
  const dispatch = createDispatcher(createHandlers(database.db), { checkOutputs: true })
  return { dispatch, database }
}
