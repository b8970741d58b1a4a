import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, scryptSync } from 'node:crypto'
import { z } from 'zod'
import { KEY_BYTES } from './engine'

/**
 * The practice key sealed by a secret the coach holds (the recovery key, a passphrase):
 * a key is derived from the secret with scrypt, memory-hard, so that guessing costs
 * memory as well as time; the practice key is sealed with it by AES-256-GCM, whose tag
 * tells a wrong secret apart from the right one. The scrypt parameters and the salt are
 * stored with the sealed key, so stronger ones can be chosen later without losing the old.
 */
export const scryptParamsSchema = z.object({
  /** CPU and memory cost, a power of two. */
  N: z.number().int().min(2).max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16)
})
export type ScryptParams = z.infer<typeof scryptParamsSchema>

/**
 * For a passphrase, which people choose: 128 MiB and about half a second here (OWASP's
 * advice for scrypt: N = 2^17, r = 8, p = 1).
 */
export const PASSPHRASE_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }
/** For a recovery key, 160 random bits already: memory-hard all the same, at a quarter of the cost. */
export const RECOVERY_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }

const hex = z.string().regex(/^[0-9a-f]*$/)

export const sealedKeySchema = z.object({
  /** Which key of the practice this is, so a record is matched to the file it opens without trying it. */
  keyId: hex,
  kdf: z.object({ name: z.literal('scrypt'), salt: hex }).extend(scryptParamsSchema.shape),
  cipher: z.literal('aes-256-gcm'),
  nonce: hex,
  sealed: hex,
  tag: hex
})
export type SealedKey = z.infer<typeof sealedKeySchema>

/** Names the practice key without giving anything of it away: an HMAC of a fixed text, keyed by it. */
export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update('coachbook practice key id').digest('hex').slice(0, 32)
}

/** scrypt's memory is 128 × N × r bytes; Node refuses anything above `maxmem`, 32 MiB unless told. */
export function deriveKey(secret: Buffer, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const { N, r, p } = params
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_BYTES, { N, r, p, maxmem: scryptMemory(params) }, (error, derived) => (error ? reject(error) : resolve(derived)))
  )
}

const scryptMemory = ({ N, r }: ScryptParams) => 256 * N * r + 1024 * 1024

const AAD = Buffer.from('coachbook sealed practice key v1')

export async function sealKey(key: Buffer, secret: Buffer, params: ScryptParams): Promise<SealedKey> {
  const salt = randomBytes(16)
  return sealWith(key, await deriveKey(secret, salt, params), salt, params)
}

/**
 * As sealKey, without waiting: for a secret that is itself a random key (a practice key
 * sealing the next one), read where the practice's key is read, before anything runs.
 */
export function sealKeySync(key: Buffer, secret: Buffer, params: ScryptParams): SealedKey {
  const salt = randomBytes(16)
  const { N, r, p } = params
  return sealWith(key, scryptSync(secret, salt, KEY_BYTES, { N, r, p, maxmem: scryptMemory(params) }), salt, params)
}

function sealWith(key: Buffer, derived: Buffer, salt: Buffer, params: ScryptParams): SealedKey {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', derived, nonce)
  cipher.setAAD(AAD)
  const sealed = Buffer.concat([cipher.update(key), cipher.final()])
  return {
    keyId: keyIdOf(key),
    kdf: { name: 'scrypt', salt: salt.toString('hex'), ...params },
    cipher: 'aes-256-gcm',
    nonce: nonce.toString('hex'),
    sealed: sealed.toString('hex'),
    tag: cipher.getAuthTag().toString('hex')
  }
}

/** The practice key, or null when `secret` is not the one it was sealed with. */
export async function openSealedKey(record: SealedKey, secret: Buffer): Promise<Buffer | null> {
  const { N, r, p, salt } = record.kdf
  return unsealWith(record, await deriveKey(secret, Buffer.from(salt, 'hex'), { N, r, p }))
}

/** As openSealedKey, without waiting (see sealKeySync). */
export function openSealedKeySync(record: SealedKey, secret: Buffer): Buffer | null {
  const { N, r, p, salt } = record.kdf
  return unsealWith(record, scryptSync(secret, Buffer.from(salt, 'hex'), KEY_BYTES, { N, r, p, maxmem: scryptMemory({ N, r, p }) }))
}

function unsealWith(record: SealedKey, derived: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', derived, Buffer.from(record.nonce, 'hex'))
  decipher.setAAD(AAD)
  decipher.setAuthTag(Buffer.from(record.tag, 'hex'))
  try {
    const key = Buffer.concat([decipher.update(Buffer.from(record.sealed, 'hex')), decipher.final()])
    return key.length === KEY_BYTES && keyIdOf(key) === record.keyId ? key : null
  } catch {
    return null
  }
}
