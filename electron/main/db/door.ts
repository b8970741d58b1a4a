import { AsyncLocalStorage } from 'node:async_hooks'
import type Database from 'better-sqlite3-multiple-ciphers'
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Channel, ChannelArgs, ChannelOutput } from '../../shared/contract'
import type { DB } from './schema'

/** What a read may use: queries that select, and the executor that raw SQL and prepared reads run on. */
type Reading = 'selectFrom' | 'selectNoFrom' | 'fn' | 'dynamic' | 'executeQuery' | 'getExecutor'
/** What only a write may use. */
type Changing = 'insertInto' | 'replaceInto' | 'updateTable' | 'deleteFrom' | 'mergeInto'

/**
 * Reads the practice. It builds no query that changes a row and cannot open a
 * transaction, so a function that takes a Reader is a read (the channel test in
 * ipc/door.test.ts also checks that no read changes anything through raw SQL).
 */
export type Reader = Pick<Kysely<DB>, Reading>

declare const insideTheDoor: unique symbol

/** The write the current async call runs inside, if any. */
const inside = new AsyncLocalStorage<WriteInProgress>()

/** The write the calling code runs inside, if any (a read given the Reader there would wait for it forever). */
export function writeInProgress(): WriteInProgress | undefined {
  return inside.getStore()
}

/**
 * Writes, inside the door's transaction. Only the door makes one, so a function that
 * takes a Writer can only run inside it: a mutation cannot be called from a read, and
 * cannot open a transaction of its own (a Writer has no `transaction()`). A Writer
 * reads too, and sees what its transaction has written.
 */
export type Writer = Pick<Transaction<DB>, Reading | Changing> & { readonly [insideTheDoor]: true }

/** What is writing: the channel, or the task outside any call ('backup:schedule', 'practice:open'). */
export type WriteOrigin = Channel | `${string}:${string}`

/** One write as it goes through the door, for the hooks. */
export interface WriteInProgress {
  origin: WriteOrigin
  /** Counts this door's writes, from 1: tells one write's changes from the next one's. */
  sequence: number
  /** The connection, inside the write's transaction: hooks are synchronous SQL, like better-sqlite3 itself. */
  connection: Database.Database
  /**
   * Whether it is a whole call of a channel registered as a write: one thing the coach did, in
   * one go (Undo takes back such writes), rather than one of the steps of a channel with effects
   * beyond the database, or a task of the app's own.
   */
  wholeCall: boolean
}

/**
 * Runs inside every write's transaction: `begin` right after BEGIN IMMEDIATE, `beforeCommit`
 * after the write's own last statement. Whatever they write commits with the write, and one
 * that throws rolls the whole write back. (Change capture, undo and a logical clock hang
 * here: each sees the origin, and writes into the same transaction.) `afterCommit` runs once
 * the write is in the file, and only then; what it throws fails the call, not the write.
 */
export interface DoorHook {
  begin?(write: WriteInProgress): void
  beforeCommit?(write: WriteInProgress): void
  afterCommit?(write: WriteInProgress): void
}

/** The door as one call holds it: its reads, and its writes on its behalf. */
export interface DoorFor {
  readonly origin: WriteOrigin
  readonly reader: Reader
  /** One transaction, all of it or none (see WriteDoor.write). */
  write<T>(work: (writer: Writer) => Promise<T>): Promise<T>
  /** Synchronous SQL in one transaction, for work on the connection itself (see WriteDoor.writeOnConnection). */
  writeOnConnection<T>(work: (connection: Database.Database) => T): T
  /** For what SQLite cannot do inside a transaction (see WriteDoor.outsideTransaction). */
  outsideTransaction<T>(work: (connection: Database.Database) => T | Promise<T>): Promise<T>
  /** Reads that must agree with one another (see WriteDoor.snapshot). */
  snapshot<T>(work: (reader: Reader) => Promise<T>): Promise<T>
}

/**
 * The one door every write to an open practice goes through. Each write is one
 * transaction begun with BEGIN IMMEDIATE (connection.ts): all of it lands, or none of
 * it, and the hooks run inside it. Reads need no door: they take the Reader.
 */
export class WriteDoor {
  readonly reader: Reader
  readonly #kysely: Kysely<DB>
  readonly #connection: Database.Database
  readonly #hooks = new Set<DoorHook>()
  #writes = 0

  constructor(kysely: Kysely<DB>, connection: Database.Database) {
    this.#kysely = kysely
    this.#connection = connection
    this.reader = kysely
  }

  /** Adds a hook to every write from now on; returns what removes it. */
  use(hook: DoorHook): () => void {
    this.#hooks.add(hook)
    return () => this.#hooks.delete(hook)
  }

