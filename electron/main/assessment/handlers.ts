import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import {
  assessmentOverview,
  createGrowthArea,
  createIntakeNote,
  createInterview,
  createResult,
  deleteGrowthArea,
  deleteIntakeNote,
  deleteInterview,
  deleteResult,
  updateGrowthArea,
  updateIntakeNote,
  updateInterview,
  updateResult
} from './service'

export function assessmentHandlers(db: Kysely<DB>): DomainHandlers<'assessment'> {
  return {
    'assessment:overview': ({ engagementId }) => assessmentOverview(db, engagementId),
    'assessment:createIntakeNote': (input) => createIntakeNote(db, input),
    'assessment:updateIntakeNote': (input) => updateIntakeNote(db, input),
    'assessment:deleteIntakeNote': ({ id }) => deleteIntakeNote(db, id),
    'assessment:createInterview': (input) => createInterview(db, input),
    'assessment:updateInterview': (input) => updateInterview(db, input),
    'assessment:deleteInterview': ({ id }) => deleteInterview(db, id),
    'assessment:createResult': (input) => createResult(db, input),
    'assessment:updateResult': (input) => updateResult(db, input),
    'assessment:deleteResult': ({ id }) => deleteResult(db, id),
    'assessment:createGrowthArea': (input) => createGrowthArea(db, input),
    'assessment:updateGrowthArea': (input) => updateGrowthArea(db, input),
    'assessment:deleteGrowthArea': ({ id }) => deleteGrowthArea(db, id)
  }
}
