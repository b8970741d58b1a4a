import { readTogether, write, type DomainHandlers } from '../db/door'
import {
  addGroupSession,
  coachingLogOverview,
  createGroup,
  deleteGroup,
  deleteGroupSession,
  setLogClient,
  setMentoringIncluded,
  setOpening,
  updateGroup,
  updateGroupSession
} from './service'

/** The exports write files, and are registered with the reports (reports/coachingLog.ts). */
export type CoachingLogExports = 'coachingLog:exportCsv' | 'coachingLog:exportPdf'

export const coachingLogHandlers: Omit<DomainHandlers<'coachingLog'>, CoachingLogExports> = {
  'coachingLog:overview': readTogether((reader, input) => coachingLogOverview(reader, input)),
  'coachingLog:setClient': write((writer, input) => setLogClient(writer, input)),
  'coachingLog:setMentoring': write((writer, input) => setMentoringIncluded(writer, input)),
  'coachingLog:setOpening': write((writer, input) => setOpening(writer, input)),
  'coachingLog:createGroup': write((writer, input) => createGroup(writer, input)),
  'coachingLog:updateGroup': write((writer, input) => updateGroup(writer, input)),
  'coachingLog:deleteGroup': write((writer, { id }) => deleteGroup(writer, id)),
  'coachingLog:addGroupSession': write((writer, input) => addGroupSession(writer, input)),
  'coachingLog:updateGroupSession': write((writer, input) => updateGroupSession(writer, input)),
  'coachingLog:deleteGroupSession': write((writer, { id }) => deleteGroupSession(writer, id))
}
