import { write, type DomainHandlers } from '../db/door'
import {
  commitmentsToReview,
  createSession,
  createSessionSeries,
  deleteSession,
  getSession,
  listSessionPage,
  nextSessionForClient,
  setSessionStatus,
  updateSession
} from './service'

export const sessionHandlers: DomainHandlers<'sessions'> = {
  'sessions:listForEngagement': (reader, input) => listSessionPage(reader, input),
  'sessions:get': (reader, { id }) => getSession(reader, id),
  'sessions:nextForClient': (reader, input) => nextSessionForClient(reader, input),
  'sessions:create': write((writer, input) => createSession(writer, input)),
  'sessions:createSeries': write((writer, input) => createSessionSeries(writer, input)),
  'sessions:update': write((writer, input) => updateSession(writer, input)),
  'sessions:setStatus': write((writer, input) => setSessionStatus(writer, input)),
  'sessions:delete': write((writer, { id }) => deleteSession(writer, id)),
  'sessions:commitmentsToReview': (reader, input) => commitmentsToReview(reader, input)
}
