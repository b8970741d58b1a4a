import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diagnosePractice } from '../db/diagnose'
import { KEY_BYTES } from '../db/engine'
import { keyFileOf, practiceKeySync } from '../db/keys'
import { parseRecoveryKey } from '../db/recoveryKey'
import { keysOpenedBy } from '../db/recoveryRecords'
import { developmentKeys, openDevelopmentPractice } from '../testing/developmentKey'
import { everyRow, practiceInFolder, withoutBackupRecord } from '../testing/practice'
import { keyFromPassphrase, passphraseFileOf, sealedByPassphrase } from '../db/passphrase'
import { fingerprint } from '../testing/bytes'
import { openedByPassphrase } from '../testing/startUpDialogs'
import { REKEY_STEPS, rekeyFile, rekeyPractice, type RekeyStep } from './rekey'

type Practice = ReturnType<typeof practiceInFolder>
const open: Practice[] = []
afterEach(async () => {
  for (const practice of open.splice(0)) await practice.close().catch(() => {})
})

async function practiceWithClients(): Promise<Practice> {
  const practice = practiceInFolder()
  open.push(practice)
  for (const name of ['Zoë Ångström', 'Ann Lee', 'Kwame Mensah']) {
    await practice.call.ok('clients:create', { name, notes: `${name} worked on delegation. `.repeat(40) })
  }
  return practice
}

/** What a rekey may leave beside the practice while it runs: none of it once it is over. */
const leftovers = (folder: string) => readdirSync(folder).filter((name) => /rekey|\.next|\.partial/.test(name))

const keyFileKey = (practice: Practice) => developmentKeys.unwrap(readFileSync(keyFileOf(practice.file, developmentKeys)))

class Stopped extends Error {}

const PASSPHRASE = 'Tallinn harbour at dawn'

describe('giving the practice a new key', () => {
  it('rewrites the whole practice with a new key, keeps every row, and the old recovery key opens only the backups made before', async () => {
    const practice = await practiceWithClients()
    const { recoveryKey } = await practice.call.ok('encryption:makeRecoveryKey', {})
    const before = await practice.call.ok('backup:now', {})
    const old = practice.practice.database.key!
    const rows = everyRow(practice.practice.database.sqlite, withoutBackupRecord)

    const state = await practice.call.ok('encryption:rekey', {})

    const next = practice.practice.database.key!
    expect(next).toHaveLength(KEY_BYTES)
    expect(next.equals(old)).toBe(false)
    expect(state).toMatchObject({ encrypted: true, recoveryKeyMadeAt: null, keptBy: 'keychain' })
    expect(everyRow(practice.practice.database.sqlite, withoutBackupRecord)).toEqual(rows)
    expect(keyFileKey(practice).equals(next)).toBe(true)
    expect(leftovers(practice.folder)).toEqual([])
    expect(diagnosePractice(practice.file, { key: old })).toMatchObject({ state: 'problem' })
    // A backup made before keeps the old key, and its record stays in the backup folder.
    const backups = join(practice.folder, 'backups')
    expect(diagnosePractice(join(backups, before.id), { key: old })).toMatchObject({ state: 'healthy' })
    const { items } = await practice.call.ok('backup:list', {})
    expect(items.filter((item) => item.kind === 'before-rekey')).toHaveLength(1)
    expect((await keysOpenedBy(backups, parseRecoveryKey(recoveryKey))).map((key) => key.equals(old))).toEqual([true])
    // The practice keeps working, and later backups use the new key.
    await practice.call.ok('clients:create', { name: 'After the new key' })
    const after = await practice.call.ok('backup:now', {})
    expect(diagnosePractice(join(backups, after.id), { key: next })).toMatchObject({ state: 'healthy' })
  })

  it('failing after the swap, goes on with the new key, the key file rolled forward', async () => {
    const practice = await practiceWithClients()
    const old = practice.practice.database.key!
    const rows = everyRow(practice.practice.database.sqlite, withoutBackupRecord)
    const stopAt: RekeyStep = 'swap'
    await expect(
      rekeyPractice(practice.practice.database.door.for('encryption:rekey'), practice.context(), {}, (step) => {
        if (step === stopAt) throw new Stopped('the disk went away')
      })
    ).rejects.toThrow(Stopped)
    expect(practice.practice.database.key!.equals(old)).toBe(false)
    expect(everyRow(practice.practice.database.sqlite, withoutBackupRecord)).toEqual(rows)
    expect(keyFileKey(practice).equals(practice.practice.database.key!)).toBe(true)
    expect(leftovers(practice.folder)).toEqual([])
  })

})

