import { write, type DomainHandlers } from '../db/door'
import { createGrowthArea, deleteGrowthArea, updateGrowthArea } from './growthAreas'
import { createIntakeNote, deleteIntakeNote, updateIntakeNote } from './intakeNotes'
import { createInterview, deleteInterview, updateInterview } from './interviews'
import { createResult, deleteResult, updateResult } from './results'
import { assessmentOverview } from './service'

export const assessmentHandlers: DomainHandlers<'assessment'> = {
  'assessment:overview': (reader, { engagementId }) => assessmentOverview(reader, engagementId),
  'assessment:createIntakeNote': write((writer, input) => createIntakeNote(writer, input)),
  'assessment:updateIntakeNote': write((writer, input) => updateIntakeNote(writer, input)),
  'assessment:deleteIntakeNote': write((writer, { id }) => deleteIntakeNote(writer, id)),
  'assessment:createInterview': write((writer, input) => createInterview(writer, input)),
  'assessment:updateInterview': write((writer, input) => updateInterview(writer, input)),
  'assessment:deleteInterview': write((writer, { id }) => deleteInterview(writer, id)),
  'assessment:createResult': write((writer, input) => createResult(writer, input)),
  'assessment:updateResult': write((writer, input) => updateResult(writer, input)),
  'assessment:deleteResult': write((writer, { id }) => deleteResult(writer, id)),
  'assessment:createGrowthArea': write((writer, input) => createGrowthArea(writer, input)),
  'assessment:updateGrowthArea': write((writer, input) => updateGrowthArea(writer, input)),
  'assessment:deleteGrowthArea': write((writer, { id }) => deleteGrowthArea(writer, id))
}
