import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatMoment } from '../clock'
import { DATABASE_FILE_NAME } from '../db/connection'
import { MIGRATIONS } from '../db/migrations'
import { latestVersion } from '../db/migrator'
import { problem, type PracticeProblem } from '../db/diagnose'
import { silentLogger } from '../logging/logger'
import { fingerprint } from '../testing/bytes'
import { developmentKeys, developmentKeysAsync } from '../testing/developmentKey'
import { standInPlatform, type StandInPlatform } from '../testing/platform'
import { everyRow, practiceInFolder, temporaryFolder } from '../testing/practice'
import { parseBackupName } from './files'
import { choicesFor, openWithRecovery, type ProblemChoice, type RecoveryIO } from './recovery'

let folder: string
let file: string
let platform: StandInPlatform
beforeEach(() => {
  folder = temporaryFolder('coachbook-recovery-')
  file = join(folder, DATABASE_FILE_NAME)
  platform = standInPlatform(join(folder, 'another'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** Each practice opened with its key, as the app does; a backup made here is restored with the same key. */
const keyed = { keeper: developmentKeysAsync }

/** Dialogs answered by a script: the choices to press in turn, the answers to confirmations, and what was shown. */
function scriptedDialogs(answers: ProblemChoice[], confirmations: boolean[] = [], recoveryKeys?: (string | null)[]) {
  const asked: { problem: PracticeProblem; labels: string[] }[] = []
  const told: { title: string; message: string }[] = []
  const confirmed: { title: string; message: string; goAhead: string }[] = []
  const io: RecoveryIO = {
    platform,
    log: silentLogger,
    now: () => new Date('2026-03-14T09:30:00.000Z'),
    ask: async (shown, buttons) => {
      asked.push({ problem: shown, labels: buttons.map((button) => button.label) })
      return answers.shift() ?? 'quit'
    },
    inform: async (title, message) => void told.push({ title, message }),
    confirm: async (title, message, goAhead) => {
      confirmed.push({ title, message, goAhead })
      return confirmations.shift() ?? false
    },
    ...(recoveryKeys ? { askRecoveryKey: async () => recoveryKeys.shift() ?? null } : {})
  }
  return { io, asked, told, confirmed }
}

/** A backup made by the app from a practice with two clients, and the rows it holds. */
async function aBackup() {
  const source = practiceInFolder()
  await source.call.ok('clients:create', { name: 'Zoë Ødegård', notes: 'Years of notes.' })
  await source.call.ok('clients:create', { name: 'Ann Lee' })
  const rows = everyRow(source.practice.database.sqlite)
  const backup = await source.call.ok('backup:now', {})
  const path = join(folder, backup.id)
  writeFileSync(path, readFileSync(join(source.folder, 'backups', backup.id)))
  // The practice it is restored into is this computer's, with the same key.
  writeFileSync(join(folder, developmentKeys.fileName), readFileSync(join(source.folder, developmentKeys.fileName)))
  await source.close()
  return { path, rows }
}

describe('opening a practice that cannot be opened', () => {
  it('opens a healthy practice without asking anything', async () => {
    const { io, asked } = scriptedDialogs([])
    const opened = await openWithRecovery(file, io, keyed)
    expect(opened).toMatchObject({ created: true, file })
    await opened!.database.close()
    expect(asked).toEqual([])
  })

  it('offers to restore from a backup, open another practice or quit, and quits leaving the file as it was', async () => {
    writeFileSync(file, 'not a database')
    const { io, asked } = scriptedDialogs(['quit'])
    // Without a keychain: with one, a file no key opens is said so (encryption.test.ts).
    expect(await openWithRecovery(file, io)).toBeNull()
    expect(asked).toEqual([{ problem: problem('not_sqlite', file), labels: ['Restore from backup…', 'Open another…', 'Quit'] }])
    expect(readFileSync(file, 'utf8')).toBe('not a database')
  })

  it('restores the backup the coach picks, keeping the damaged file aside byte for byte', async () => {
    const { path, rows } = await aBackup()
    const damaged = Buffer.from('SQLite format 3\0 and then garbage')
    writeFileSync(file, damaged)
    const { io, told } = scriptedDialogs(['restore'])
    platform.answerNextOpen(path)

    const opened = await openWithRecovery(file, io, keyed)
    expect(opened).toMatchObject({ created: false, file })
    expect(everyRow(opened!.database.sqlite)).toEqual(rows)
    await opened!.database.close()

    const aside = `${file}.damaged-2026-03-14T09-30-00-000Z`
    expect(readFileSync(aside).equals(damaged)).toBe(true)
    expect(told).toEqual([{ title: 'Your practice was restored', message: expect.stringContaining(aside) }])
  })

  it('says why a picked file cannot be restored and asks again, leaving both files as they were', async () => {
    writeFileSync(file, 'damaged practice')
    const notABackup = join(folder, 'holiday.jpg')
    writeFileSync(notABackup, 'jpeg bytes')
    const { io, asked, told } = scriptedDialogs(['restore', 'restore', 'quit'])
    platform.answerNextOpen(notABackup)
    platform.answerNextOpen(null) // The second time the coach cancels the open dialog.

    expect(await openWithRecovery(file, io, keyed)).toBeNull()
    expect(told).toEqual([{ title: 'That backup cannot be restored', message: expect.stringMatching(/holiday\.jpg cannot be restored: it is not a Coachbook backup/) }])
    expect(asked).toHaveLength(3)
    expect(readFileSync(file, 'utf8')).toBe('damaged practice')
    expect(readFileSync(notABackup, 'utf8')).toBe('jpeg bytes')
  })

  it('opens another practice folder, starting a new practice there if it has none', async () => {
    writeFileSync(file, 'damaged practice')
    const { io } = scriptedDialogs(['another'])
    const opened = await openWithRecovery(file, io, keyed)
    expect(opened).toMatchObject({ created: true, file: join(folder, 'another', DATABASE_FILE_NAME) })
    await opened!.database.close()
    expect(readFileSync(file, 'utf8')).toBe('damaged practice')
  })

  it.each(['locked', 'disk_full', 'storage_failure'] as const)('offers to try again, not to restore, when the file is %s', (kind) => {
    expect(choicesFor(problem(kind, file)).map((button) => button.label)).toEqual(['Try again', 'Open another…', 'Quit'])
    expect(existsSync(file)).toBe(false)
  })

  it('restores over a damaged file without asking again: it cannot be opened anyway', async () => {
    const { path } = await aBackup()
    writeFileSync(file, 'SQLite format 3\0 and then garbage')
    const { io, confirmed } = scriptedDialogs(['restore'])
    platform.answerNextOpen(path)
    const opened = await openWithRecovery(file, io, keyed)
    await opened!.database.close()
    expect(confirmed).toEqual([])
  })
})

describe('restoring over a practice that still opens', () => {
  /** A sound practice this version cannot open: one written by a newer Coachbook. */
  async function practiceFromANewerVersion() {
    const made = await openWithRecovery(file, scriptedDialogs([]).io, keyed)
    made!.database.sqlite.prepare("INSERT INTO clients (name, created_at, updated_at) VALUES ('Written since', 'x', 'x')").run()
    made!.database.sqlite.pragma(`user_version = ${latestVersion(MIGRATIONS) + 1}`)
    await made!.database.close()
    return readFileSync(file)
  }

  it('says it still opens, what it replaces and when the backup was made, and changes nothing when cancelled', async () => {
    const { path } = await aBackup()
    const before = await practiceFromANewerVersion()
    const { io, confirmed, told } = scriptedDialogs(['restore', 'quit'], [false])
    platform.answerNextOpen(path)

    expect(await openWithRecovery(file, io, keyed)).toBeNull()
    const made = parseBackupName(basename(path))!.createdAt
    expect(confirmed).toEqual([
      {
        title: 'Replace a practice that still opens?',
        message: expect.stringContaining(`Your practice ${file} is not damaged`),
        goAhead: 'Replace it'
      }
    ])
    expect(confirmed[0]!.message).toContain(`made on ${formatMoment(made)}`)
    expect(confirmed[0]!.message).toContain('whatever was recorded after that will not be in the restored practice')
    expect(told).toEqual([])
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('restores once the coach confirms, keeping the replaced file aside as it was', async () => {
    const { path, rows } = await aBackup()
    const before = await practiceFromANewerVersion()
    const { io, told } = scriptedDialogs(['restore'], [true])
    platform.answerNextOpen(path)

    const opened = await openWithRecovery(file, io, keyed)
    expect(everyRow(opened!.database.sqlite)).toEqual(rows)
    await opened!.database.close()
    const aside = `${file}.replaced-2026-03-14T09-30-00-000Z`
    expect(readFileSync(aside).equals(before)).toBe(true)
    expect(told).toEqual([{ title: 'Your practice was restored', message: expect.stringContaining(aside) }])
  })
})

describe('the recovery key at start-up', () => {
  /** A practice in the folder with its recovery key and a client; then its key file is lost. */
  async function practiceWithoutItsKey() {
    const made = practiceInFolder({ folder })
    await made.call.ok('clients:create', { name: 'Zoë Ødegård' })
    const { recoveryKey } = await made.call.ok('encryption:makeRecoveryKey', {})
    const rows = everyRow(made.practice.database.sqlite)
    await made.practice.close()
    rmSync(join(folder, developmentKeys.fileName))
    return { recoveryKey, rows }
  }

  it('is offered when the key is missing and the recovery file is beside the practice, and opens it', async () => {
    const { recoveryKey, rows } = await practiceWithoutItsKey()
    const typo = recoveryKey.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'))
    const { io, asked, told } = scriptedDialogs(['recoveryKey', 'recoveryKey'], [], [typo, recoveryKey])
    const opened = await openWithRecovery(file, io, keyed)
    expect(asked[0]!.labels).toEqual(['Enter recovery key…', 'Restore from backup…', 'Open another…', 'Quit'])
    expect(told).toEqual([
      { title: 'That recovery key does not open your practice', message: expect.stringContaining('has a typo') },
      { title: 'The recovery key opened your practice', message: 'This computer keeps its key from now on.' }
    ])
    expect(everyRow(opened!.database.sqlite)).toEqual(rows)
    await opened!.database.close()
    // Kept by this computer again: the next start opens without asking.
    const again = await openWithRecovery(file, scriptedDialogs([]).io, keyed)
    expect(again).toMatchObject({ created: false })
    await again!.database.close()
  })

  it('a recovery key that is not this practice’s is said, and no file changes', async () => {
    await practiceWithoutItsKey()
    const other = practiceInFolder()
    const { recoveryKey: another } = await other.call.ok('encryption:makeRecoveryKey', {})
    await other.close()
    const before = fingerprint(folder)
    const { io, told } = scriptedDialogs(['recoveryKey', 'quit'], [], [another])
    expect(await openWithRecovery(file, io, keyed)).toBeNull()
    expect(told).toEqual([{ title: 'That recovery key does not open your practice', message: expect.stringContaining('does not open the practice') }])
    expect(fingerprint(folder)).toEqual(before)
  })

  it('a damaged key file is kept aside when the recovery key opens the practice', async () => {
    const { recoveryKey } = await practiceWithoutItsKey()
    writeFileSync(join(folder, developmentKeys.fileName), '{"developmentOnly": true, "key": "00"}')
    const { io, told } = scriptedDialogs(['recoveryKey'], [], [recoveryKey])
    const opened = await openWithRecovery(file, io, keyed)
    await opened!.database.close()
    const aside = join(folder, `${developmentKeys.fileName}.replaced-2026-03-14T09-30-00-000Z`)
    expect(readFileSync(aside, 'utf8')).toContain('"key": "00"')
    expect(told[0]!.message).toContain(aside)
  })

  it('is not offered without a recovery file, nor where nothing can be typed', async () => {
    await practiceWithoutItsKey()
    const withoutTyping = scriptedDialogs(['quit'])
    expect(await openWithRecovery(file, withoutTyping.io, keyed)).toBeNull()
    rmSync(join(folder, 'coachbook.recovery.json'))
    const withoutFile = scriptedDialogs(['quit'], [], [])
    expect(await openWithRecovery(file, withoutFile.io, keyed)).toBeNull()
    for (const { asked } of [withoutTyping, withoutFile]) expect(asked[0]!.labels).toEqual(['Restore from backup…', 'Open another…', 'Quit'])
  })
})
