import { AppError } from '../errors'
import type { AppDatabase } from './connection'
import type { ReadOptions } from './diagnose'
import type { AsyncKeyKeeper } from './keys'

export interface PracticeSessionOptions {
  /** The practice file (':memory:' in tests that never restore). */
  file: string
  /** The folder the practice lives in; its backups go to `<dataDir>/backups` unless the coach chose another folder. */
  dataDir: string
  database: AppDatabase
  /** Opens the file again after it was replaced (with `key` when the swap gave it a new one); throws if it cannot. */
  reopen(file: string, key?: Buffer): AppDatabase | Promise<AppDatabase>
  /** For the extra connections that check copies: the engine's build (Electron in development), the busy timeout. */
  readOptions?: ReadOptions
  /** What keeps the practice key on this computer (the OS keychain), to move the key to it from a passphrase and back. */
  keeper?: AsyncKeyKeeper
}

/**
 * Holds the open practice for as long as the app runs. A restore replaces the file
 * underneath, so nothing keeps the connection itself: ask the session for the current one.
 */
export class PracticeSession {
  readonly file: string
  readonly dataDir: string
  readonly #readOptions: ReadOptions
  #database: AppDatabase
  readonly #reopen: PracticeSessionOptions['reopen']
  readonly keeper: AsyncKeyKeeper | undefined

  constructor(options: PracticeSessionOptions) {
    this.file = options.file
    this.dataDir = options.dataDir
    this.#database = options.database
    this.#reopen = options.reopen
    this.#readOptions = options.readOptions ?? {}
    this.keeper = options.keeper
  }

  /** For the extra connections that read the practice or its copies: with its key when it is encrypted. */
  get readOptions(): ReadOptions {
    return { ...this.#readOptions, key: this.#database.key ?? undefined }
  }

  /** The key for this practice, also while it is not yet encrypted (to encrypt it with). */
  get key(): Buffer | undefined {
    return this.#database.key ?? this.#readOptions.key
  }

  get database(): AppDatabase {
    return this.#database
  }

  get canReplaceFile(): boolean {
    return this.file !== ':memory:'
  }

  /**
   * Waits for any transaction in progress to finish, closes the connection, lets
   * `swap` replace the file, and opens it again. If the swap fails, the file it left
   * in place is reopened; if reopening fails, `recover` gets a chance to put things
   * back and the session opens the file once more. Either way the error is thrown.
   * `keyAfter`, asked once the swap is over, is the key the file opens with from then on,
   * when the swap may have given it a new one.
   */
  async replaceFile(swap: () => void, recover: () => void, keyAfter?: () => Buffer): Promise<void> {
    if (!this.canReplaceFile) throw new AppError('conflict', 'This practice is not stored in a file, so it cannot be replaced.')
    const old = this.#database
    const outcome: { swapFailure: unknown } = { swapFailure: null }
    // Holding the connection means no other transaction is half-way through.
    await old.door.outsideTransaction((connection) => {
      connection.close()
      try {
        swap()
      } catch (error) {
        outcome.swapFailure = error
      }
    })
    await old.close()
    const key = keyAfter?.()
    try {
      this.#database = await this.#reopen(this.file, key)
    } catch (error) {
      recover()
      this.#database = await this.#reopen(this.file, key)
      throw error
    }
    if (outcome.swapFailure) throw outcome.swapFailure
  }

  async close(): Promise<void> {
    await this.#database.close()
  }
}
