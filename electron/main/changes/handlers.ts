import type { Handlers } from '../db/door'
import { recordHistory } from './history'

/** A record's history is a read: registered bare, with the Reader. */
export const historyHandlers: Pick<Handlers, 'changes:history'> = {
  'changes:history': (reader, { table, id, cursor }) => recordHistory(reader, table, id, cursor)
}
