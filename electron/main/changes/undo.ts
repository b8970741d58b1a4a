import type Database from 'better-sqlite3-multiple-ciphers'
import { TABLES } from '../../shared/columns'
import { sqlName } from '../../shared/columns/column'
import { isChannel } from '../../shared/contract'
import type { UndoState } from '../../shared/undo'
import { countOf, noun } from '../../shared/words'
import type { DoorHook, WriteInProgress } from '../db/door'
import { AppError } from '../errors'

/** How many of the coach's writes Undo can take back, newest first (the product promises at least 20). */
export const UNDO_STEPS_KEPT = 50

/** The channel that undoes: its own write is no step, and takes the step it undid away. */
export const UNDO_ORIGIN = 'changes:undo'

/**
 * Writes no one can undo: an erasure (an undo must never bring erased words back), a
 * restore (the practice before it is gone), and issuing or voiding an invoice (a number
 * given out stays given, and the series stays gapless). Each clears every step before it, in its own
 * transaction, so the before-images of what they removed do not outlive them.
 */
export const NEVER_UNDOABLE: ReadonlySet<string> = new Set([
  'privacy:eraseClient',
  'privacy:eraseEngagement',
  'backup:restore',
  // An issued invoice or credit note is a document a client or sponsor may already hold: its number is never taken back.
  'invoices:issue',
  'invoices:void'
])

/**
 * The before-images of the rows each write touches, for the running session only: a
 * TEMP table of this connection, in memory (temp_store), never in the practice file, never
 * in its backups or the change log, gone when the app quits or the file is reopened.
 * - `action`: what the write did to the row: 'insert', 'update' or 'delete'.
 * - `key`: the row's primary key as JSON ({"id": 7}, or a WITHOUT ROWID table's columns).
 * - `before`: the whole row before an update or a delete, as JSON (SQLite keeps each value's type in it).
 */
const IMAGES_TABLE = `
  CREATE TEMP TABLE IF NOT EXISTS undo_image (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    action TEXT NOT NULL,
    key TEXT NOT NULL,
    before TEXT
  )`

interface CapturedTable {
  name: string
  key: string[]
  columns: string[]
}

function capturedTable(sqlite: Database.Database, name: string): CapturedTable {
  const info = sqlite.pragma(`table_info(${name})`) as { name: string; pk: number }[]
  const key = info
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name)
  return { name, key, columns: info.map((column) => column.name) }
}

const jsonOf = (row: 'NEW' | 'OLD', columns: readonly string[]) => `json_object(${columns.map((column) => `'${column}', ${row}.${column}`).join(', ')})`

/**
 * TEMP triggers (this connection's own, on the practice's tables) that keep each row's
 * image as a write changes it. They fire for rows a foreign key's ON DELETE removes or sets
 * to null, so the undo of a delete brings those back too.
 */
function captureTriggers({ name, key, columns }: CapturedTable): string {
  const image = `INSERT INTO temp.undo_image (table_name, action, key, before) VALUES`
  return `
    CREATE TEMP TRIGGER IF NOT EXISTS undo_image_${name}_insert AFTER INSERT ON main.${name} BEGIN
      ${image} ('${name}', 'insert', ${jsonOf('NEW', key)}, NULL);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS undo_image_${name}_update AFTER UPDATE ON main.${name} BEGIN
      ${image} ('${name}', 'update', ${jsonOf('NEW', key)}, ${jsonOf('OLD', columns)});
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS undo_image_${name}_delete AFTER DELETE ON main.${name} BEGIN
      ${image} ('${name}', 'delete', ${jsonOf('OLD', key)}, ${jsonOf('OLD', columns)});
    END;`
}

/** Takes Undo's TEMP triggers off a connection: its writes then cost what they did before Undo (the bench compares). */
export function stopUndoCapture(sqlite: Database.Database): void {
  const triggers = sqlite.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_image\\_%' ESCAPE '\\'").pluck().all()
  for (const trigger of triggers as string[]) sqlite.exec(`DROP TRIGGER temp.${trigger}`)
}

interface Image {
  id: number
  tableName: string
  action: 'insert' | 'update' | 'delete'
  key: string
  before: string | null
}

/** The statements that put a row back as its image has it, per table. */
class RowRestorer {
  readonly #statements = new Map<string, Record<Image['action'], Database.Statement>>()

