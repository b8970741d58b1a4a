import { afterEach, expect, it } from 'vitest'
import { z } from 'zod'
import type { Writer } from '../db/door'
import { freshDatabase } from '../testing/db'
import { defineSetting, readSetting, writeSetting } from './store'

const database = freshDatabase()
afterEach(() => database.sqlite.exec('DELETE FROM settings'))

const write = <T>(work: (writer: Writer) => Promise<T>) => database.door.write('settings:test', work)

const keep = defineSetting('test.keep', z.object({ count: z.number().int().min(1) }), { count: 14 })

it('answers the default until a value is written, then the value', async () => {
  expect(await readSetting(database.reader, keep)).toEqual({ count: 14 })
  await write((writer) => writeSetting(writer, keep, { count: 30 }))
  expect(await readSetting(database.reader, keep)).toEqual({ count: 30 })
  await write((writer) => writeSetting(writer, keep, { count: 7 }))
  expect(await readSetting(database.reader, keep)).toEqual({ count: 7 })
})

it('refuses to write a value that does not fit, and keeps the old one', async () => {
  await write((writer) => writeSetting(writer, keep, { count: 30 }))
  await expect(write((writer) => writeSetting(writer, keep, { count: 0 }))).rejects.toThrow()
  expect(await readSetting(database.reader, keep)).toEqual({ count: 30 })
})

it('falls back to the default when a stored value no longer fits or is not JSON', async () => {
  database.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('test.keep', '{\"count\":\"many\"}', 'x')").run()
  expect(await readSetting(database.reader, keep)).toEqual({ count: 14 })
  database.sqlite.prepare("UPDATE settings SET value = 'not json' WHERE key = 'test.keep'").run()
  expect(await readSetting(database.reader, keep)).toEqual({ count: 14 })
})
