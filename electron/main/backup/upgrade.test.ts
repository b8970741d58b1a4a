import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UpgradeProgress } from '../../shared/upgrade'
import { listBackupFiles, openPractice, openWithRecovery, type RecoveryIO } from '.'
import { DATABASE_FILE_NAME } from '../db/connection'
import { withReadOnly } from '../db/diagnose'
import { encryptInPlace, KEY_BYTES, openSqlite } from '../db/engine'
import { MIGRATIONS } from '../db/migrations'
import { latestVersion, schemaVersion } from '../db/migrator'
import type { Logger } from '../logging/logger'
import { standInPlatform } from '../testing/platform'
import { temporaryFolder } from '../testing/practice'
import { upgradeAside, type StartUpgradeThread, type UpgradeView } from './upgrade'

const LATEST = latestVersion(MIGRATIONS)
const FIXTURE_V10 = resolve(import.meta.dirname, '../../../test/fixtures/v10.sqlite')
const WORKER = resolve(import.meta.dirname, 'upgradeWorker.ts')

/** The update thread from its source: the module the build makes out/main/upgradeWorker.js of. */
const startFromSource: StartUpgradeThread = (job) =>
  new Worker(`require('tsx/cjs/api').require(${JSON.stringify(WORKER)}, ${JSON.stringify(import.meta.filename)})`, {
    eval: true,
    workerData: job
  })

/** What a view was shown, in order, and whether it was told the update is over. */
function watchingView() {
  const shown: UpgradeProgress[] = []
  const view: UpgradeView & { finishedTimes: number } = {
    finishedTimes: 0,
    progress: (progress) => void shown.push(progress),
    finished: () => void (view.finishedTimes += 1)
  }
  return { view, shown }
}

const versionOf = (file: string, key?: Buffer) => withReadOnly(file, { key }, schemaVersion)

let folder: string
let file: string
beforeEach(() => {
  folder = temporaryFolder('coachbook-upgrade-aside-')
  file = join(folder, DATABASE_FILE_NAME)
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const everyStep = (count: number): UpgradeProgress[] => [
  { phase: 'backup' },
  ...Array.from({ length: count + 1 }, (_, done) => ({ phase: 'upgrade' as const, done, total: count }))
]

describe('updating an older practice on a thread of its own', () => {
  it('makes the verified copy, then runs every step, saying how far it has got, and leaves the practice current', async () => {
    copyFileSync(FIXTURE_V10, file)
    const { view, shown } = watchingView()

    const outcome = await upgradeAside(file, {}, startFromSource, view)

    expect(outcome).toMatchObject({ state: 'upgraded', upgrade: { from: 10, to: LATEST, backup: { kind: 'before-upgrade' } } })
    expect(shown).toEqual(everyStep(LATEST - 10))
    expect(view.finishedTimes).toBe(1)
    expect(versionOf(file)).toBe(LATEST)
    expect(listBackupFiles(join(folder, 'backups')).map((backup) => backup.kind)).toEqual(['before-upgrade'])
    // What the app then opens is current: no second copy, no second update.
    const opening = openPractice(file, {})
    expect(opening).toMatchObject({ ok: true, upgrade: null })
    if (opening.ok) await opening.database.close()
    expect(listBackupFiles(join(folder, 'backups'))).toHaveLength(1)
  })

  it('updates an encrypted practice with its key', async () => {
    copyFileSync(FIXTURE_V10, file)
    const key = Buffer.alloc(KEY_BYTES, 7)
    const sqlite = openSqlite(file, {}, {})
    encryptInPlace(sqlite, key)
    sqlite.close()

    const outcome = await upgradeAside(file, { key }, startFromSource, watchingView().view)

    expect(outcome).toMatchObject({ state: 'upgraded', upgrade: { from: 10, to: LATEST } })
    expect(versionOf(file, key)).toBe(LATEST)
    expect(() => versionOf(file)).toThrow(/not a database/)
  })

  it('starts no thread for a practice that is current, missing or not a practice at all', async () => {
    const start = vi.fn(startFromSource)
    const opening = openPractice(file, {})
    if (opening.ok) await opening.database.close()
    const notAPractice = join(folder, 'notes.sqlite')
    writeFileSync(notAPractice, 'These are not the records of a practice.')

    for (const each of [file, join(folder, 'missing.sqlite'), notAPractice]) {
      expect(await upgradeAside(each, {}, start, watchingView().view)).toBeNull()
    }
    expect(start).not.toHaveBeenCalled()
  })

  it('says why the update could not be made, with the practice byte for byte as it was', async () => {
    copyFileSync(FIXTURE_V10, file)
    // As the app left it: in WAL mode (switching to it would be the one change made to an older file).
    const sqlite = openSqlite(file, {}, {})
    sqlite.pragma('journal_mode = WAL')
    sqlite.close()
    // The copy made first has nowhere to go: a file stands where the backup folder would be.
    writeFileSync(join(folder, 'backups'), '')
    const before = readFileSync(file)
    const { view } = watchingView()

    const outcome = await upgradeAside(file, {}, startFromSource, view)

    expect(outcome).toMatchObject({ state: 'failed', problem: { kind: 'backup_failed', file } })
    expect(view.finishedTimes).toBe(1)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(versionOf(file)).toBe(10)
  })
})

describe('opening a practice with the update run aside', () => {
  const errors: string[] = []
  const log: Logger = { info: () => {}, warn: () => {}, error: (event) => void errors.push(event), health: () => ({ state: 'not_kept' }) }
  const io = (): RecoveryIO => ({
    platform: standInPlatform(join(folder, 'another')),
    log,
    ask: async () => 'quit',
    inform: async () => {},
    confirm: async () => false
  })
  beforeEach(() => void errors.splice(0))

  it('opens the practice the thread brought up to date, and reports that update', async () => {
    copyFileSync(FIXTURE_V10, file)
    const { view, shown } = watchingView()

    const opened = await openWithRecovery(file, io(), { upgradeAside: (at, options) => upgradeAside(at, options, startFromSource, view) })

    expect(opened).toMatchObject({ upgrade: { from: 10, to: LATEST, backup: { kind: 'before-upgrade' } } })
    expect(shown.at(-1)).toEqual({ phase: 'upgrade', done: LATEST - 10, total: LATEST - 10 })
    await opened?.database.close()
  })

  it('updates the practice as it opens when the thread cannot run, and logs why', async () => {
    copyFileSync(FIXTURE_V10, file)
    const missingScript: StartUpgradeThread = (job) => new Worker(join(folder, 'no-such-worker.js'), { workerData: job })

    const opened = await openWithRecovery(file, io(), {
      upgradeAside: (at, options) => upgradeAside(at, options, missingScript, watchingView().view)
    })

    expect(errors).toEqual(['practice.upgradeAsideFailed'])
    expect(opened).toMatchObject({ upgrade: { from: 10, to: LATEST } })
    expect(readdirSync(join(folder, 'backups'))).toHaveLength(1)
    await opened?.database.close()
  })
})
