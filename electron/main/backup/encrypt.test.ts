import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diagnosePractice } from '../db/diagnose'
import { fingerprint, holdsText } from '../testing/bytes'
import { freshDispatch } from '../testing/db'
import { everyRow, practiceInFolder, withoutBackupRecord } from '../testing/practice'
import { keyFromPassphrase, passphraseFileOf } from '../db/passphrase'
import { developmentKeys } from '../testing/developmentKey'
import { openedByPassphrase } from '../testing/startUpDialogs'
import { assertRoomToEncrypt, beforeEncryptionFile, writeEncryptedCopy } from './encrypt'

const SENTINEL = 'Xiuhtecuhtli-whispers-Ångström'
const holdsSentinel = (file: string) => holdsText(file, SENTINEL)

const opened: ReturnType<typeof practiceInFolder>[] = []
afterEach(async () => {
  for (const practice of opened.splice(0)) await practice.close()
})

async function plainPractice() {
  const practice = practiceInFolder({ encrypted: false })
  opened.push(practice)
  await practice.call.ok('clients:create', { name: `Zoë ${SENTINEL}`, notes: `${SENTINEL} in confidence. `.repeat(50) })
  await practice.call.ok('clients:create', { name: 'Ann Lee', notes: 'Kept as she was.' })
  return practice
}

describe('encrypting a practice from before encryption', () => {
  it('backs it up, encrypts it with every row, keeps the old file until the coach confirms, then deletes it', async () => {
    const practice = await plainPractice()
    const rows = everyRow(practice.practice.database.sqlite, withoutBackupRecord)
    // Written, and readable in the bytes of the file or its WAL.
    expect(['', '-wal'].some((suffix) => existsSync(practice.file + suffix) && holdsSentinel(practice.file + suffix))).toBe(true)
    expect(await practice.call.ok('backup:encryption', {})).toEqual({ encrypted: false, canEncrypt: true, keychainReady: true, previousFileKept: false })

    const { backup } = await practice.call.ok('backup:encrypt', {})
    expect(backup.kind).toBe('before-encryption')
    expect(existsSync(join(practice.folder, 'backups', backup.id))).toBe(true)
    expect(practice.practice.database.key).toEqual(practice.key)
    expect(everyRow(practice.practice.database.sqlite, withoutBackupRecord)).toEqual(rows)
    expect(await practice.call.ok('search:query', { text: 'xiuhtecuhtli' })).toMatchObject({ items: [expect.objectContaining({ type: 'client' })] })
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(practice.file + suffix)) expect(holdsSentinel(practice.file + suffix), suffix).toBe(false)
    }
    expect(diagnosePractice(practice.file, { key: practice.key })).toMatchObject({ state: 'healthy', encrypted: true })
    expect(await practice.call.ok('backup:encryption', {})).toEqual({ encrypted: true, canEncrypt: false, keychainReady: false, previousFileKept: true })
    expect(holdsSentinel(beforeEncryptionFile(practice.file))).toBe(true)

    // New backups are encrypted with the practice's key.
    const after = await practice.call.ok('backup:now', {})
    expect(holdsSentinel(join(practice.folder, 'backups', after.id))).toBe(false)

    expect(await practice.call.ok('backup:forgetPlainPractice', {})).toMatchObject({ previousFileKept: false })
    expect(existsSync(beforeEncryptionFile(practice.file))).toBe(false)
    // It opens again, encrypted, as the app opens it.
    await practice.practice.close()
    const reopened = practiceInFolder({ folder: practice.folder })
    expect(reopened.practice.database.key).toEqual(practice.key)
    expect(everyRow(reopened.practice.database.sqlite, withoutBackupRecord)).toEqual(rows)
    await reopened.practice.close()
  })

  it('refuses when the disk has not about twice the practice free, changing nothing', async () => {
    const practice = await plainPractice()
    const size = statSync(practice.file).size + (existsSync(`${practice.file}-wal`) ? statSync(`${practice.file}-wal`).size : 0)
    const before = fingerprint(practice.folder)
    expect(() => assertRoomToEncrypt(practice.file, 2 * size - 1)).toThrow(/needs about .* MB free/)
    expect(() => assertRoomToEncrypt(practice.file, 2 * size)).not.toThrow()
    expect(fingerprint(practice.folder)).toEqual(before)
  })

  it('refuses a practice that is already encrypted, or not in a file', async () => {
    const encrypted = practiceInFolder()
    opened.push(encrypted)
    expect(await encrypted.call.fail('backup:encrypt', {})).toMatchObject({ code: 'conflict', message: expect.stringContaining('already encrypted') })
    const inMemory = freshDispatch()
    const call = (await import('../testing/calls')).caller(inMemory.dispatch)
    expect(await call.fail('backup:encrypt', {})).toMatchObject({ code: 'conflict' })
    await inMemory.database.close()
  })

  it('stopped after the encrypted copy was written or the old file kept: the practice opens as it was, and encrypting again works', async () => {
    const practice = await plainPractice()
    const rows = everyRow(practice.practice.database.sqlite)
    await practice.practice.close()
    // What a stop between the steps leaves: the checked copy and the second name of the old file, the practice untouched.
    writeEncryptedCopy(practice.file, practice.key!)
    copyFileSync(practice.file, beforeEncryptionFile(practice.file))
    const reopened = practiceInFolder({ folder: practice.folder, encrypted: false })
    opened.push(reopened)
    expect(everyRow(reopened.practice.database.sqlite)).toEqual(rows)
    rmSync(beforeEncryptionFile(practice.file))
  })
})

