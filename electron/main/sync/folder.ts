import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeWhole } from '../savedFiles'
import { decryptBatch, encodeBatch, readBatchHeader, type Batch } from './batchFile'

/**
 * The sync folder, as Coachbook lays it out in a folder the coach already syncs with their
 * own tool (Syncthing, Dropbox, iCloud Drive, OneDrive, a NAS):
 *
 *   <folder>/devices/<device id>/<sequence number, 10 digits>.cbsync
 *
 * Each device writes only in its own folder, and only new files: a batch is published
 * whole under its final name (written aside, flushed, renamed) and never changed after.
 * Everything a sync tool can do to files in transit is expected: a file that arrives in
 * part, late, out of order, twice, or as a "conflicted copy" beside the original.
 */
export const DEVICES_FOLDER = 'devices'
export const BATCH_EXTENSION = '.cbsync'
/** A device's id: a UUID, as the practice's record ids are. */
const DEVICE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/**
 * A batch's file: its number first. A sync tool's copy keeps the number and adds to the
 * name ("0000000003 (conflicted copy).cbsync", "0000000003.sync-conflict-….cbsync"), and
 * reads as the same batch; a dot file is a batch still being written.
 */
const BATCH_FILE = /^(\d{10})(?:[^.][^/\\]*)?\.cbsync$|^(\d{10})\.[^/\\]*\.cbsync$/

export function batchFileName(seq: number): string {
  return `${String(seq).padStart(10, '0')}${BATCH_EXTENSION}`
}

function seqOfFileName(name: string): number | null {
  const match = BATCH_FILE.exec(name)
  const digits = match?.[1] ?? match?.[2]
  return digits === undefined ? null : Number(digits)
}

export class BatchExistsError extends Error {
  constructor(readonly path: string) {
    super(`A batch is already published at ${path}: a device never writes over its own batches.`)
    this.name = 'BatchExistsError'
  }
}

/** Publishes a batch of this device's changes, encrypted with `key`; a number already used is refused. */
export async function publishBatch(folder: string, batch: Batch, key: Buffer): Promise<string> {
  const deviceFolder = join(folder, DEVICES_FOLDER, batch.device)
  await mkdir(deviceFolder, { recursive: true })
  const path = join(deviceFolder, batchFileName(batch.seq))
  if (await stat(path).catch(() => null)) throw new BatchExistsError(path)
  await writeWhole(path, encodeBatch(batch, key))
  return path
}

/** What became of one batch file found in the folder. */
export type BatchReading =
  | { state: 'read'; batch: Batch; path: string }
  /** Cut short or not yet whole (still arriving): looked at again next time. */
  | { state: 'incomplete'; device: string; seq: number; path: string }
  /** Encrypted with a key this device does not have (yet). */
  | { state: 'unknown_key'; device: string; seq: number; keyId: string; path: string }
  /** Written by a newer Coachbook: this one must be updated to read it. */
  | { state: 'newer_format'; device: string; seq: number; format: number; path: string }
  /** Its header names another device or number than where it lies: never read. */
  | { state: 'misplaced'; device: string; seq: number; path: string }

export interface ReadOptions {
  /** This device: its own batches are never read back. */
  thisDevice: string
  /** The sync keys this device holds, by key id. */
  keys: ReadonlyMap<string, Buffer>
  /** True for a batch this device has read already (each is read once, whichever copy). */
  alreadyRead: (device: string, seq: number) => boolean
}

async function entriesOf(folder: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch {
    return []
  }
}

/** One file of a batch: read and decrypted, or why not. */
async function readBatchFile(path: string, device: string, seq: number, keys: ReadOptions['keys']): Promise<BatchReading> {
  const bytes = await readFile(path).catch(() => null)
  if (bytes === null) return { state: 'incomplete', device, seq, path }
  const header = readBatchHeader(bytes)
  if (header.state === 'incomplete') return { state: 'incomplete', device, seq, path }
  if (header.state === 'newer_format') return { state: 'newer_format', device, seq, format: header.format, path }
  if (header.header.device !== device || header.header.seq !== seq) return { state: 'misplaced', device, seq, path }
  const key = keys.get(header.header.keyId)
  if (!key) return { state: 'unknown_key', device, seq, keyId: header.header.keyId, path }
  const changes = decryptBatch(bytes, header, key)
  if (changes === null) return { state: 'incomplete', device, seq, path }
  return { state: 'read', batch: { ...header.header, changes }, path }
}

/** The other devices' batch files not read yet, grouped by batch: the original's name first, then its copies. */
async function unreadBatchFiles(folder: string, options: ReadOptions): Promise<Map<string, { device: string; seq: number; paths: string[] }>> {
  const batches = new Map<string, { device: string; seq: number; paths: string[] }>()
  const devicesFolder = join(folder, DEVICES_FOLDER)
  for (const device of (await entriesOf(devicesFolder)).sort()) {
    if (!DEVICE_ID.test(device) || device === options.thisDevice) continue
    for (const name of (await entriesOf(join(devicesFolder, device))).sort()) {
      const seq = seqOfFileName(name)
      if (seq === null || options.alreadyRead(device, seq)) continue
      const id = `${device}/${seq}`
      const found = batches.get(id) ?? { device, seq, paths: [] }
      const path = join(devicesFolder, device, name)
      if (name === batchFileName(seq)) found.paths.unshift(path)
      else found.paths.push(path)
      batches.set(id, found)
    }
  }
  return batches
}

/**
 * Reads the batches other devices have published that this device has not read yet, in
 * any order they arrived: each batch once (its first copy that opens), and for each file
 * that does not open, why (a file still arriving is simply read again next time).
 */
export async function readNewBatches(folder: string, options: ReadOptions): Promise<BatchReading[]> {
  const readings: BatchReading[] = []
  for (const { device, seq, paths } of (await unreadBatchFiles(folder, options)).values()) {
    const tried: BatchReading[] = []
    for (const path of paths) {
      const reading = await readBatchFile(path, device, seq, options.keys)
      tried.push(reading)
      if (reading.state === 'read') break
    }
    const read = tried.find((reading) => reading.state === 'read')
    readings.push(read ?? tried[0]!)
  }
  return readings
}