  /**
   * Runs `work` in one transaction, with the hooks, waiting its turn for the connection
   * like every other query. If `work` or a hook throws, everything is rolled back and
   * the error is thrown.
   */
  async write<T>(origin: WriteOrigin, work: (writer: Writer) => Promise<T>, { wholeCall = false } = {}): Promise<T> {
    this.#refuseNested(origin)
    const write = this.#started(origin, wholeCall)
    const result = await this.#kysely.transaction().execute((transaction) =>
      inside.run(write, async () => {
        this.#run('begin', write)
        const result = await work(transaction as unknown as Writer)
        this.#run('beforeCommit', write)
        return result
      })
    )
    this.#run('afterCommit', write)
    return result
  }

  /**
   * The same, for synchronous work on the connection itself, when no other transaction
   * is open: called inside outsideTransaction, or while a practice is being opened.
   */
  writeOnConnection<T>(origin: WriteOrigin, work: (connection: Database.Database) => T): T {
    this.#refuseNested(origin)
    if (this.#connection.inTransaction) throw new Error(`${origin} wrote on the connection while a transaction was open.`)
    const write = this.#started(origin, false)
    const result = this.#connection
      .transaction(() =>
        inside.run(write, () => {
          this.#run('begin', write)
          const result = work(this.#connection)
          this.#run('beforeCommit', write)
          return result
        })
      )
      .immediate()
    this.#run('afterCommit', write)
    return result
  }

  /**
   * Holds the connection, with no transaction open, for what SQLite cannot do inside
   * one (a backup copy, VACUUM, a checkpoint, closing the file). Queries of other calls
   * wait until it is done. What `work` changes in rows, it changes through writeOnConnection.
   */
  outsideTransaction<T>(work: (connection: Database.Database) => T | Promise<T>): Promise<T> {
    return this.#kysely.connection().execute(async () => work(this.#connection))
  }

  /**
   * Many reads as one consistent snapshot (an export of a whole client, the statements of
   * one search): one read transaction, so every statement sees the practice as it was when
   * the first began, and SQLite takes its read lock once rather than for each. In WAL mode
   * a reader holds no one up: writes of other programs go on meanwhile. `work` only reads.
   */
  snapshot<T>(work: (reader: Reader) => Promise<T>): Promise<T> {
    return this.#kysely.connection().execute(async (connection) => {
      await sql`BEGIN DEFERRED`.execute(connection)
      let result: T
      try {
        result = await work(connection)
      } catch (error) {
        // SQLite may have ended the transaction itself (a failing disk): the error that says why is the one to report.
        await sql`ROLLBACK`.execute(connection).catch(() => undefined)
        throw error
      }
      await sql`COMMIT`.execute(connection)
      return result
    })
  }

  /** The door as `origin` holds it. */
  for(origin: WriteOrigin): DoorFor {
    return {
      origin,
      reader: this.reader,
      write: (work) => this.write(origin, work),
      writeOnConnection: (work) => this.writeOnConnection(origin, work),
      outsideTransaction: (work) => this.outsideTransaction(work),
      snapshot: (work) => this.snapshot(work)
    }
  }

  #started(origin: WriteOrigin, wholeCall: boolean): WriteInProgress {
    return { origin, sequence: ++this.#writes, connection: this.#connection, wholeCall }
  }

  #run(moment: keyof DoorHook, write: WriteInProgress): void {
    for (const hook of this.#hooks) hook[moment]?.(write)
  }

  /** Waiting for the connection it already holds would never end: a bug, said as such. */
  #refuseNested(origin: WriteOrigin): void {
    const outer = inside.getStore()
    if (outer) throw new Error(`${origin} opened a write inside the write of ${outer.origin}: one call is one transaction.`)
  }
}

// ---- Registering channels -----------------------------------------------------------------

type Awaitable<T> = T | Promise<T>

/** A read: registered bare, it gets the Reader and changes nothing. */
export type ReadHandler<C extends Channel> = (reader: Reader, input: ChannelArgs<C>) => Awaitable<ChannelOutput<C>>

/** A read of several statements that must agree with one another: run in one snapshot (WriteDoor.snapshot). */
export interface SnapshotReadHandler<I, O> {
  readonly kind: 'snapshot'
  run(reader: Reader, input: I): Promise<O>
}

/** A write: the whole handler runs in one transaction of the door. */
export interface WriteHandler<I, O> {
  readonly kind: 'write'
  run(writer: Writer, input: I): Promise<O>
}

/**
 * A channel with effects beyond the database (files written, a dialog waited on, the
 * practice file copied or replaced, freed space overwritten): it holds the door and
 * writes to the database only through it, in as many transactions as its steps need.
 */
export interface EffectHandler<I, O> {
  readonly kind: 'effect'
  run(door: DoorFor, input: I): Promise<O>
}

export type ChannelHandler<C extends Channel> =
  | ReadHandler<C>
  | SnapshotReadHandler<ChannelArgs<C>, ChannelOutput<C>>
  | WriteHandler<ChannelArgs<C>, ChannelOutput<C>>
  | EffectHandler<ChannelArgs<C>, ChannelOutput<C>>

/** Registers a read of several statements that must agree: `'search:query': readTogether((reader, input) => search(reader, input))`. */
export function readTogether<I, O>(run: (reader: Reader, input: I) => Promise<O>): SnapshotReadHandler<I, O> {
  return { kind: 'snapshot', run }
}

/** Registers a write: `'goals:create': write((writer, input) => createGoal(writer, input))`. */
export function write<I, O>(run: (writer: Writer, input: I) => Promise<O>): WriteHandler<I, O> {
  return { kind: 'write', run }
}

/** Registers a channel with effects beyond the database: `'backup:now': effect((door) => backUp(door, …))`. */
export function effect<I, O>(run: (door: DoorFor, input: I) => Promise<O>): EffectHandler<I, O> {
  return { kind: 'effect', run }
}

export type HandlerKind = 'read' | 'write' | 'effect'

export function kindOf(handler: ChannelHandler<Channel>): HandlerKind {
  if (typeof handler === 'function' || handler.kind === 'snapshot') return 'read'
  return handler.kind
}

/** The handlers of one domain, e.g. `DomainHandlers<'clients'>` for every `clients:*` channel. */
export type DomainHandlers<D extends string> = {
  [C in Channel as C extends `${D}:${string}` ? C : never]: ChannelHandler<C>
}

/** Every channel's handler. The type makes a missing channel a compile error. */
export type Handlers = { [C in Channel]: ChannelHandler<C> }
