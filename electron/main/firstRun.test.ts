import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openPractice } from './backup'
import { DATABASE_FILE_NAME } from './db/connection'
import { demoPracticeFile, isFirstRun, openFirstRunChoice, writeDemoPractice, type FirstRunOptions } from './firstRun'
import { silentLogger } from './logging/logger'
import { caller, countRows } from './testing/calls'
import { freshDispatch } from './testing/db'
import { standInPlatform, type StandInPlatform } from './testing/platform'
import { temporaryFolder } from './testing/practice'

/** A practice as an older Coachbook wrote it (test/fixtures), as a backup from years ago. */
const OLD_PRACTICE = resolve(import.meta.dirname, '../../test/fixtures/v20.sqlite')

let folder: string
let dataDir: string
let platform: StandInPlatform
const opened: { close(): Promise<void> }[] = []

beforeEach(() => {
  folder = temporaryFolder('coachbook-first-run-')
  dataDir = join(folder, 'Coachbook')
  mkdirSync(dataDir)
  platform = standInPlatform(join(folder, 'dialogs'))
})
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close()
  rmSync(folder, { recursive: true, force: true })
})

function options(): FirstRunOptions {
  return {
    dataDir,
    platform,
    log: silentLogger,
    open: async (file) => {
      const opening = openPractice(file)
      if (!opening.ok) return null
      opened.push(opening.database)
      return { ...opening, file }
    }
  }
}

/** Every file in the data folder, its subfolders' included. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort()

describe('the first run', () => {
  it('is when no practice is in the data folder and none was chosen before', () => {
    expect(isFirstRun(dataDir, { current: null, pending: null })).toBe(true)
    expect(isFirstRun(dataDir, { current: join(folder, 'elsewhere.sqlite'), pending: null })).toBe(false)
    expect(isFirstRun(dataDir, { current: null, pending: join(folder, 'chosen.sqlite') })).toBe(false)
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), '')
    expect(isFirstRun(dataDir, { current: null, pending: null })).toBe(false)
  })

  it('makes the empty practice in the data folder only once it is chosen; an import starts from one and goes on to the import', async () => {
    expect(filesIn(dataDir)).toEqual([])
    const empty = await openFirstRunChoice('empty', options())
    expect(empty).toMatchObject({ answer: { status: 'opened', next: null }, demo: false, opened: { file: join(dataDir, DATABASE_FILE_NAME), created: true } })
    await opened.pop()!.close()
    rmSync(join(dataDir, DATABASE_FILE_NAME))
    const importing = await openFirstRunChoice('importClient', options())
    expect(importing).toMatchObject({ answer: { status: 'opened', next: 'importClient' }, demo: false })
  })

  it('makes the demo apart from the coach’s own practice, afresh each time it is chosen', async () => {
    const demoFile = demoPracticeFile(dataDir)
    mkdirSync(join(dataDir, 'demo'))
    writeFileSync(join(dataDir, 'demo', 'left from an earlier demo.txt'), 'old')
    const demo = await openFirstRunChoice('demo', options())
    expect(demo).toMatchObject({ answer: { status: 'opened', next: null }, demo: true, opened: { file: demoFile, created: true } })
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false)
    expect(existsSync(join(dataDir, 'demo', 'left from an earlier demo.txt'))).toBe(false)
  })

  it('restores a backup the coach picks into the data folder, checked in full first', async () => {
    const backup = join(folder, 'coachbook-backup.sqlite')
    copyFileSync(OLD_PRACTICE, backup)
    platform.answerNextOpen(backup)
    const restored = await openFirstRunChoice('restore', options())
    expect(restored).toMatchObject({ answer: { status: 'opened', next: null }, demo: false, opened: { file: join(dataDir, DATABASE_FILE_NAME), created: false } })
    const backedUp = new Database(backup, { readonly: true })
    expect(countRows(restored.opened!.database.sqlite, 'clients')).toBe(countRows(backedUp, 'clients'))
    backedUp.close()
  })

  it('makes no practice when the dialog is cancelled or the file picked is not a whole backup, and says why', async () => {
    expect(await openFirstRunChoice('restore', options())).toMatchObject({ answer: { status: 'cancelled' }, opened: null })
    const notABackup = join(folder, 'notes.sqlite')
    writeFileSync(notABackup, 'Some words, not a practice.')
    platform.answerNextOpen(notABackup)
    expect((await openFirstRunChoice('restore', options())).answer).toEqual({
      status: 'failed',
      message: 'notes.sqlite cannot be restored: it is not a Coachbook backup. No practice was made.'
    })
    // A backup cut short (a copy that stopped part-way): SQLite's check refuses it.
    const cut = join(folder, 'cut.sqlite')
    copyFileSync(OLD_PRACTICE, cut)
    truncateSync(cut, Math.floor(statSync(cut).size / 2))
    platform.answerNextOpen(cut)
    expect((await openFirstRunChoice('restore', options())).answer).toMatchObject({ status: 'failed', message: expect.stringContaining('No practice was made.') })
    expect(filesIn(dataDir)).toEqual([])
  })

  it('writes the demo’s made-up clients through the app’s own channels', async () => {
    const { dispatch, database } = freshDispatch()
    await writeDemoPractice(dispatch)
    expect(countRows(database.sqlite, 'clients')).toBeGreaterThan(0)
    expect((await caller(dispatch).ok('clients:list', {})).items.length).toBeGreaterThan(0)
    await database.close()
  })
})
