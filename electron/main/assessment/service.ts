import type { AssessmentOverview } from '../../shared/assessment'
import type { Reader } from '../db/door'
import { requireEngagement } from '../engagements'
import { listGrowthAreas } from './growthAreas'
import { listIntakeNotes } from './intakeNotes'
import { listInterviews } from './interviews'
import { listResults } from './results'

async function countRows(
  db: Reader,
  table: 'intakeNotes' | 'stakeholderInterviews' | 'assessmentResults' | 'growthAreas',
  engagementId: number
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('engagementId', '=', engagementId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** For the "what goes with this engagement" question before deleting it. */
export async function assessmentCountsForEngagement(db: Reader, engagementId: number) {
  const [intakeNotes, stakeholderInterviews, assessmentResults, growthAreas] = await Promise.all([
    countRows(db, 'intakeNotes', engagementId),
    countRows(db, 'stakeholderInterviews', engagementId),
    countRows(db, 'assessmentResults', engagementId),
    countRows(db, 'growthAreas', engagementId)
  ])
  return { intakeNotes, stakeholderInterviews, assessmentResults, growthAreas }
}

/** The whole assessment phase: intake notes, stakeholder interviews, results and growth areas, each kept in a file of its own. */
export async function assessmentOverview(db: Reader, engagementId: number): Promise<AssessmentOverview> {
  await requireEngagement(db, engagementId)
  const [intakeNotes, interviews, results, growthAreas] = await Promise.all([
    listIntakeNotes(db, engagementId),
    listInterviews(db, engagementId),
    listResults(db, engagementId),
    listGrowthAreas(db, engagementId)
  ])
  return { engagementId, intakeNotes, interviews, results, growthAreas }
}
