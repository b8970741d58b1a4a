import { isChannel } from '../electron/shared/contract'
import { summarise, timed, type Timing } from './measure'
import type { OpenPractice } from './practice'

/**
 * The client summary PDF of an engagement with 12 sessions, exported through its
 * channel (rendered and written to the stand-in's folder). Null when the app has no
 * report export yet.
 */
export async function summaryPdf(practice: OpenPractice, rounds = 12): Promise<Timing | null> {
  if (!isChannel('reports:export')) return null
  const engagement = practice.database.sqlite
    .prepare('SELECT engagement_id AS id FROM sessions GROUP BY engagement_id HAVING count(*) = 12 ORDER BY engagement_id LIMIT 1')
    .get() as { id: number } | undefined
  if (!engagement) throw new Error('The fixture has no engagement with exactly 12 sessions.')
  const input = { engagementId: engagement.id, report: 'summary', audience: 'client', today: '2026-03-02' }
  const exportOnce = async () => {
    const result = await practice.dispatch('reports:export', input)
    if (!result.ok) throw new Error(`reports:export: ${result.error.message}`)
  }
  await exportOnce()
  const times: number[] = []
  for (let round = 0; round < rounds; round++) times.push(await timed(exportOnce))
  return summarise(times)
}
