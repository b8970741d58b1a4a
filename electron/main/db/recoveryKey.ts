import { createHash, randomBytes } from 'node:crypto'
import { AppError } from '../errors'

/**
 * The recovery key: 160 random bits a coach prints or writes down, in a form made to be
 * typed back: Crockford's base32 (digits and capitals, no I, L, O or U), in groups of
 * four, the last group a checksum of the others. Typed in any case, with or without the
 * dashes; O is read as 0 and I or L as 1, the letters people take for those digits.
 *
 *   7K3Q-Z9XD-…-M2PE (eight groups) + a ninth group, the checksum
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_SECRET_BYTES = 20
const GROUP = 4
const DATA_GROUPS = (RECOVERY_SECRET_BYTES * 8) / 5 / GROUP
/** 20 bits of SHA-256: a typo slips through once in a million. */
const CHECK_CHARS = 4

function toBase32(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

function fromBase32(text: string): Buffer {
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of text) {
    value = ((value << 5) | ALPHABET.indexOf(char)) & 0xffff
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

function checksumOf(data: string): string {
  return toBase32(createHash('sha256').update(`coachbook recovery key\0${data}`).digest()).slice(0, CHECK_CHARS)
}

function grouped(chars: string): string {
  return chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-')
}

/** The secret as the coach sees it: nine groups of four, the last the checksum. */
export function formatRecoveryKey(secret: Buffer): string {
  if (secret.length !== RECOVERY_SECRET_BYTES) throw new RangeError(`A recovery key holds ${RECOVERY_SECRET_BYTES} bytes.`)
  const data = toBase32(secret)
  return grouped(data + checksumOf(data))
}

/** A new recovery key's secret. */
export function newRecoverySecret(): Buffer {
  return randomBytes(RECOVERY_SECRET_BYTES)
}

const EXPECTED_CHARS = DATA_GROUPS * GROUP + CHECK_CHARS
const SHAPE = `nine groups of four letters and digits (${grouped('X'.repeat(EXPECTED_CHARS))})`

function invalid(message: string): AppError {
  return new AppError('invalid_input', message, 'recoveryKey')
}

/**
 * The secret back from what the coach typed, or an error saying what is wrong with it:
 * a character a recovery key never holds, too few or too many, or a typo the checksum caught.
 */
export function parseRecoveryKey(typed: string): Buffer {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const stray = [...chars].find((char) => !ALPHABET.includes(char))
  if (stray !== undefined) {
    throw invalid(`A recovery key has no “${stray}” in it: it is made of ${SHAPE}. Check what you typed against the one you kept.`)
  }
  if (chars.length !== EXPECTED_CHARS) {
    const told = chars.length < EXPECTED_CHARS ? 'too few' : 'too many'
    throw invalid(`That recovery key has ${chars.length} letters and digits, ${told}: a recovery key is ${SHAPE}.`)
  }
  const data = chars.slice(0, -CHECK_CHARS)
  if (checksumOf(data) !== chars.slice(-CHECK_CHARS)) {
    throw invalid('That recovery key has a typo: its last group does not match the others. Check each group against the one you kept.')
  }
  return fromBase32(data).subarray(0, RECOVERY_SECRET_BYTES)
}
