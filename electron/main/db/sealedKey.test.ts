import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { KEY_BYTES } from './engine'
import { formatRecoveryKey, newRecoverySecret, parseRecoveryKey } from './recoveryKey'
import { deriveKey, keyIdOf, openSealedKey, sealKey } from './sealedKey'

/** Cheap parameters: what is tested here is the sealing, not the cost. */
const FAST = { N: 1024, r: 8, p: 1 }

describe('the key derivation', () => {
  it('is scrypt: RFC 7914’s test vectors (first 32 bytes of each)', async () => {
    const vectors = [
      { password: 'password', salt: 'NaCl', N: 1024, r: 8, p: 16, hex: 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' },
      { password: 'pleaseletmein', salt: 'SodiumChloride', N: 16384, r: 8, p: 1, hex: '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' }
    ]
    for (const { password, salt, hex, ...params } of vectors) {
      expect((await deriveKey(Buffer.from(password), Buffer.from(salt), params)).toString('hex')).toBe(hex)
    }
  })
})

describe('a sealed practice key', () => {
  it('opens with the secret it was sealed with, and with no other', async () => {
    const key = randomBytes(KEY_BYTES)
    const sealed = await sealKey(key, Buffer.from('the right secret'), FAST)
    expect(sealed).toMatchObject({ keyId: keyIdOf(key), kdf: { name: 'scrypt', ...FAST }, cipher: 'aes-256-gcm' })
    expect(JSON.stringify(sealed)).not.toContain(key.toString('hex'))
    expect(await openSealedKey(sealed, Buffer.from('the right secret'))).toEqual(key)
    expect(await openSealedKey(sealed, Buffer.from('the wrong secret'))).toBeNull()
  })

  it('is refused when any part of it was changed', async () => {
    const sealed = await sealKey(randomBytes(KEY_BYTES), Buffer.from('secret'), FAST)
    const flipped = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1)
    for (const part of ['sealed', 'tag', 'nonce', 'keyId'] as const) {
      expect(await openSealedKey({ ...sealed, [part]: flipped(sealed[part]) }, Buffer.from('secret')), part).toBeNull()
    }
  })
})

describe('a recovery key', () => {
  it('is nine groups of four, and reads back to the same secret however it is typed', () => {
    const secret = newRecoverySecret()
    const shown = formatRecoveryKey(secret)
    expect(shown).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(parseRecoveryKey(shown)).toEqual(secret)
    expect(parseRecoveryKey(` ${shown.toLowerCase().replaceAll('-', ' ')} `)).toEqual(secret)
    // O for 0 and I or L for 1: what people read a printed key as.
    const misread = shown.replaceAll('0', 'O').replaceAll('1', 'l')
    expect(parseRecoveryKey(misread)).toEqual(secret)
  })

  it('says a typo, a missing group and a character it never holds', () => {
    const shown = formatRecoveryKey(newRecoverySecret())
    const at = 5
    const other = shown[at] === 'X' ? 'Y' : 'X'
    const typo = shown.slice(0, at) + other + shown.slice(at + 1)
    expect(() => parseRecoveryKey(typo)).toThrow(/has a typo/)
    expect(() => parseRecoveryKey(typo)).toThrow(expect.objectContaining({ field: 'recoveryKey' }))
    expect(() => parseRecoveryKey(shown.slice(0, -5))).toThrow(/32 letters and digits, too few/)
    expect(() => parseRecoveryKey(`${shown}-AAAA`)).toThrow(/too many/)
    expect(() => parseRecoveryKey(shown.replace(/.$/, 'U'))).toThrow(/no “U” in it/)
  })

  it('catches every single mistyped character and every swap of two neighbours, on many keys', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
    let caught = 0
    let tried = 0
    for (let round = 0; round < 20; round++) {
      const chars = formatRecoveryKey(newRecoverySecret()).replaceAll('-', '')
      for (let at = 0; at < chars.length; at++) {
        const typed = chars.slice(0, at) + alphabet[(alphabet.indexOf(chars[at]!) + 1 + round) % 32] + chars.slice(at + 1)
        const swapped = at + 1 < chars.length && chars[at] !== chars[at + 1] ? chars.slice(0, at) + chars[at + 1] + chars[at] + chars.slice(at + 2) : null
        for (const wrong of [typed, swapped]) {
          if (wrong === null) continue
          tried += 1
          try {
            parseRecoveryKey(wrong)
          } catch {
            caught += 1
          }
        }
      }
    }
    // A 20-bit checksum: one miss in a million; none in these.
    expect(caught).toBe(tried)
  })
})
