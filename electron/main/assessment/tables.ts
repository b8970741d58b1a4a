import type { Generated } from 'kysely'
import type { Instrument, RaterGroup } from '../../shared/assessment'

export interface IntakeNotesTable {
  id: Generated<number>
  engagementId: number
  notedOn: string
  whatBrought: string
  context: string
  hopes: string
  shareable: number
  createdAt: string
  updatedAt: string
}

export interface StakeholderInterviewsTable {
  id: Generated<number>
  engagementId: number
  stakeholderName: string
  relationship: string | null
  interviewedOn: string
  notes: string
  shareable: number
  createdAt: string
  updatedAt: string
}

export interface AssessmentResultsTable {
  id: Generated<number>
  engagementId: number
  instrument: Instrument
  instrumentName: string | null
  takenOn: string
  interpretation: string
  shareable: number
  createdAt: string
  updatedAt: string
}

export interface AssessmentScoresTable {
  resultId: number
  competency: string
  raterGroup: RaterGroup
  score: number
  position: number
}

export interface GrowthAreasTable {
  id: Generated<number>
  engagementId: number
  title: string
  description: string
  agreedWithClient: number
  createdAt: string
  updatedAt: string
}

/** Exactly one of the three evidence columns is set. */
export interface GrowthAreaEvidenceTable {
  id: Generated<number>
  growthAreaId: number
  intakeNoteId: number | null
  interviewId: number | null
  resultId: number | null
}

export interface AssessmentTables {
  intakeNotes: IntakeNotesTable
  stakeholderInterviews: StakeholderInterviewsTable
  assessmentResults: AssessmentResultsTable
  assessmentScores: AssessmentScoresTable
  growthAreas: GrowthAreasTable
  growthAreaEvidence: GrowthAreaEvidenceTable
}
