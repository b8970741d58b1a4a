import { EVIDENCE_KIND_LABELS, instrumentOf, type AssessmentOverview, type EvidenceKind } from '../../../electron/shared/assessment'
import { formatDate } from '../../lib/format'

export interface EvidenceRef {
  kind: EvidenceKind
  id: number
}

/** The element id of a note, interview or result on the page, so evidence can point at it. */
export function anchorOf(ref: EvidenceRef): string {
  return `evidence-${ref.kind}-${ref.id}`
}

/** Every piece of evidence the overview holds, with the words that name it. */
export function evidenceChoices(overview: AssessmentOverview): (EvidenceRef & { label: string })[] {
  return [
    ...overview.intakeNotes.map((note) => ({
      kind: 'intake_note' as const,
      id: note.id,
      label: `${EVIDENCE_KIND_LABELS.intake_note}, ${formatDate(note.notedOn)}`
    })),
    ...overview.interviews.map((interview) => ({
      kind: 'interview' as const,
      id: interview.id,
      label: `${EVIDENCE_KIND_LABELS.interview} with ${interview.stakeholderName}${interview.relationship ? ` (${interview.relationship})` : ''}, ${formatDate(interview.interviewedOn)}`
    })),
    ...overview.results.map((result) => ({
      kind: 'result' as const,
      id: result.id,
      label: `${instrumentOf(result)}, ${formatDate(result.takenOn)}`
    }))
  ]
}

/** The growth areas that cite a piece of evidence, for "what goes with it" before deleting it. */
export function citedBy(overview: AssessmentOverview, ref: EvidenceRef): string[] {
  return overview.growthAreas
    .filter((area) => area.evidence.some((e) => e.kind === ref.kind && e.id === ref.id))
    .map((area) => area.title)
}
