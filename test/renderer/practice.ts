import { rmSync } from 'node:fs'
import { afterEach } from 'vitest'
import { buildApi } from '../../electron/shared/contract'
import { freshDispatch } from '../../electron/main/testing/db'

/**
 * The renderer's tests reach the real main-process code: `window.coachbook` carries each
 * call to the same handlers the app uses (sender-free dispatch, zod, services, output
 * checks), on a fresh in-memory practice for each test, made on its first call. A test
 * arranges its data through the renderer's own `api`, as the screens do.
 */
let practice: ReturnType<typeof freshDispatch> | null = null

window.coachbook = buildApi((channel, input) => {
  practice ??= freshDispatch()
  return practice.dispatch(channel, input)
})

afterEach(async () => {
  if (!practice) return
  const { database, folder } = practice
  practice = null
  await database.close()
  rmSync(folder, { recursive: true, force: true })
})
