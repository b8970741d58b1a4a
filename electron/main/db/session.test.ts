import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { temporaryFolder } from '../testing/practice'
import { dispatchOnCurrentDatabase } from '../ipc/registry'
import { DATABASE_FILE_NAME, openDatabase, type AppDatabase } from './connection'
import { PracticeSession } from './session'

let folder: string
let file: string
let session: PracticeSession
beforeEach(() => {
  folder = temporaryFolder('coachbook-session-')
  file = join(folder, DATABASE_FILE_NAME)
})
afterEach(async () => {
  await session.close()
  rmSync(folder, { recursive: true, force: true })
})

function sessionWith(reopen: (file: string) => AppDatabase) {
  session = new PracticeSession({ file, dataDir: folder, database: openDatabase(file), reopen })
  return session
}

const clients = (database: AppDatabase) => database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()

describe('the practice session', () => {
  it('hands out the reopened connection after the file was replaced, to a dispatcher built anew', async () => {
    sessionWith((reopened) => openDatabase(reopened))
    const build = vi.fn((database: AppDatabase) => async () => ({ ok: true as const, data: clients(database) }))
    const dispatch = dispatchOnCurrentDatabase(session, build)
    expect(await dispatch('clients:list', {})).toEqual({ ok: true, data: 0 })
    const before = session.database
    await session.replaceFile(() => {}, () => {})
    expect(session.database).not.toBe(before)
    expect(before.sqlite.open).toBe(false)
    expect(await dispatch('clients:list', {})).toEqual({ ok: true, data: 0 })
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('reopens the file it had when the swap fails, and says so', async () => {
    sessionWith((reopened) => openDatabase(reopened))
    const recover = vi.fn()
    await expect(session.replaceFile(() => { throw new Error('disk gone') }, recover)).rejects.toThrow('disk gone')
    expect(session.database.sqlite.open).toBe(true)
    expect(recover).not.toHaveBeenCalled()
  })

  it('lets the caller put things back when the replaced file does not open', async () => {
    let attempts = 0
    sessionWith((reopened) => {
      attempts++
      if (attempts === 1) throw new Error('does not open')
      return openDatabase(reopened)
    })
    const recover = vi.fn()
    await expect(session.replaceFile(() => {}, recover)).rejects.toThrow('does not open')
    expect(recover).toHaveBeenCalledOnce()
    expect(session.database.sqlite.open).toBe(true)
  })

  it('refuses to replace a practice held in memory', async () => {
    session = new PracticeSession({ file: ':memory:', dataDir: folder, database: openDatabase(':memory:'), reopen: () => session.database })
    await expect(session.replaceFile(() => {}, () => {})).rejects.toThrow(/not stored in a file/)
  })
})
