import { RESOURCES_DIR, freshDispatch } from '../../electron/main/testing/db'
import { caller } from '../../electron/main/testing/calls'
import { buildEngagement } from '../../electron/main/testing/reportFixtures'
import { renderReport } from '../../electron/main/reports/render'

/**
 * `npm run bench:pdf`: how long the client summary of a 12-session engagement takes to
 * render, as the median of several runs after a first (cold) one. Target: under 200 ms.
 */
const RUNS = 15
const TARGET_MS = 200

async function main(): Promise<void> {
  const { dispatch, database } = freshDispatch()
  const call = caller(dispatch)
  const { engagementId } = await buildEngagement(call, { size: 'small' })
  // Nine more held sessions make the twelve a typical engagement has.
  for (let index = 0; index < 9; index++) {
    await call.ok('sessions:create', {
      engagementId,
      startsAt: `2026-0${4 + Math.floor(index / 4)}-${String(1 + (index % 4) * 7).padStart(2, '0')}T09:00:00Z`,
      status: 'held',
      agenda: 'Practising delegation',
      notes: 'Shared reflections on the week, the team and what comes next. '.repeat(20),
      notesShareable: true
    })
  }
  const render = () =>
    renderReport(database.reader, { engagementId, report: 'summary', audience: 'client', today: '2026-06-30' }, { resourcesDir: RESOURCES_DIR })
  const coldStart = performance.now()
  await render()
  const cold = performance.now() - coldStart
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    await render()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  console.log(`client summary, 12 sessions: median ${median.toFixed(1)} ms over ${RUNS} runs (first run ${cold.toFixed(0)} ms); target < ${TARGET_MS} ms`)
  await database.close()
  process.exitCode = median < TARGET_MS ? 0 : 1
}

void main()
