import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Change } from '../changes'

/**
 * One batch of a device's changes as it lies in the sync folder: a short header in the
 * clear (which device wrote it, its number in that device's sequence, the key it is
 * encrypted with, the format), then the changes, compressed and encrypted with
 * AES-256-GCM. The header is the cipher's additional data, so it cannot be altered
 * without the file failing to open; the reader also checks it against where the file
 * lies (its device's folder, its number in its name), so a file cannot pass for another.
 *
 *   "CBSYNC" · format (1 byte) · header length (2 bytes) · header (JSON) · nonce (12) · ciphertext · tag (16)
 */
const MAGIC = Buffer.from('CBSYNC', 'ascii')
/** The format this version writes and reads; a file of a later one is from a newer Coachbook. */
export const BATCH_FORMAT = 1
const NONCE_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32
const PREFIX_BYTES = MAGIC.length + 1 + 2

export interface BatchHeader {
  device: string
  seq: number
  keyId: string
}

export interface Batch extends BatchHeader {
  changes: Change[]
}

/** A value of a change in JSON: bytes (a file's contents) as base64, everything else as it is. */
function encodeValue(value: unknown): unknown {
  return Buffer.isBuffer(value) || value instanceof Uint8Array ? { bytes: Buffer.from(value).toString('base64') } : value
}

function decodeValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && typeof (value as { bytes?: unknown }).bytes === 'string') {
    return Buffer.from((value as { bytes: string }).bytes, 'base64')
  }
  return value
}

function checkedKey(key: Buffer): Buffer {
  if (key.length !== KEY_BYTES) throw new RangeError(`A sync key is ${KEY_BYTES} bytes, not ${key.length}.`)
  return key
}

/** The bytes of a batch file, encrypted with `key`. */
export function encodeBatch(batch: Batch, key: Buffer): Buffer {
  const header = Buffer.from(JSON.stringify({ device: batch.device, seq: batch.seq, keyId: batch.keyId }), 'utf8')
  const prefix = Buffer.alloc(PREFIX_BYTES)
  MAGIC.copy(prefix)
  prefix.writeUInt8(BATCH_FORMAT, MAGIC.length)
  prefix.writeUInt16BE(header.length, MAGIC.length + 1)
  const clear = Buffer.concat([prefix, header])
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', checkedKey(key), nonce).setAAD(clear)
  const body = deflateRawSync(Buffer.from(JSON.stringify(batch.changes.map((change) => ({ ...change, value: encodeValue(change.value) }))), 'utf8'))
  return Buffer.concat([clear, nonce, cipher.update(body), cipher.final(), cipher.getAuthTag()])
}

export type HeaderReading =
  | { state: 'header'; header: BatchHeader; clearBytes: number }
  /** Shorter than a header, or not a batch at all (yet): a file still arriving reads as this. */
  | { state: 'incomplete' }
  | { state: 'newer_format'; format: number }

function isHeader(value: unknown): value is BatchHeader {
  const { device, seq, keyId } = (value ?? {}) as Record<string, unknown>
  return typeof device === 'string' && Number.isSafeInteger(seq) && (seq as number) >= 0 && typeof keyId === 'string'
}

/** The header of a batch file, read without its key. */
export function readBatchHeader(bytes: Buffer): HeaderReading {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { state: 'incomplete' }
  const format = bytes.readUInt8(MAGIC.length)
  if (format > BATCH_FORMAT) return { state: 'newer_format', format }
  const clearBytes = PREFIX_BYTES + bytes.readUInt16BE(MAGIC.length + 1)
  if (bytes.length < clearBytes + NONCE_BYTES + TAG_BYTES) return { state: 'incomplete' }
  try {
    const header: unknown = JSON.parse(bytes.subarray(PREFIX_BYTES, clearBytes).toString('utf8'))
    return isHeader(header) ? { state: 'header', header, clearBytes } : { state: 'incomplete' }
  } catch {
    return { state: 'incomplete' }
  }
}

function isChange(value: unknown): value is Change {
  const { timestamp, tableName, record, columnName } = (value ?? {}) as Record<string, unknown>
  return typeof timestamp === 'string' && typeof tableName === 'string' && typeof record === 'string' && (columnName === null || typeof columnName === 'string')
}

/**
 * The changes of a batch file whose header was read, with its key; null when the file
 * does not open with it (cut short, changed, or written under another key with the same id).
 */
export function decryptBatch(bytes: Buffer, reading: Extract<HeaderReading, { state: 'header' }>, key: Buffer): Change[] | null {
  const { clearBytes } = reading
  try {
    const nonce = bytes.subarray(clearBytes, clearBytes + NONCE_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', checkedKey(key), nonce).setAAD(bytes.subarray(0, clearBytes))
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
    const body = Buffer.concat([decipher.update(bytes.subarray(clearBytes + NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()])
    const changes: unknown = JSON.parse(inflateRawSync(body).toString('utf8'))
    if (!Array.isArray(changes) || !changes.every(isChange)) return null
    return changes.map((change) => ({ ...change, value: decodeValue(change.value) }))
  } catch {
    return null
  }
}
