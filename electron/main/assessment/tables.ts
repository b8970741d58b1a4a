import type { ASSESSMENT_RESULTS, ASSESSMENT_SCORES, GROWTH_AREAS, GROWTH_AREA_EVIDENCE, INTAKE_NOTES, STAKEHOLDER_INTERVIEWS } from '../../shared/columns/assessment'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/assessment.ts).
export type IntakeNotesTable = StoredRow<typeof INTAKE_NOTES>
export type StakeholderInterviewsTable = StoredRow<typeof STAKEHOLDER_INTERVIEWS>
export type AssessmentResultsTable = StoredRow<typeof ASSESSMENT_RESULTS>
export type AssessmentScoresTable = StoredRow<typeof ASSESSMENT_SCORES>
export type GrowthAreasTable = StoredRow<typeof GROWTH_AREAS>
export type GrowthAreaEvidenceTable = StoredRow<typeof GROWTH_AREA_EVIDENCE>

export interface AssessmentTables {
  intakeNotes: IntakeNotesTable
  stakeholderInterviews: StakeholderInterviewsTable
  assessmentResults: AssessmentResultsTable
  assessmentScores: AssessmentScoresTable
  growthAreas: GrowthAreasTable
  growthAreaEvidence: GrowthAreaEvidenceTable
}
