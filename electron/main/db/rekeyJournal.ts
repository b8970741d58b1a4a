import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { z } from 'zod'
import { AppError, errorCodeOf } from '../errors'
import { withReadOnly, type ReadOptions } from './diagnose'
import { removeDatabaseFiles } from './engine'
import { flushFolder, writeWholeFile } from './keys'
import { openSealedKeySync, sealedKeySchema, sealKeySync, type ScryptParams } from './sealedKey'

/**
 * A full rekey gives the practice a new key by rewriting every page of a copy, then
 * swapping it in. While it runs, a journal beside the practice holds the new key sealed
 * by the old one, so that whatever stops it, the start-up finds out which key opens the
 * practice and puts the key file right: every file always holds a whole practice or a
 * whole key, and one of the two keys always opens the practice.
 *
 * Its steps, each flushed to disk before the next: the journal; the copy, rewritten with
 * the new key and checked; the new key file beside the current one (`.next`); the copy
 * renamed over the practice; `.next` renamed over the key file; the journal removed.
 */
export const rekeyJournalOf = (file: string) => `${file}.rekey-journal.json`
export const rekeyedCopyOf = (file: string) => `${file}.rekeying`
export const nextKeyFileOf = (keyFile: string) => `${keyFile}.next`

/** The old key is 256 random bits: scrypt's cost adds nothing to it, so the cheapest parameters do. */
const JOURNAL_SCRYPT: ScryptParams = { N: 2, r: 1, p: 1 }

const journalSchema = z.object({ format: z.literal('coachbook-rekey'), version: z.literal(1), next: sealedKeySchema })

/** The first step: the new key, sealed by the current one, written whole beside the practice. */
export function writeRekeyJournal(file: string, current: Buffer, next: Buffer): void {
  const journal = { format: 'coachbook-rekey', version: 1, next: sealKeySync(next, current, JOURNAL_SCRYPT) }
  writeWholeFile(rekeyJournalOf(file), `${JSON.stringify(journal, null, 2)}\n`, { replace: true })
}

function readJournal(journalFile: string): z.infer<typeof journalSchema> | null {
  try {
    return journalSchema.parse(JSON.parse(readFileSync(journalFile, 'utf8')))
  } catch {
    return null
  }
}

/** Whether `key` opens the practice; an error other than "not a database" (a locked file, a failing disk) is not an answer, and is thrown. */
function opensWith(file: string, key: Buffer, options: ReadOptions): boolean {
  try {
    withReadOnly(file, { ...options, key }, (sqlite) => sqlite.pragma('schema_version'))
    return true
  } catch (error) {
    if (errorCodeOf(error) === 'SQLITE_NOTADB') return false
    throw error
  }
}

/** What a rekey leaves beside the practice, removed once the key file and the practice agree; the journal last. */
function removeLeftovers(file: string, keyFile: string): void {
  removeDatabaseFiles(rekeyedCopyOf(file))
  rmSync(nextKeyFileOf(keyFile), { force: true })
  flushFolder(dirname(file))
  rmSync(rekeyJournalOf(file), { force: true })
  flushFolder(dirname(file))
}

/**
 * Finishes a rekey that was stopped (a crash, a kill, a power cut), before the practice
 * is opened; `current` is the key the key file holds. If the practice still opens with
 * it, the swap had not happened: what the rekey wrote beside it goes. If it opens with
 * the journal's new key instead, the swap had happened: the new key file is moved into
 * place, then the rest goes. Returns the key that opens the practice.
 */
export function finishStoppedRekey(file: string, keyFile: string, current: Buffer, options: ReadOptions = {}): Buffer {
  const journalFile = rekeyJournalOf(file)
  if (!existsSync(journalFile)) return current
  if (!existsSync(file) || opensWith(file, current, options)) {
    removeLeftovers(file, keyFile)
    return current
  }
  const journal = readJournal(journalFile)
  const next = journal && openSealedKeySync(journal.next, current)
  const nextKeyFile = nextKeyFileOf(keyFile)
  if (!next || !existsSync(nextKeyFile) || !opensWith(file, next, options)) {
    throw new AppError(
      'cannot_unlock',
      `The practice ${file} was being given a new key, and neither its key (${basename(keyFile)}) nor the new one (${basename(journalFile)}, ${basename(nextKeyFile)}) opens it. Coachbook has not changed any of these files. Restore the practice from a backup, or unlock it with its recovery key.`
    )
  }
  renameSync(nextKeyFile, keyFile)
  flushFolder(dirname(keyFile))
  removeLeftovers(file, keyFile)
  return next
}
