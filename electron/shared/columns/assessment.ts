import { z } from 'zod'
import { INSTRUMENT_LABELS, INSTRUMENTS, RATER_GROUP_LABELS, RATER_GROUPS } from '../assessment'
import { choice, decimalNumber, isoDate, LIMITS, requiredText } from '../text'
import { column, createdAt, key, link, marked, notesText, parentKey, shortText, table, updatedAt, uid } from './column'

/** Every note, interview and result is private to the coach until marked shareable. */
const whenShared = marked('shareable')
const shareableFlag = () => column(z.boolean(), { privacy: 'private' })

export const INTAKE_NOTES = table('intake_notes', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  notedOn: column(isoDate('The date'), { privacy: whenShared }),
  whatBrought: column(notesText('What brought the client'), { privacy: whenShared, search: 'body' }),
  context: column(notesText('The context'), { privacy: whenShared, search: 'body' }),
  hopes: column(notesText('The hopes'), { privacy: whenShared, search: 'body' }),
  shareable: shareableFlag(),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

export const STAKEHOLDER_INTERVIEWS = table('stakeholder_interviews', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  stakeholderName: column(requiredText('The name', LIMITS.name, 'An interview has no stakeholder name.'), {
    privacy: whenShared,
    search: 'title'
  }),
  relationship: column(shortText('The relationship'), { privacy: whenShared, search: 'body' }),
  interviewedOn: column(isoDate('The date'), { privacy: whenShared }),
  notes: column(notesText('The notes'), { privacy: whenShared, search: 'body' }),
  shareable: shareableFlag(),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

export const ASSESSMENT_RESULTS = table('assessment_results', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  instrument: column(choice(INSTRUMENTS, 'The instrument is not one Coachbook knows.'), { privacy: whenShared, words: INSTRUMENT_LABELS }),
  instrumentName: column(shortText('The instrument name'), { privacy: whenShared, search: 'title' }),
  takenOn: column(isoDate('The date'), { privacy: whenShared }),
  interpretation: column(notesText("The coach's interpretation"), { privacy: whenShared, search: 'body' }),
  shareable: shareableFlag(),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

/** A result's score table, one row per competency and rater group: shown wherever its result is. */
export const ASSESSMENT_SCORES = table('assessment_scores', {
  uid: uid(),
  resultId: parentKey(),
  competency: column(requiredText('The competency', LIMITS.shortText, 'A score has no competency.'), { privacy: 'shareable' }),
  raterGroup: column(choice(RATER_GROUPS, 'The rater group is not one Coachbook knows.'), { privacy: 'shareable', words: RATER_GROUP_LABELS }),
  score: column(decimalNumber('The score'), { privacy: 'shareable' }),
  /** The order typed: the export's list keeps it. */
  position: column(z.number().int().min(0), { privacy: 'structure', exported: false })
})

/** Only growth areas agreed with the client reach a summary. */
export const GROWTH_AREAS = table('growth_areas', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  title: column(requiredText('The title', LIMITS.shortText, 'A growth area has no title.'), {
    privacy: marked('agreedWithClient'),
    search: 'title'
  }),
  description: column(notesText('The description'), { privacy: marked('agreedWithClient'), search: 'body' }),
  agreedWithClient: column(z.boolean(), { privacy: 'private' }),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

/** The notes, interviews and results a growth area came from: exactly one of the three is set. */
export const GROWTH_AREA_EVIDENCE = table('growth_area_evidence', {
  id: { ...key(), exported: false },
  uid: uid(),
  growthAreaId: parentKey(),
  intakeNoteId: { ...link(), exported: { in: 'evidence' } },
  interviewId: { ...link(), exported: { in: 'evidence' } },
  resultId: { ...link(), exported: { in: 'evidence' } }
})
