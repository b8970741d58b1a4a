import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A fresh secret for each run of the bridge: the page gets it in its address, every call sends it back. */
export function newToken(): string {
  return randomBytes(24).toString('hex')
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}

/**
 * Whether a call carries this run's token. Both sides are hashed to 32 bytes first, so
 * the comparison does the same work whatever was sent — right or wrong, at any
 * position, of any length, or nothing — and its time says nothing about the token.
 */
export function sameToken(given: string | string[] | undefined, token: string): boolean {
  return timingSafeEqual(digest(typeof given === 'string' ? given : ''), digest(token))
}