describe('encrypting a practice from before encryption with a passphrase to keep its key', { timeout: 60_000 }, () => {
  const PASSPHRASE = 'Tallinn harbour at dawn'
  async function plainPracticeWithoutKeychain() {
    const practice = practiceInFolder({ keychain: false })
    opened.push(practice)
    await practice.call.ok('clients:create', { name: `Zoë ${SENTINEL}`, notes: `${SENTINEL} in confidence. `.repeat(50) })
    return practice
  }

  it('on a computer with no keychain: offered, then encrypted with a new key sealed by the passphrase, which opens it at the next start', async () => {
    const practice = await plainPracticeWithoutKeychain()
    const rows = everyRow(practice.practice.database.sqlite, withoutBackupRecord)
    expect(await practice.call.ok('backup:encryption', {})).toEqual({ encrypted: false, canEncrypt: true, keychainReady: false, previousFileKept: false })
    expect(await practice.call.fail('backup:encrypt', {})).toMatchObject({ code: 'invalid_input', field: 'passphrase' })

    const { backup } = await practice.call.ok('backup:encrypt', { passphrase: PASSPHRASE, repeated: PASSPHRASE })

    expect(backup.kind).toBe('before-encryption')
    const key = practice.practice.database.key!
    expect((await keyFromPassphrase(practice.file, PASSPHRASE)).equals(key)).toBe(true)
    expect(await practice.call.ok('encryption:status', {})).toMatchObject({ encrypted: true, keptBy: 'passphrase', keychainAvailable: false })
    expect(everyRow(practice.practice.database.sqlite, withoutBackupRecord)).toEqual(rows)
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(practice.file + suffix)) expect(holdsSentinel(practice.file + suffix), suffix).toBe(false)
    }
    expect(holdsSentinel(beforeEncryptionFile(practice.file))).toBe(true)
    await practice.practice.close()
    const reopened = await openedByPassphrase(practice.file, [PASSPHRASE], withoutBackupRecord)
    expect(reopened.key.equals(key)).toBe(true)
    expect(reopened.rows).toEqual(rows)
  })

  it('where the keychain could keep it: the passphrase keeps it instead, and the keychain’s key file goes', async () => {
    const practice = await plainPractice()
    await practice.call.ok('backup:encrypt', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    expect(await practice.call.ok('encryption:status', {})).toMatchObject({ encrypted: true, keptBy: 'passphrase' })
    expect(existsSync(join(practice.folder, developmentKeys.fileName))).toBe(false)
    expect((await keyFromPassphrase(practice.file, PASSPHRASE)).equals(practice.practice.database.key!)).toBe(true)
  })

  it('a passphrase too short, or typed differently twice, is said before anything is done, and changes nothing', async () => {
    const practice = await plainPracticeWithoutKeychain()
    const before = fingerprint(practice.folder)
    expect(await practice.call.fail('backup:encrypt', { passphrase: PASSPHRASE, repeated: `${PASSPHRASE}.` })).toMatchObject({ field: 'repeated' })
    expect(await practice.call.fail('backup:encrypt', { passphrase: 'short', repeated: 'short' })).toMatchObject({ field: 'passphrase' })
    expect(fingerprint(practice.folder)).toEqual(before)
    expect(practice.practice.database.key).toBeNull()
  })

  it('failing to encrypt, leaves the practice plain and no passphrase file beside it', async () => {
    const practice = await plainPracticeWithoutKeychain()
    const rows = everyRow(practice.practice.database.sqlite, withoutBackupRecord)
    // A folder where the encrypted copy must go: the copy cannot be written, so nothing is swapped.
    mkdirSync(`${practice.file}.encrypting`)
    expect(await practice.call.fail('backup:encrypt', { passphrase: PASSPHRASE, repeated: PASSPHRASE })).toMatchObject({ code: expect.any(String) })
    expect(practice.practice.database.key).toBeNull()
    expect(existsSync(passphraseFileOf(practice.file))).toBe(false)
    expect(everyRow(practice.practice.database.sqlite, withoutBackupRecord)).toEqual(rows)
    expect(await practice.call.ok('backup:encryption', {})).toMatchObject({ encrypted: false, canEncrypt: true })
  })
})
