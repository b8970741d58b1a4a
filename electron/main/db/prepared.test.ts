import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { freshDatabase } from '../testing/db'
import type { AppDatabase } from './connection'
import { preparedRead, type Parameter } from './prepared'

let database: AppDatabase
beforeEach(() => {
  database = freshDatabase()
})
afterEach(() => database.close())

const NOW = '2026-03-02T09:00:00.000Z'
const clientsNamed = preparedRead((db, parameter: Parameter<{ name: string }>) =>
  db.selectFrom('clients').select(['id', 'name', 'archivedAt']).where('name', '=', parameter('name')).orderBy('id')
)

const client = (name: string) => ({ name, notes: '', searchText: name.toLowerCase(), createdAt: NOW, updatedAt: NOW })

function addClient(name: string) {
  return database.door.write('clients:create', (writer) => writer.insertInto('clients').values(client(name)).execute())
}

/** A promise and the function that settles it, to hold a transaction open at a chosen moment. */
function gate() {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
}

describe('a prepared read', () => {
  it('returns the rows Kysely would, named the same way, with its parameters filled at each call', async () => {
    await addClient('Ana Souza')
    await addClient('Wei Chen')
    await addClient('Ana Souza')
    const viaKysely = await database.reader.selectFrom('clients').select(['id', 'name', 'archivedAt']).where('name', '=', 'Ana Souza').orderBy('id').execute()
    expect(await clientsNamed.all(database.reader, { name: 'Ana Souza' })).toEqual(viaKysely)
    expect(await clientsNamed.all(database.reader, { name: 'Wei Chen' })).toEqual([{ id: 2, name: 'Wei Chen', archivedAt: null }])
    expect(await clientsNamed.first(database.reader, { name: 'Nobody' })).toBeUndefined()
  })

  it('never shows a write another call has not committed, and waits for it to end', async () => {
    const hold = gate()
    const inserted = gate()
    const writing = database.door
      .write('clients:create', async (trx) => {
        await trx.insertInto('clients').values(client('Ana Souza')).execute()
        inserted.open()
        await hold.opened
        throw new Error('the coach cancelled')
      })
      .catch(() => 'rolled back')
    await inserted.opened
    const reading = clientsNamed.all(database.reader, { name: 'Ana Souza' })
    hold.open()
    expect(await writing).toBe('rolled back')
    expect(await reading).toEqual([])
  })

  it('sees the writes of the transaction it is given', async () => {
    const seen = await database.door.write('clients:create', async (trx) => {
      await trx.insertInto('clients').values(client('Wei Chen')).execute()
      return clientsNamed.all(trx, { name: 'Wei Chen' })
    })
    expect(seen).toHaveLength(1)
  })

  it('answers on each connection it is used with', async () => {
    const other = freshDatabase()
    try {
      await addClient('Ana Souza')
      expect(await clientsNamed.all(database.reader, { name: 'Ana Souza' })).toHaveLength(1)
      expect(await clientsNamed.all(other.reader, { name: 'Ana Souza' })).toEqual([])
    } finally {
      await other.close()
    }
  })
})
