import { randomBytes } from 'node:crypto'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Backup } from '../../shared/backup'
import type { ChannelArgs } from '../../shared/contract'
import type { EncryptionState } from '../../shared/encryption'
import type { ReadOptions } from '../db/diagnose'
import type { DoorFor } from '../db/door'
import { KEY_BYTES } from '../db/engine'
import { flushFolder, keyFileOf, writeWholeFile } from '../db/keys'
import { hasPassphrase, keyFromPassphrase, passphraseFileOf, sealedByPassphrase } from '../db/passphrase'
import { finishStoppedRekey, nextKeyFileOf, rekeyedCopyOf, rekeyJournalOf, writeRekeyJournal } from '../db/rekeyJournal'
import { AppError } from '../errors'
import { assertRoomToEncrypt, writeCopyWithKey } from './encrypt'
import { encryptionState } from './recoveryKey'
import { backUp, type BackupContext } from './service'

/** The steps of a rekey, each on disk before the next begins (db/rekeyJournal.ts says what each leaves). */
export const REKEY_STEPS = ['journal', 'copy', 'nextKeyFile', 'swap', 'keyFile', 'done'] as const
export type RekeyStep = (typeof REKEY_STEPS)[number]

export interface RekeyFiles {
  /** The practice, closed. */
  file: string
  /** The key file that holds `current`, wrapped. */
  keyFile: string
  current: Buffer
  next: Buffer
  /** `next`, wrapped as the key file keeps it. */
  wrappedNext: Buffer
}

/**
 * Gives the closed practice at `file` the key `next` in place of `current`, in steps that
 * each leave a whole practice and a key file that opens it, or a journal from which the
 * start-up finishes the rekey (finishStoppedRekey). `afterStep` is told each step done.
 */
export function rekeyFile(files: RekeyFiles, options: ReadOptions = {}, afterStep: (step: RekeyStep) => void = () => {}): void {
  const { file, keyFile, current, next, wrappedNext } = files
  writeRekeyJournal(file, current, next)
  afterStep('journal')
  const copy = writeCopyWithKey(file, rekeyedCopyOf(file), { from: current, to: next }, options)
  afterStep('copy')
  writeWholeFile(nextKeyFileOf(keyFile), wrappedNext, { replace: true })
  afterStep('nextKeyFile')
  // The practice was closed by the last connection: its journals hold nothing the copy lacks (the copy was checked against it).
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true })
  renameSync(copy, file)
  flushFolder(dirname(file))
  afterStep('swap')
  renameSync(nextKeyFileOf(keyFile), keyFile)
  flushFolder(dirname(keyFile))
  afterStep('keyFile')
  rmSync(rekeyJournalOf(file), { force: true })
  flushFolder(dirname(file))
  afterStep('done')
}

/** Where the practice key is kept, and how a new key is wrapped to be kept there in its place. */
interface KeyKeeping {
  current: Buffer
  keyFile: string
  wrap(next: Buffer): Promise<Buffer>
}

/**
 * A practice whose key a passphrase keeps gets its new key sealed by the same passphrase,
 * which the coach types to confirm: checked here against the passphrase file, so only
 * the one who can open the practice gives it a new key.
 */
async function keepingFor(context: BackupContext, passphrase: string | undefined): Promise<KeyKeeping> {
  const { practice } = context
  const current = practice.canReplaceFile ? practice.database.key : null
  if (!current) throw new AppError('conflict', 'Your practice is not encrypted yet: encrypt it first.')
  if (hasPassphrase(practice.file)) {
    if (!passphrase) throw new AppError('invalid_input', 'Type your passphrase: the new key is kept by it too.', 'passphrase')
    if (!(await keyFromPassphrase(practice.file, passphrase)).equals(current)) {
      throw new AppError('conflict', `${passphraseFileOf(practice.file)} does not hold the key the practice is open with. Restart Coachbook, then try again; nothing was changed.`)
    }
    return { current, keyFile: passphraseFileOf(practice.file), wrap: (next) => sealedByPassphrase(next, passphrase) }
  }
  const { keeper } = practice
  const keyFile = keeper ? keyFileOf(practice.file, keeper) : null
  if (!keeper || !keyFile || !existsSync(keyFile)) throw new AppError('conflict', 'This computer’s keychain does not keep the practice key, so Coachbook cannot give it a new one here.')
  return { current, keyFile, wrap: (next) => keeper.wrap(next) }
}

/**
 * Gives the open practice a new random key: the whole file is rewritten with it into a
 * checked copy and swapped in, then the key file rolled forward. The recovery key, which
 * seals one practice key, opens the practice no more (it still opens the backups made
 * before, whose records stay in the backup folder): the coach makes a new one. A
 * verified backup is made first.
 */
export async function rekeyPractice(
  door: DoorFor,
  context: BackupContext,
  input: ChannelArgs<'encryption:rekey'>,
  afterStep?: (step: RekeyStep) => void
): Promise<{ state: EncryptionState; backup: Backup }> {
  const { practice, log } = context
  const { current, keyFile, wrap } = await keepingFor(context, input.passphrase)
  assertRoomToEncrypt(practice.file)
  // Opens with the old key, as does the old recovery key: a way back whatever happens next.
  const backup = await backUp(door, context, 'before-rekey')
  const next = randomBytes(KEY_BYTES)
  const wrappedNext = await wrap(next)
  const started = performance.now()
  let keyAfter = current
  await practice.replaceFile(
    () => {
      try {
        rekeyFile({ file: practice.file, keyFile, current, next, wrappedNext }, practice.readOptions, afterStep)
        keyAfter = next
      } catch (error) {
        // Finished now as the next start-up would: back to the old key before the swap, forward to the new one after.
        keyAfter = finishStoppedRekey(practice.file, keyFile, current, practice.readOptions)
        throw error
      }
    },
    () => {},
    () => keyAfter
  )
  log.info('encryption.rekeyed', { ms: Math.round(performance.now() - started) })
  return { state: encryptionState(context), backup }
}
