import { getClock, makeClock, setClock, Timestamp, type Clock } from '@actual-app/crdt'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { DoorHook } from '../db/door'
import { registerUidFunction } from './uids'

/**
 * The practice's hybrid logical clock: every change in the log carries one of its
 * timestamps (`2026-12-06T07:30:00.000Z-0000-<computer>`), which order the changes of every
 * computer of the practice even when their clocks disagree a little. It is
 * @actual-app/crdt's Timestamp, whose clock is one per program (module-global): each
 * practice keeps its own here and lends it to the package for the one synchronous call
 * that reads it, so two practices open at once (a restore checks one while another is
 * open) never share a clock. Its last timestamp is kept in the file (change_clock, made by
 * migration 015) in the same transaction as the write that used it, so it never goes back
 * across restarts.
 */
export class PracticeClock {
  readonly #clock: Clock
  readonly #save: Database.Statement
  /** The timestamp of the write in progress, set as it begins. */
  #current: string | null = null
  /** Whether the write in progress logged a change with it: a write that changed nothing leaves no trace. */
  #used = false

  private constructor(sqlite: Database.Database, last: Timestamp) {
    this.#clock = makeClock(last)
    this.#save = sqlite.prepare('UPDATE change_clock SET timestamp = ?')
  }

  /**
   * The clock as the practice left it: the timestamp kept with its last write, or a later
   * one in the log (one made outside the door, by a migration, cannot be kept as it is
   * made: SQLite runs no statement inside a function a statement calls).
   */
  static of(sqlite: Database.Database): PracticeClock {
    const kept = sqlite.prepare('SELECT timestamp FROM change_clock').pluck().get() as string | undefined
    const logged = sqlite.prepare('SELECT timestamp FROM change_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined
    const last = Timestamp.parse([kept ?? '', logged ?? ''].sort().at(-1)!)
    if (!last) throw new Error('The practice has no clock for its change log: migration 015 makes it.')
    return new PracticeClock(sqlite, last)
  }

  /** The timestamp of the write in progress; outside one (a migration), a new one. */
  stamp(): string {
    if (this.#current === null) return this.#send()
    this.#used = true
    return this.#current
  }

  /**
   * Gives each write of the door one timestamp, for every change it makes, and keeps it
   * in the file as the write ends, in its transaction, if a change was logged with it.
   */
  readonly hook: DoorHook = {
    begin: () => {
      this.#current = this.#send()
      this.#used = false
    },
    beforeCommit: () => {
      if (this.#current !== null && this.#used) this.#save.run(this.#current)
    },
    afterCommit: () => {
      this.#current = null
    }
  }

  /**
   * The timestamp of a change made on another computer of the practice: the clock moves
   * past it, so whatever this computer writes next is later. A timestamp more than five
   * minutes ahead of this computer's time (the package's limit: a computer whose clock is
   * wrong) is not taken; the package would throw, and failing a whole batch of changes
   * for one is what the caller must never do, so it is said instead. So is a timestamp
   * made on this very computer id, which another computer must never send (the package
   * names that error but does not check it: checked here).
   */
  receive(timestamp: string): 'received' | 'from_the_future' | 'same_computer' | 'malformed' {
    const parsed = Timestamp.parse(timestamp)
    if (!parsed) return 'malformed'
    if (parsed.node() === this.#clock.timestamp.node()) return 'same_computer'
    const others = getClock() as Clock | null
    setClock(this.#clock)
    try {
      Timestamp.recv(parsed)
      return 'received'
    } catch (error) {
      if (error instanceof Timestamp.ClockDriftError) return 'from_the_future'
      throw error
    } finally {
      setClock(others as Clock)
    }
  }

  /** A new timestamp, later than every one this practice has made. */
  #send(): string {
    const others = getClock() as Clock | null
    setClock(this.#clock)
    try {
      return Timestamp.send()!.toString()
    } finally {
      setClock(others as Clock)
    }
  }
}

/** The clock a new practice starts from: the start of time, on a computer id of its own. */
export function firstTimestamp(node: string): string {
  return new Timestamp(0, 0, node).toString()
}

/** The SQL functions the change log's triggers call (triggers.ts), on every connection that writes to the practice. */
export function registerChangeFunctions(sqlite: Database.Database, clock: PracticeClock): void {
  registerUidFunction(sqlite)
  sqlite.function('coachbook_change_stamp', { deterministic: false }, () => clock.stamp())
}
