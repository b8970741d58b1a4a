import { expect, it } from 'vitest'
import { crashTest } from './harness'

// The short run that is part of `npm test`; `npm run test:crash` does 300 kills.
it('keeps every acknowledged write, and nothing half-written, across 30 SIGKILLs', async () => {
  const report = await crashTest(30)
  console.log(
    `crash test: ${report.kills} kills, ${report.acknowledgedWrites} acknowledged writes, ${report.lostWrites} lost, ` +
      `${report.tornRecords} half-written, ${report.integrityFailures} integrity failures`
  )
  expect(report.problems).toEqual([])
  expect(report.kills).toBe(30)
  expect(report.acknowledgedWrites).toBeGreaterThan(30)
  expect(report.lostWrites + report.tornRecords + report.integrityFailures).toBe(0)
}, 120_000)