  constructor(sqlite: Database.Database, tables: readonly CapturedTable[]) {
    for (const { name, key, columns } of tables) {
      const value = (column: string, from: string) => `json_extract(@${from}, '$.${column}')`
      const sameRow = key.map((column) => `${column} = ${value(column, 'key')}`).join(' AND ')
      this.#statements.set(name, {
        insert: sqlite.prepare(`DELETE FROM main.${name} WHERE ${sameRow}`),
        // Every column, the key's too: a write may change a key (a renamed tag is part of its row's key).
        update: sqlite.prepare(`UPDATE main.${name} SET ${columns.map((column) => `${column} = ${value(column, 'before')}`).join(', ')} WHERE ${sameRow}`),
        delete: sqlite.prepare(`INSERT INTO main.${name} (${columns.join(', ')}) VALUES (${columns.map((column) => value(column, 'before')).join(', ')})`)
      })
    }
  }

  /** Takes back what the write did to the row: removes an inserted row, puts back an updated or deleted one whole, same id and uid. */
  undo({ tableName, action, key, before }: Image): void {
    const statements = this.#statements.get(tableName)
    if (!statements) throw new Error(`Undo has no way to put back a row of ${tableName}.`)
    if (action === 'insert') statements.insert.run({ key })
    else statements[action].run({ key, before })
  }
}

/** Numbers the steps of every practice opened in this run, so that a newer step always has a higher number, even after a restore. */
let stepsTaken = 0

/** One thing the coach did that Undo can take back: one write, and the images it left. */
interface Step {
  id: number
  /** What it was, in words: "archive client Zoë Ødegård". */
  words: string
  first: number
  last: number
}

/** The verb of a channel's action, in the coach's words. */
function verbOf(action: string): string {
  const verbs: [RegExp, string][] = [
    [/^(create|import|add)/, 'add'],
    [/^delete/, 'delete'],
    [/^archive$/, 'archive'],
    [/^restore$/, 'restore'],
    [/^setStatus$/, 'change the status of'],
    [/^correctStatusChange$/, 'correct the status history of'],
    [/^reorder$/, 'reorder'],
    [/^complete$/, 'complete'],
    [/^(set|clear|update)(Settings|Branding|Logo)$/, 'change the settings of'],
    [/^update/, 'edit']
  ]
  return verbs.find(([pattern]) => pattern.test(action))?.[1] ?? 'change'
}

/** A record's kind, as the coach calls it. */
function nounOf(table: string): string {
  const nouns: Record<string, string> = { organisations: 'sponsor', organisation_contacts: 'contact', settings: 'settings' }
  return nouns[table] ?? table.replaceAll('_', ' ').replace(/s$/, '')
}

/** The column that names a record: the one search shows as its title, or its title or name. */
const TITLE_COLUMNS = new Map(
  TABLES.flatMap((table) => {
    const columns = Object.entries(table.columns)
    const title = columns.find(([, column]) => column.search === 'title') ?? columns.find(([name]) => name === 'title' || name === 'name')
    return title ? [[table.name, sqlName(title[0])] as const] : []
  })
)
const TABLE_ORDER = new Map(TABLES.map((table, index) => [table.name, index]))
const NAME_SHOWN = 40

/**
 * Keeps the steps Undo can take back for one open practice: a hook on its door sees each
 * write begin and end, and the TEMP triggers keep the images of the rows it touched.
 * A write that is not a whole call of the coach (a step of an export, a scheduled
 * backup's bookkeeping, a task at open) leaves its images as marks: a step whose rows one
 * touched since cannot be undone without undoing it too, and is refused.
 */
export class UndoHistory {
  readonly #sqlite: Database.Database
  readonly #restorer: RowRestorer
  readonly #lastImage: Database.Statement
  readonly #imagesOf: Database.Statement
  readonly #touchedSince: Database.Statement
  readonly #forget: Database.Statement
  readonly #forgetBefore: Database.Statement
  #steps: Step[] = []
  /** Where the images of the write in progress begin. */
  #start = 0
  /** What the write in progress leaves to do once it is in the file. */
  #onCommit: (() => void) | null = null
  /** The step the write in progress undoes. */
  #undoing: Step | null = null

