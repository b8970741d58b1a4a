import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import {
  commitmentsToReview,
  createSession,
  deleteSession,
  getSession,
  listSessionPage,
  nextSessionForClient,
  setSessionStatus,
  updateSession
} from './service'

export function sessionHandlers(db: Kysely<DB>): DomainHandlers<'sessions'> {
  return {
    'sessions:listForEngagement': (input) => listSessionPage(db, input),
    'sessions:get': ({ id }) => getSession(db, id),
    'sessions:nextForClient': (input) => nextSessionForClient(db, input),
    'sessions:create': (input) => createSession(db, input),
    'sessions:update': (input) => updateSession(db, input),
    'sessions:setStatus': (input) => setSessionStatus(db, input),
    'sessions:delete': ({ id }) => deleteSession(db, id),
    'sessions:commitmentsToReview': (input) => commitmentsToReview(db, input)
  }
}
