import { write, type Handlers } from '../db/door'
import type { UndoHistory } from './undo'

/**
 * Undo's channels, on the practice open now (`current`: a restore opens another). An
 * undo is a write of the door like any other: its changes land in the change log.
 */
export function undoHandlers(current: () => UndoHistory): Pick<Handlers, 'changes:undo' | 'changes:undoState'> {
  return {
    'changes:undoState': () => current().state(),
    'changes:undo': write(() => Promise.resolve(current().undoNewest()))
  }
}
