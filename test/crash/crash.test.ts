import { expect, it } from 'vitest'
import { KINDS } from './records'
import { crashTest, passed, reportTable } from './harness'

// The short run that is part of `npm test`; `npm run test:crash` does 300 kills, at least 30 inside each kind.
it('keeps every acknowledged write, and nothing half-written, across kills inside every kind of operation', async () => {
  const options = { kills: 30, minInside: 3, seed: Date.now() % 1_000_000 }
  const report = await crashTest(options)
  console.log(`crash test (seed ${report.seed}), ${report.kills} kills:\n${reportTable(report)}`)
  expect(report.problems).toEqual([])
  for (const kind of KINDS) expect(report.places[kind].inside, kind).toBeGreaterThanOrEqual(options.minInside)
  expect(report.places.write.acknowledged).toBeGreaterThan(30)
  expect(passed(report, options)).toBe(true)
}, 120_000)