  constructor(sqlite: Database.Database) {
    this.#sqlite = sqlite
    // The images hold what the coach wrote: kept in memory, never in a temporary file on disk.
    sqlite.pragma('temp_store = MEMORY')
    sqlite.exec(IMAGES_TABLE)
    const tables = TABLES.map((table) => capturedTable(sqlite, table.name))
    for (const table of tables) sqlite.exec(captureTriggers(table))
    this.#restorer = new RowRestorer(sqlite, tables)
    this.#lastImage = sqlite.prepare('SELECT coalesce(max(id), 0) FROM temp.undo_image').pluck()
    this.#imagesOf = sqlite.prepare(
      'SELECT id, table_name AS tableName, action, key, before FROM temp.undo_image WHERE id BETWEEN ? AND ? ORDER BY id DESC'
    )
    this.#touchedSince = sqlite.prepare(
      `SELECT later.table_name AS tableName FROM temp.undo_image AS step JOIN temp.undo_image AS later
         ON later.table_name = step.table_name AND later.key = step.key
       WHERE step.id BETWEEN ? AND ? AND later.id > ? LIMIT 1`
    )
    this.#forget = sqlite.prepare('DELETE FROM temp.undo_image WHERE id BETWEEN ? AND ?')
    this.#forgetBefore = sqlite.prepare('DELETE FROM temp.undo_image WHERE id < ?')
  }

  /** What the next undo would take back, for the menu and the toast. */
  state(steps: readonly Step[] = this.#steps): UndoState {
    const step = steps.at(-1)
    return { steps: steps.length, next: step ? { id: step.id, words: step.words } : null }
  }

  /**
   * Takes back the newest step, inside the write of 'changes:undo' (its rows put back
   * through the practice's own tables, so the change log records the undo as new changes).
   * Only the newest: undoing in order always gives back a state the practice was in.
   */
  undoNewest(): { undone: string; state: UndoState } {
    const step = this.#steps.at(-1)
    if (!step) throw new AppError('not_found', 'There is nothing left to undo: Undo takes back the changes made since Coachbook was opened.')
    const touched = this.#touchedSince.get(step.first, step.last, step.last) as { tableName: string } | undefined
    if (touched) {
      throw new AppError('conflict', `"${capitalised(step.words)}" cannot be undone: Coachbook itself changed the same ${nounOf(touched.tableName)} since.`)
    }
    // Rows come back in the reverse order they went; a link is checked once all are back.
    this.#sqlite.pragma('defer_foreign_keys = ON')
    for (const image of this.#imagesOf.all(step.first, step.last) as Image[]) this.#restorer.undo(image)
    this.#undoing = step
    return { undone: step.words, state: this.state(this.#steps.slice(0, -1)) }
  }

  /** Forgets every step: nothing written before now can be undone. */
  clear(): void {
    this.#forgetBefore.run(Number.MAX_SAFE_INTEGER)
    this.#steps = []
  }

  readonly hook: DoorHook = {
    begin: () => {
      this.#start = this.#lastImage.get() as number
      this.#onCommit = null
      this.#undoing = null
    },
    beforeCommit: (write) => {
      this.#onCommit = this.#ending(write)
    },
    afterCommit: () => {
      this.#onCommit?.()
      this.#onCommit = null
    }
  }

  /** What the write's images become as it ends; returns what to change once it is in the file. */
  #ending(write: WriteInProgress): (() => void) | null {
    const end = this.#lastImage.get() as number
    if (NEVER_UNDOABLE.has(write.origin)) {
      this.#forgetBefore.run(end + 1)
      return () => (this.#steps = [])
    }
    if (write.origin === UNDO_ORIGIN) {
      const undone = this.#undoing
      this.#forget.run(this.#start + 1, end)
      if (!undone) return null
      this.#forget.run(undone.first, undone.last)
      return () => (this.#steps = this.#steps.filter((step) => step !== undone))
    }
    if (end === this.#start || !write.wholeCall || !isChannel(write.origin)) return null
    const step: Step = { id: ++stepsTaken, words: this.#wordsOf(write.origin, this.#start + 1, end), first: this.#start + 1, last: end }
    return () => this.#keep(step)
  }

  #keep(step: Step): void {
    this.#steps.push(step)
    if (this.#steps.length <= UNDO_STEPS_KEPT) return
    this.#steps.shift()
    this.#forgetBefore.run(this.#steps[0]!.first)
  }

  /** "archive client Zoë Ødegård": the verb of the channel, and the record it was done to. */
  #wordsOf(origin: string, first: number, last: number): string {
    const action = origin.split(':')[1] ?? ''
    const verb = verbOf(action)
    const wanted = /^(create|import|add)/.test(action) ? 'insert' : action.startsWith('delete') ? 'delete' : 'update'
    const images = this.#imagesOf.all(first, last) as Image[]
    const rank = (image: Image) => (image.action === wanted ? 0 : 1000) + (TABLE_ORDER.get(image.tableName) ?? 999)
    const subject = images.sort((a, b) => rank(a) - rank(b) || a.id - b.id)[0]!
    if (subject.tableName === 'settings') return 'change settings'
    // A series of sessions is one step of many records: "add 6 sessions", not the first alone.
    const added = wanted === 'insert' ? images.filter((image) => image.action === 'insert' && image.tableName === subject.tableName).length : 0
    if (added > 1) return `${verb} ${countOf(added, noun(nounOf(subject.tableName)), { locale: 'en' })}`
    const name = this.#nameOf(subject)
    return [verb, nounOf(subject.tableName), name].filter(Boolean).join(' ')
  }

  #nameOf({ tableName, action, key, before }: Image): string {
    const column = TITLE_COLUMNS.get(tableName)
    if (!column) return ''
    const row = action === 'insert' ? this.#currentRow(tableName, key) : (JSON.parse(before ?? '{}') as Record<string, unknown>)
    const name = typeof row[column] === 'string' ? row[column] : ''
    return name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN - 1)}…` : name
  }

  #currentRow(tableName: string, key: string): Record<string, unknown> {
    const columns = Object.keys(JSON.parse(key) as object)
    const where = columns.map((column) => `${column} = json_extract(@key, '$.${column}')`).join(' AND ')
    return (this.#sqlite.prepare(`SELECT * FROM main.${tableName} WHERE ${where}`).get({ key }) as Record<string, unknown> | undefined) ?? {}
  }
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}
