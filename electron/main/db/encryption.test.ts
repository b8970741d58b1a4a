import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openPractice, openWithRecovery, type RecoveryIO } from '../backup'
import { AppError } from '../errors'
import { fingerprint, holdsText } from '../testing/bytes'
import { developmentKeys, developmentKeysAsync, openDevelopmentPractice } from '../testing/developmentKey'
import { practiceInFolder, temporaryFolder } from '../testing/practice'
import { silentLogger } from '../logging/logger'
import { standInPlatform } from '../testing/platform'
import { DATABASE_FILE_NAME } from './connection'
import { diagnosePractice } from './diagnose'
import { KEY_BYTES, openSqlite } from './engine'
import { practiceKeySync } from './keys'

const SENTINEL = 'Quetzalcoatl-confides-Ørsted'
const holdsSentinel = (file: string) => holdsText(file, SENTINEL)

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** Every file in the folder (backups included) and a hash of its bytes. */
async function practiceWithSentinel() {
  const practice = practiceInFolder()
  folders.push(practice.folder)
  const client = await practice.call.ok('clients:create', { name: `Zoë ${SENTINEL}`, notes: `${SENTINEL} said this in confidence. `.repeat(20) })
  return { ...practice, client }
}

describe('an encrypted practice', () => {
  it('holds none of its words in the file, the WAL, the SHM or a backup, and finds them with search', async () => {
    const practice = await practiceWithSentinel()
    expect(practice.practice.database.key).toHaveLength(KEY_BYTES)
    // While open, the latest writes are in the WAL.
    for (const suffix of ['', '-wal', '-shm']) {
      expect(existsSync(practice.file + suffix)).toBe(true)
      expect(holdsSentinel(practice.file + suffix)).toBe(false)
    }
    expect(readFileSync(practice.file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')

    const found = await practice.call.ok('search:query', { text: 'quetzalcoatl' })
    expect(found.items.map((item) => item.type)).toContain('client')

    const backup = await practice.call.ok('backup:now', {})
    const backupFile = join(practice.folder, 'backups', backup.id)
    expect(holdsSentinel(backupFile)).toBe(false)
    // The backup opens with the practice's key, and only with it.
    expect(diagnosePractice(backupFile, { key: practice.key, check: 'full' })).toMatchObject({ state: 'healthy', encrypted: true })
    expect(diagnosePractice(backupFile)).toMatchObject({ state: 'problem', problem: { kind: 'not_sqlite' } })
    await practice.practice.close()
    for (const file of readdirSync(practice.folder, { recursive: true, encoding: 'utf8' })) {
      const path = join(practice.folder, file)
      if (statSync(path).isFile()) expect(holdsSentinel(path), file).toBe(false)
    }
  })

  it('keeps its development key readable by its owner alone, and marked as such', async () => {
    const practice = await practiceWithSentinel()
    const keyFile = join(practice.folder, developmentKeys.fileName)
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({ developmentOnly: true, key: practice.key!.toString('hex') })
    // Each practice has its own key.
    const other = practiceInFolder()
    folders.push(other.folder)
    expect(other.key!.equals(practice.key!)).toBe(false)
    await other.practice.close()
    await practice.practice.close()
  })

  it('cannot be read by the engine without its key, or with another', async () => {
    const practice = await practiceWithSentinel()
    await practice.practice.close()
    for (const key of [undefined, Buffer.alloc(KEY_BYTES, 7)]) {
      const sqlite = openSqlite(practice.file, { readonly: true }, { key })
      expect(() => sqlite.prepare('SELECT count(*) FROM clients').get()).toThrow(/not a database/)
      sqlite.close()
    }
  })
})

describe('a key that does not open the practice', () => {
  async function closedPractice() {
    const practice = await practiceWithSentinel()
    await practice.call.ok('backup:now', {})
    await practice.practice.close()
    return { ...practice, keyFile: join(practice.folder, developmentKeys.fileName) }
  }

  function scriptedIO(folder: string): { io: RecoveryIO; shown: string[] } {
    const shown: string[] = []
    const io: RecoveryIO = {
      platform: standInPlatform(join(folder, 'another')),
      log: silentLogger,
      ask: async (problem) => {
        shown.push(problem.message)
        return 'quit'
      },
      inform: async () => undefined,
      confirm: async () => false
    }
    return { io, shown }
  }

  it('another practice’s key: says so at start-up and changes no file', async () => {
    const practice = await closedPractice()
    writeFileSync(practice.keyFile, developmentKeys.wrap(Buffer.alloc(KEY_BYTES, 7)))
    const before = fingerprint(practice.folder)
    const { io, shown } = scriptedIO(practice.folder)
    expect(await openWithRecovery(practice.file, io, { keeper: developmentKeysAsync })).toBeNull()
    expect(shown).toEqual([expect.stringContaining('encrypted with another key')])
    expect(fingerprint(practice.folder)).toEqual(before)
  })

  it('a missing key: says so, makes no new key and changes no file', async () => {
    const practice = await closedPractice()
    rmSync(practice.keyFile)
    const before = fingerprint(practice.folder)
    expect(() => practiceKeySync(practice.file, developmentKeys)).toThrow(AppError)
    const { io, shown } = scriptedIO(practice.folder)
    expect(await openWithRecovery(practice.file, io, { keeper: developmentKeysAsync })).toBeNull()
    expect(shown).toEqual([expect.stringMatching(/is encrypted .* is missing/)])
    expect(existsSync(practice.keyFile)).toBe(false)
    expect(fingerprint(practice.folder)).toEqual(before)
  })

  it.each([
    ['cut short', (keyFile: string) => truncateSync(keyFile, 40)],
    ['holding half a key', (keyFile: string) => writeFileSync(keyFile, developmentKeys.wrap(Buffer.alloc(KEY_BYTES / 2, 1)))]
  ])('a key file %s: says the key is damaged and changes no file', async (_, damage) => {
    const practice = await closedPractice()
    damage(practice.keyFile)
    const before = fingerprint(practice.folder)
    let refusal: unknown
    try {
      practiceKeySync(practice.file, developmentKeys)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(AppError)
    expect(refusal).toMatchObject({ code: 'cannot_unlock', message: expect.stringContaining('is damaged') })
    const { io, shown } = scriptedIO(practice.folder)
    expect(await openWithRecovery(practice.file, io, { keeper: developmentKeysAsync })).toBeNull()
    expect(shown).toEqual([expect.stringContaining('is damaged')])
    expect(fingerprint(practice.folder)).toEqual(before)
  })
})

describe('a practice from before encryption', () => {
  it('opens as it is, and gets a key to be encrypted with', async () => {
    const folder = temporaryFolder()
    folders.push(folder)
    const file = join(folder, DATABASE_FILE_NAME)
    const plain = openPractice(file)
    if (!plain.ok) throw new Error(plain.problem.message)
    await plain.database.close()
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')

    const { opening, readOptions } = openDevelopmentPractice(file)
    if (!opening.ok) throw new Error(opening.problem.message)
    expect(opening.database.key).toBeNull()
    expect(readOptions.key).toHaveLength(KEY_BYTES)
    expect(diagnosePractice(file, readOptions)).toMatchObject({ state: 'healthy', encrypted: false })
    await opening.database.close()
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
  })
})
