import { crashTest } from './harness'

/** `npm run test:crash [-- --kills N --seed S]`: the full crash-consistency run. */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}

const kills = option('kills', 300)
const seed = option('seed', Date.now() % 1_000_000)
const started = Date.now()
const report = await crashTest(kills, seed)
console.log(
  `crash test (seed ${seed}): ${report.kills} kills, ${report.acknowledgedWrites} acknowledged writes, ` +
    `${report.lostWrites} lost, ${report.tornRecords} half-written, ${report.integrityFailures} integrity failures ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s`
)
for (const problem of report.problems) console.log(`  ${problem}`)
const failed = report.lostWrites + report.tornRecords + report.integrityFailures > 0 || report.kills < kills
console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed')
process.exitCode = failed ? 1 : 0
