import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { practiceInFolder } from '../testing/practice'

let practice: ReturnType<typeof practiceInFolder>
let holder: ChildProcess | null = null
beforeEach(() => {
  practice = practiceInFolder()
})
afterEach(async () => {
  holder?.kill('SIGKILL')
  holder = null
  await practice.close()
})

/**
 * Another program (a second process with its own connection) takes the practice's
 * write lock, as a sync tool or a second copy of Coachbook would, and lets go after
 * `holdMs`. Resolves once the lock is held.
 */
function holdWriteLock(file: string, key: Buffer, holdMs: number): Promise<void> {
  const sqlitePath = resolve(import.meta.dirname, '../../../node_modules/better-sqlite3-multiple-ciphers')
  const script = `
    const Database = require(${JSON.stringify(sqlitePath)})
    const db = new Database(${JSON.stringify(file)})
    db.pragma("cipher = 'sqlcipher'")
    db.pragma(\`key = "x'${key.toString('hex')}'"\`)
    db.exec('BEGIN IMMEDIATE')
    process.stdout.write('locked\\n')
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0) }, ${holdMs})`
  holder = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((ready) => holder!.stdout!.once('data', () => ready()))
}

/** A write whose transaction reads before it writes (the name must be free): the case a deferred transaction got wrong. */
const addKind = (name: string) =>
  practice.dispatch('engagements:createKind', { name, isMentoring: false, defaultSessionMinutes: 60 })

describe('writing while another program holds the practice', () => {
  it('waits for a lock held for a second, then saves', async () => {
    await holdWriteLock(practice.file, practice.key!, 1000)
    const started = performance.now()
    const result = await addKind('Team coaching')
    expect(result).toMatchObject({ ok: true, data: { name: 'Team coaching' } })
    expect(performance.now() - started).toBeGreaterThan(500)
  })

  it('gives up after at least five seconds on a lock held longer, saying another program is using the practice', async () => {
    await holdWriteLock(practice.file, practice.key!, 10_000)
    const started = performance.now()
    const result = await addKind('Team coaching')
    const waited = performance.now() - started
    expect(result).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/another program is using/i) } })
    expect(waited).toBeGreaterThanOrEqual(5000)
    // Nothing was saved, and once the other program lets go the same write goes through.
    holder?.kill('SIGKILL')
    expect((await practice.call.ok('engagements:listKinds', {})).items.map((kind) => kind.name)).not.toContain('Team coaching')
    expect(await addKind('Team coaching')).toMatchObject({ ok: true })
  }, 20_000)

  it('waits too for a write that starts by writing (a new client)', async () => {
    await holdWriteLock(practice.file, practice.key!, 1000)
    expect(await practice.dispatch('clients:create', { name: 'Ann Lee' })).toMatchObject({ ok: true })
  })
})