describe('giving a new key to a practice whose key a passphrase keeps', { timeout: 60_000 }, () => {
  it('asks for the passphrase, checked in main: none or a wrong one changes nothing', async () => {
    const practice = await practiceWithClients()
    await practice.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    const before = fingerprint(practice.folder)
    expect(await practice.call.fail('encryption:rekey', {})).toMatchObject({ code: 'invalid_input', field: 'passphrase' })
    expect(await practice.call.fail('encryption:rekey', { passphrase: 'Tallinn harbour at dusk' })).toMatchObject({
      code: 'invalid_input',
      field: 'passphrase',
      message: expect.stringContaining('does not unlock')
    })
    expect(fingerprint(practice.folder)).toEqual(before)
  })

  it('seals the new key by the same passphrase, which opens the practice at the next start', async () => {
    const practice = await practiceWithClients()
    await practice.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    const old = practice.practice.database.key!
    const rows = everyRow(practice.practice.database.sqlite, withoutBackupRecord)

    expect(await practice.call.ok('encryption:rekey', { passphrase: PASSPHRASE })).toMatchObject({ encrypted: true, keptBy: 'passphrase' })

    const next = practice.practice.database.key!
    expect(next.equals(old)).toBe(false)
    expect((await keyFromPassphrase(practice.file, PASSPHRASE)).equals(next)).toBe(true)
    expect(existsSync(keyFileOf(practice.file, developmentKeys))).toBe(false)
    expect(leftovers(practice.folder)).toEqual([])
    await practice.practice.close()
    const opened = await openedByPassphrase(practice.file, [PASSPHRASE], withoutBackupRecord)
    expect(opened.key.equals(next)).toBe(true)
    expect(opened.rows).toEqual(rows)
  })
})

describe('a rekey stopped after each step (a crash, a kill), finished at the next start', { timeout: 60_000 }, () => {
  const stops = REKEY_STEPS.filter((step) => step !== 'done')
  it.each(stops)('after %s: the practice opens with every row and the right key, and nothing is left beside it', async (stopAt) => {
    const practice = await practiceWithClients()
    const rows = everyRow(practice.practice.database.sqlite)
    const current = practice.practice.database.key!
    await practice.practice.close()
    const next = randomBytes(KEY_BYTES)
    const keyFile = keyFileOf(practice.file, developmentKeys)
    const files = { file: practice.file, keyFile, current, next, wrappedNext: developmentKeys.wrap(next) }
    expect(() =>
      rekeyFile(files, {}, (step) => {
        if (step === stopAt) throw new Stopped(step)
      })
    ).toThrow(Stopped)

    const swapped = REKEY_STEPS.indexOf(stopAt) >= REKEY_STEPS.indexOf('swap')
    const { opening, readOptions } = openDevelopmentPractice(practice.file)
    if (!opening.ok) throw new Error(opening.problem.message)
    try {
      expect(readOptions.key!.equals(swapped ? next : current)).toBe(true)
      expect(everyRow(opening.database.sqlite)).toEqual(rows)
    } finally {
      await opening.database.close()
    }
    expect(keyFileKey(practice).equals(swapped ? next : current)).toBe(true)
    expect(leftovers(practice.folder)).toEqual([])
  })

  it.each(stops)('with a passphrase, after %s: the passphrase typed at start-up opens the practice with every row, and the right key is sealed by it', async (stopAt) => {
    const practice = await practiceWithClients()
    await practice.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    const rows = everyRow(practice.practice.database.sqlite)
    const current = practice.practice.database.key!
    await practice.practice.close()
    const next = randomBytes(KEY_BYTES)
    const keyFile = passphraseFileOf(practice.file)
    const files = { file: practice.file, keyFile, current, next, wrappedNext: await sealedByPassphrase(next, PASSPHRASE) }
    expect(() =>
      rekeyFile(files, {}, (step) => {
        if (step === stopAt) throw new Stopped(step)
      })
    ).toThrow(Stopped)

    const swapped = REKEY_STEPS.indexOf(stopAt) >= REKEY_STEPS.indexOf('swap')
    const opened = await openedByPassphrase(practice.file, ['not the passphrase', PASSPHRASE])
    expect(opened.key.equals(swapped ? next : current)).toBe(true)
    expect(opened.rows).toEqual(rows)
    expect((await keyFromPassphrase(practice.file, PASSPHRASE)).equals(swapped ? next : current)).toBe(true)
    expect(leftovers(practice.folder)).toEqual([])
  })

  it('when neither key opens the practice, says so and changes no file', async () => {
    const practice = await practiceWithClients()
    const current = practice.practice.database.key!
    await practice.practice.close()
    const next = randomBytes(KEY_BYTES)
    const keyFile = keyFileOf(practice.file, developmentKeys)
    expect(() =>
      rekeyFile({ file: practice.file, keyFile, current, next, wrappedNext: developmentKeys.wrap(next) }, {}, (step) => {
        if (step === 'swap') throw new Stopped(step)
      })
    ).toThrow(Stopped)
    // The key file is replaced by one of a third key: neither it nor the journal's opens the practice.
    writeFileSync(keyFile, developmentKeys.wrap(randomBytes(KEY_BYTES)))
    const names = readdirSync(practice.folder).sort()
    const bytes = names.map((name) => readFileSync(join(practice.folder, name)))
    expect(() => practiceKeySync(practice.file, developmentKeys)).toThrow(/neither its key .* nor the new one/)
    expect(readdirSync(practice.folder).sort()).toEqual(names)
    names.forEach((name, index) => expect(readFileSync(join(practice.folder, name)).equals(bytes[index]!), name).toBe(true))
    expect(existsSync(practice.file)).toBe(true)
  })
})
