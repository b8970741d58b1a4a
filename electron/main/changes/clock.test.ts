import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Timestamp } from '@actual-app/crdt'
import { openDatabase, type AppDatabase } from '../db/connection'
import { PracticeClock } from './clock'

const OTHER_COMPUTER = 'b'.repeat(16)
const NOW = Date.parse('2026-12-06T10:00:00.000Z')

const stampAt = (millis: number, node: string, counter = 0) => new Timestamp(millis, counter, node).toString()

let database: AppDatabase
let clock: PracticeClock
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  database = openDatabase(':memory:')
  clock = PracticeClock.of(database.sqlite)
})
afterEach(async () => {
  vi.useRealTimers()
  await database.close()
})

describe('the practice’s clock, receiving another computer’s timestamps', () => {
  it('moves past a later timestamp, so what this computer writes next comes after it', () => {
    const remote = stampAt(NOW + 60_000, OTHER_COMPUTER, 7)
    expect(clock.receive(remote)).toBe('received')
    expect(clock.stamp() > remote).toBe(true)
  })

  it('holds back a timestamp from more than five minutes ahead, and stays as it was', () => {
    const before = clock.stamp()
    expect(clock.receive(stampAt(NOW + 6 * 60_000, OTHER_COMPUTER))).toBe('from_the_future')
    const after = clock.stamp()
    expect(after > before).toBe(true)
    expect(Timestamp.parse(after)!.millis()).toBe(NOW)
  })

  it('refuses its own computer id from elsewhere, and what is not a timestamp', () => {
    const own = Timestamp.parse(clock.stamp())!.node()
    expect(clock.receive(stampAt(NOW, own, 3))).toBe('same_computer')
    expect(clock.receive('2026-12-06 and some words')).toBe('malformed')
  })

  it('is the practice’s own: receiving on one practice’s clock leaves another’s as it was', async () => {
    const other = openDatabase(':memory:')
    const otherClock = PracticeClock.of(other.sqlite)
    clock.receive(stampAt(NOW + 120_000, OTHER_COMPUTER))
    expect(Timestamp.parse(otherClock.stamp())!.millis()).toBe(NOW)
    await other.close()
  })
})
