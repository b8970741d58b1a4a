import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME } from '../db/connection'
import { diagnosePractice } from '../db/diagnose'
import { PASSPHRASE_FILE_NAME } from '../db/passphrase'
import { fingerprint, holdsText } from '../testing/bytes'
import { developmentKeys, developmentKeysAsync } from '../testing/developmentKey'
import { everyRow, practiceInFolder, temporaryFolder } from '../testing/practice'
import { startUpDialogs } from '../testing/startUpDialogs'
import { openWithRecovery } from './recovery'

const PASSPHRASE = 'Tallinn harbour at dawn'
const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** The practice file and its WAL, byte for byte. */
function practiceBytes(file: string): string[] {
  return ['', '-wal'].map((suffix) => (existsSync(file + suffix) ? createHash('sha256').update(readFileSync(file + suffix)).digest('hex') : 'none'))
}

async function practiceOnPassphrase() {
  const made = practiceInFolder()
  folders.push(made.folder)
  await made.call.ok('clients:create', { name: 'Zoë Ødegård' })
  return made
}

// scrypt at the app's own cost (128 MiB, about half a second a try here) is what is tested: more than the default 5 s under load.
describe('a passphrase in place of the keychain', { timeout: 30_000 }, () => {
  it('keeps the key sealed by it without rewriting the practice, and moves it back the same way', async () => {
    const made = await practiceOnPassphrase()
    const bytes = practiceBytes(made.file)
    const state = await made.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    expect(state).toMatchObject({ encrypted: true, keptBy: 'passphrase' })
    expect(existsSync(join(made.folder, developmentKeys.fileName))).toBe(false)
    expect(holdsText(join(made.folder, PASSPHRASE_FILE_NAME), made.key!.toString('hex'))).toBe(false)
    expect(JSON.parse(readFileSync(join(made.folder, PASSPHRASE_FILE_NAME), 'utf8'))).toMatchObject({ kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } })
    expect(practiceBytes(made.file)).toEqual(bytes)

    // Changed: the new one opens it, the old one no longer does.
    const changed = `${PASSPHRASE}, again`
    await made.call.ok('encryption:usePassphrase', { passphrase: changed, repeated: changed })
    expect(practiceBytes(made.file)).toEqual(bytes)

    expect(await made.call.ok('encryption:useKeychain', {})).toMatchObject({ keptBy: 'keychain' })
    expect(existsSync(join(made.folder, PASSPHRASE_FILE_NAME))).toBe(false)
    expect(practiceBytes(made.file)).toEqual(bytes)
    await made.practice.close()
  })

  it('says a passphrase typed differently twice, or too short, and changes nothing', async () => {
    const made = await practiceOnPassphrase()
    const bytes = practiceBytes(made.file)
    const keyFile = readFileSync(join(made.folder, developmentKeys.fileName))
    expect(await made.call.fail('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: `${PASSPHRASE}.` })).toMatchObject({ field: 'repeated' })
    expect(await made.call.fail('encryption:usePassphrase', { passphrase: 'short', repeated: 'short' })).toMatchObject({ field: 'passphrase' })
    expect(existsSync(join(made.folder, PASSPHRASE_FILE_NAME))).toBe(false)
    expect(readFileSync(join(made.folder, developmentKeys.fileName))).toEqual(keyFile)
    expect(practiceBytes(made.file)).toEqual(bytes)
    await made.practice.close()
  })

  it('is asked at start-up: a wrong one is said and leaves every file byte for byte as it was; the right one opens it', async () => {
    const made = await practiceOnPassphrase()
    await made.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    const rows = everyRow(made.practice.database.sqlite)
    await made.practice.close()
    const before = fingerprint(made.folder)

    const wrong = startUpDialogs(made.folder, ['Tallinn harbour at dusk', null], ['quit'])
    expect(await openWithRecovery(made.file, wrong.io, { keeper: developmentKeysAsync })).toBeNull()
    expect(wrong.told).toEqual(['That passphrase does not unlock your practice'])
    expect(fingerprint(made.folder)).toEqual(before)

    const right = startUpDialogs(made.folder, [PASSPHRASE])
    const opened = await openWithRecovery(made.file, right.io, { keeper: developmentKeysAsync })
    expect(everyRow(opened!.database.sqlite)).toEqual(rows)
    await opened!.database.close()
  })

  it('a forgotten passphrase gives way to the recovery key, and the keychain keeps the key from then on', async () => {
    const made = await practiceOnPassphrase()
    const { recoveryKey } = await made.call.ok('encryption:makeRecoveryKey', {})
    await made.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    await made.practice.close()
    const forgot = startUpDialogs(made.folder, [null], ['recoveryKey'], [recoveryKey])
    const opened = await openWithRecovery(made.file, forgot.io, { keeper: developmentKeysAsync })
    expect(forgot.offered[0]).toEqual(['Type the passphrase again', 'Enter recovery key…', 'Restore from backup…', 'Open another…', 'Quit'])
    expect(opened).toMatchObject({ created: false })
    await opened!.database.close()
    expect(existsSync(join(made.folder, PASSPHRASE_FILE_NAME))).toBe(false)
    expect(existsSync(join(made.folder, developmentKeys.fileName))).toBe(true)
  })

  it('on a computer with no keychain, a forgotten passphrase gives way to the recovery key, and a new passphrase keeps the key', async () => {
    const made = await practiceOnPassphrase()
    const { recoveryKey } = await made.call.ok('encryption:makeRecoveryKey', {})
    await made.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    const rows = everyRow(made.practice.database.sqlite)
    await made.practice.close()
    const forgotten = readFileSync(join(made.folder, PASSPHRASE_FILE_NAME))
    const chosen = 'Riga rooftops in the rain'

    // Forgotten: Cancel in the unlock window, then the recovery key: a typo (and the passphrase asked again, cancelled), the right one, then a new passphrase, twice.
    const forgot = startUpDialogs(made.folder, [null, null, chosen, chosen], ['recoveryKey', 'recoveryKey'], ['AAAA-BBBB', recoveryKey])
    const opened = await openWithRecovery(made.file, forgot.io, {})
    expect(forgot.offered[0]).toEqual(['Type the passphrase again', 'Enter recovery key…', 'Restore from backup…', 'Open another…', 'Quit'])
    expect(forgot.told).toEqual(['That recovery key does not open your practice', 'The recovery key opened your practice'])
    expect(everyRow(opened!.database.sqlite)).toEqual(rows)
    await opened!.database.close()
    // The forgotten one is kept aside, unchanged; the new one opens the practice at the next start, with no recovery key.
    const aside = readdirSync(made.folder).filter((name) => name.startsWith(`${PASSPHRASE_FILE_NAME}.replaced-`))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(made.folder, aside[0]!))).toEqual(forgotten)
    const next = startUpDialogs(made.folder, [chosen])
    const reopened = await openWithRecovery(made.file, next.io, {})
    expect(next.offered).toEqual([])
    expect(everyRow(reopened!.database.sqlite)).toEqual(rows)
    await reopened!.database.close()
  })

  it('encrypts a new practice where the computer has no keychain, once the coach chose a passphrase', async () => {
    const folder = temporaryFolder()
    folders.push(folder)
    const file = join(folder, DATABASE_FILE_NAME)
    const choosing = startUpDialogs(folder, ['too short', 'too short', 'first try of it', 'first try of IT', PASSPHRASE, PASSPHRASE])
    const made = await openWithRecovery(file, choosing.io, {})
    expect(choosing.told).toEqual(['Choose a longer passphrase', 'The two passphrases are not the same'])
    expect(made).toMatchObject({ created: true })
    made!.database.sqlite.prepare("INSERT INTO clients (name, created_at, updated_at) VALUES ('Zoë Ødegård', 'x', 'x')").run()
    await made!.database.close()
    expect(holdsText(file, 'Zoë Ødegård')).toBe(false)
    expect(diagnosePractice(file)).toMatchObject({ state: 'problem', problem: { kind: 'not_sqlite' } })

    const opened = await openWithRecovery(file, startUpDialogs(folder, [PASSPHRASE]).io, {})
    expect(opened).toMatchObject({ created: false })
    await opened!.database.close()
  })
})
