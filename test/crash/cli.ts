import { crashTest, passed, reportTable } from './harness'

/** `npm run test:crash [-- --kills N --min-inside M --seed S]`: the full crash-consistency run. */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}

const options = { kills: option('kills', 300), minInside: option('min-inside', 30), seed: option('seed', Date.now() % 1_000_000) }
const started = Date.now()
const report = await crashTest(options)
console.log(`crash test (seed ${report.seed}): ${report.kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(reportTable(report))
for (const problem of report.problems) console.log(`  ${problem}`)
const ok = passed(report, options)
if (!ok && report.problems.length === 0) console.log(`  fewer than ${options.minInside} kills landed inside some kind of operation`)
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed')
process.exitCode = ok ? 0 : 1
