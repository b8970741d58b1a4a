import * as crypto from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { newToken, sameToken } from './token'

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

describe("the bridge's token", () => {
  const token = newToken()
  const flip = (text: string, at: number) => `${text.slice(0, at)}${text[at] === '0' ? '1' : '0'}${text.slice(at + 1)}`
  const wrong: [string, string | string[] | undefined][] = [
    ['differs in its first character', flip(token, 0)],
    ['differs in its last character', flip(token, token.length - 1)],
    ['is cut short', token.slice(0, -1)],
    ['has more after it', `${token}0`],
    ['is empty', ''],
    ['is missing', undefined],
    ['was sent twice', [token, token]],
    ['is a megabyte long', token.repeat(25_000)]
  ]

  it('is new for every run, and long enough that it cannot be guessed', () => {
    expect(token).toMatch(/^[0-9a-f]{48}$/)
    expect(newToken()).not.toBe(token)
  })

  it('accepts only itself', () => {
    expect(sameToken(token, token)).toBe(true)
    for (const [, given] of wrong) expect(sameToken(given, token)).toBe(false)
  })

  it('is compared in constant time: one comparison of two 32-byte digests, whatever was sent', () => {
    const compare = vi.mocked(crypto.timingSafeEqual)
    for (const [, given] of [['is right', token] as const, ...wrong]) {
      compare.mockClear()
      sameToken(given, token)
      expect(compare).toHaveBeenCalledTimes(1)
      const [a, b] = compare.mock.calls[0]! as [Buffer, Buffer]
      expect([a.length, b.length]).toEqual([32, 32])
    }
  })
})
