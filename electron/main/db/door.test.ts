import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineSetting, readSetting, writeSetting } from '../settings'
import { freshDatabase } from '../testing/db'
import type { AppDatabase } from './connection'
import type { Reader, WriteInProgress, Writer } from './door'
import { preparedRead } from './prepared'

let database: AppDatabase
beforeEach(() => {
  database = freshDatabase()
})
afterEach(() => database.close())

const note = defineSetting('test.note', z.string(), '')
const notes = () => database.sqlite.prepare("SELECT count(*) FROM settings WHERE key = 'test.note'").pluck().get()
const writeNote = (writer: Writer, text: string) => writeSetting(writer, note, text)

describe('the write door', () => {
  it('runs the hooks inside the transaction, with the origin, and after the commit only when it committed', async () => {
    const seen: string[] = []
    const note = (moment: string) => (write: WriteInProgress) =>
      void seen.push(`${moment} ${write.origin} #${write.sequence} ${write.connection.inTransaction ? 'inside' : 'outside'}`)
    database.door.use({ begin: note('begin'), beforeCommit: note('beforeCommit'), afterCommit: note('afterCommit') })
    await database.door.write('clients:create', (writer) => writeNote(writer, 'Ann Lee'))
    await expect(database.door.write('clients:create', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    expect(seen).toEqual([
      'begin clients:create #1 inside',
      'beforeCommit clients:create #1 inside',
      'afterCommit clients:create #1 outside',
      'begin clients:create #2 inside'
    ])
  })

  it('rolls the whole write back when a hook fails before the commit, and keeps it otherwise', async () => {
    const stop = database.door.use({
      beforeCommit: () => {
        throw new Error('the log could not be written')
      }
    })
    await expect(database.door.write('clients:create', (writer) => writeNote(writer, 'Ann Lee'))).rejects.toThrow(
      'the log could not be written'
    )
    expect(notes()).toBe(0)
    stop()
    await database.door.write('clients:create', (writer) => writeNote(writer, 'Ann Lee'))
    expect(notes()).toBe(1)
  })

  it('refuses a write opened inside a write, which would wait for itself', async () => {
    await expect(
      database.door.write('clients:create', () => database.door.write('clients:update', async () => undefined))
    ).rejects.toThrow('clients:update opened a write inside the write of clients:create')
    expect(() => database.door.writeOnConnection('practice:open', () => undefined)).not.toThrow()
  })

  it('refuses a prepared read given the Reader inside a write, which would wait for it', async () => {
    const names = preparedRead((db) => db.selectFrom('settings').select('key'))
    await expect(database.door.write('clients:create', () => names.all(database.reader, {}))).rejects.toThrow('read through its Writer')
  })

  it('writes synchronous work on the connection in one transaction too, with the hooks', () => {
    const origins: string[] = []
    database.door.use({ beforeCommit: (write) => void origins.push(write.origin) })
    expect(() =>
      database.door.writeOnConnection('practice:open', (connection) => {
        connection.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('test.note', '\"A\"', 'x')").run()
        throw new Error('half-way')
      })
    ).toThrow('half-way')
    expect(notes()).toBe(0)
    expect(origins).toEqual([])
  })
})

describe('what the types allow', () => {
  it('a read cannot write, and only the door makes a Writer', async () => {
    const reader: Reader = database.reader
    // @ts-expect-error A Reader builds no query that changes a row.
    expect(() => reader.insertInto).toBeDefined()
    // @ts-expect-error A Reader cannot open a transaction of its own.
    expect(() => reader.transaction).toBeDefined()
    // @ts-expect-error A mutation takes a Writer, which a Reader is not.
    await expect(writeNote(reader, 'Ann')).resolves.toBe('Ann')
    const read = await database.door.write('clients:create', async (writer: Writer) => {
      // @ts-expect-error Inside the door, a write is one transaction: it opens no other.
      expect(writer.transaction).toBeDefined()
      // A Writer reads too, and sees its own writes.
      await writeNote(writer, 'Wei Chen')
      return readSetting(writer, note)
    })
    expect(read).toBe('Wei Chen')
  })
})
