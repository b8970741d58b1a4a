import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseRecoveryKey } from '../db/recoveryKey'
import { keysOpenedBy, RECOVERY_FILE_NAME } from '../db/recoveryRecords'
import { fingerprint, holdsText } from '../testing/bytes'
import { practiceInFolder, temporaryFolder } from '../testing/practice'

type Practice = ReturnType<typeof practiceInFolder>
const open: Practice[] = []
const folders: string[] = []
afterEach(async () => {
  for (const practice of open.splice(0)) await practice.close()
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function practice(folder?: string): Practice {
  const made = practiceInFolder(folder ? { folder } : {})
  open.push(made)
  return made
}

const SENTINEL = 'Ximena-Quorra-Łukasiewicz'

/** A practice with a client, its recovery key, and a backup: what a coach carries to a new computer. */
async function practiceWithRecoveryKey() {
  const old = practice()
  await old.call.ok('clients:create', { name: SENTINEL })
  const { recoveryKey } = await old.call.ok('encryption:makeRecoveryKey', {})
  const backup = await old.call.ok('backup:now', {})
  return { old, recoveryKey, backupFile: join(old.folder, 'backups', backup.id) }
}

/** The backup and the recovery file beside it, copied to a stick; and a fresh data folder with its own new practice. */
function onAnotherComputer(backupFile: string, backupFolder: string) {
  const stick = temporaryFolder('coachbook-stick-')
  folders.push(stick)
  const copied = join(stick, 'coachbook-backup.sqlite')
  copyFileSync(backupFile, copied)
  copyFileSync(join(backupFolder, RECOVERY_FILE_NAME), join(stick, RECOVERY_FILE_NAME))
  const fresh = temporaryFolder('coachbook-new-computer-')
  mkdirSync(fresh, { recursive: true })
  return { stick, copied, fresh: practice(fresh) }
}

async function clientNames(practice: Practice): Promise<string[]> {
  return (await practice.call.ok('clients:list', {})).items.map((client) => client.name)
}

describe('the recovery key', () => {
  it('is shown once, and only the practice key sealed by it is kept, beside the practice and in the backup folder', async () => {
    const { old, recoveryKey } = await practiceWithRecoveryKey()
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
    expect((await old.call.ok('encryption:status', {})).recoveryKeyMadeAt).not.toBeNull()
    for (const folder of [old.folder, join(old.folder, 'backups')]) {
      const file = join(folder, RECOVERY_FILE_NAME)
      expect(holdsText(file, old.key!.toString('hex'))).toBe(false)
      expect(readFileSync(file, 'utf8')).not.toContain(recoveryKey.replaceAll('-', ''))
      expect(await keysOpenedBy(folder, parseRecoveryKey(recoveryKey))).toEqual([old.key])
    }
  })

  it('opens a backup on another computer, which then opens with the same recovery key', async () => {
    const { old, recoveryKey, backupFile } = await practiceWithRecoveryKey()
    const { copied, fresh } = onAnotherComputer(backupFile, join(old.folder, 'backups'))
    const freshKeyFile = readFileSync(join(fresh.folder, 'coachbook.development-key.json'))

    fresh.platform.answerNextOpen(copied)
    const picked = await fresh.call.ok('backup:chooseFile', {})
    expect(picked.status).toBe('locked')
    if (picked.status === 'cancelled') throw new Error('expected a picked file')
    const unlocked = await fresh.call.ok('encryption:unlockBackup', { fileId: picked.fileId, recoveryKey: recoveryKey.toLowerCase() })
    await fresh.call.ok('backup:restore', { fileId: unlocked.fileId })

    expect(await clientNames(fresh)).toContain(SENTINEL)
    // The practice keeps this computer's key; the backup's words stay unreadable in its file.
    expect(readFileSync(join(fresh.folder, 'coachbook.development-key.json'))).toEqual(freshKeyFile)
    expect(holdsText(fresh.file, SENTINEL)).toBe(false)
    // And the recovery key the coach holds now opens it (and its backups) here.
    expect(await keysOpenedBy(fresh.folder, parseRecoveryKey(recoveryKey))).toEqual([fresh.key])
    expect(await keysOpenedBy(join(fresh.folder, 'backups'), parseRecoveryKey(recoveryKey))).toContainEqual(fresh.key)
  })

  it('says a typo, or a recovery key that is not this backup’s, and changes no file', async () => {
    const { old, recoveryKey, backupFile } = await practiceWithRecoveryKey()
    const { stick, copied, fresh } = onAnotherComputer(backupFile, join(old.folder, 'backups'))
    fresh.platform.answerNextOpen(copied)
    const picked = await fresh.call.ok('backup:chooseFile', {})
    if (picked.status === 'cancelled') throw new Error('expected a picked file')
    const before = { stick: fingerprint(stick), fresh: fingerprint(fresh.folder) }

    const typo = recoveryKey.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'))
    expect(await fresh.call.fail('encryption:unlockBackup', { fileId: picked.fileId, recoveryKey: typo })).toMatchObject({
      code: 'invalid_input',
      field: 'recoveryKey',
      message: expect.stringContaining('has a typo')
    })
    const { recoveryKey: another } = await practice().call.ok('encryption:makeRecoveryKey', {})
    expect(await fresh.call.fail('encryption:unlockBackup', { fileId: picked.fileId, recoveryKey: another })).toMatchObject({
      field: 'recoveryKey',
      message: expect.stringContaining('does not open the backups')
    })
    // Without a recovery key that opened it, the restore refuses it.
    expect(await fresh.call.fail('backup:restore', { fileId: picked.fileId })).toMatchObject({ message: expect.stringContaining('cannot be restored') })
    expect({ stick: fingerprint(stick), fresh: fingerprint(fresh.folder) }).toEqual(before)
    expect(await clientNames(fresh)).not.toContain(SENTINEL)
  })

  it('a backup with no recovery file beside it is refused, saying what to put beside it', async () => {
    const { old, backupFile } = await practiceWithRecoveryKey()
    const { stick, copied, fresh } = onAnotherComputer(backupFile, join(old.folder, 'backups'))
    rmSync(join(stick, RECOVERY_FILE_NAME))
    fresh.platform.answerNextOpen(copied)
    expect(await fresh.call.fail('backup:chooseFile', {})).toMatchObject({ message: expect.stringContaining('coachbook.recovery.json') })
  })

  it('goes with every backup, into a backup folder chosen after it was made', async () => {
    const { old, recoveryKey } = await practiceWithRecoveryKey()
    // The stand-in folder dialog answers <folder>/chosen.
    const chosen = await old.call.ok('backup:chooseFolder', {})
    await old.call.ok('backup:now', {})
    expect(await keysOpenedBy(chosen.folder, parseRecoveryKey(recoveryKey))).toEqual([old.key])
  })
})
