import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { MIGRATIONS } from '../electron/main/db/migrations'
import { latestVersion } from '../electron/main/db/migrator'
import { asBeforeSearch, copyOf, largeFixture, removeTemporaryFolders, ROOT, temporaryFolder } from './fixture'
import { handlerComparisons } from './handlers'
import { ms, type Timing } from './measure'
import { summaryPdf } from './pdf'
import { openForBench } from './practice'
import { rendererFigures } from './renderer'
import { ftsAgainstLike } from './search'

/**
 * `npm run bench`: how Coachbook holds up with a large practice (1,000 clients, 3,000
 * engagements, 40,000 sessions, 100,000 actions). Every comparison is measured side by
 * side in the same run. Prints one table and writes bench/results.json.
 */
interface Row {
  measure: string
  a: string
  b: string
  result: string
  target: string
  met: boolean | null
}

const rows: Row[] = []
const figures: Record<string, unknown> = {}
const log = (line: string) => console.log(line)
const pair = (timing: Timing) => `${ms(timing.p50)} / ${ms(timing.p95)} ms`
const times = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`

function tempCopy(fixture: string): string {
  return copyOf(fixture, temporaryFolder('practice'))
}

async function inChild<T>(measure: string, file: string): Promise<T> {
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench/child.ts'), measure, file], {
    cwd: ROOT,
    maxBuffer: 16 * 2 ** 20
  })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T
}

async function mainProcessFigures(fixture: string): Promise<void> {
  const practice = openForBench(tempCopy(fixture))
  try {
    log('Handlers against raw queries…')
    for (const comparison of await handlerComparisons(practice)) {
      const ratio = comparison.handler.p95 / comparison.raw.p95
      rows.push({
        measure: `IPC handler vs raw query: ${comparison.name}`,
        a: pair(comparison.handler),
        b: pair(comparison.raw),
        result: `${times(comparison.handler.p50 / comparison.raw.p50)} p50, ${times(ratio)} p95`,
        target: 'p95 ≤ 2×',
        met: ratio <= 2
      })
      figures[`handler: ${comparison.name}`] = comparison
    }
    log('Full-text search against a LIKE scan…')
    const search = await ftsAgainstLike(practice)
    const speedup = search.like.p50 / search.fts.p50
    rows.push({
      measure: 'Search: FTS5 (the handler\'s SQL) vs LIKE scan, same text',
      a: pair(search.fts),
      b: pair(search.like),
      result: `${times(speedup)} faster p50, ${times(search.like.p95 / search.fts.p95)} p95`,
      target: '≥ 50×, p95 < 10 ms',
      met: speedup >= 50 && search.fts.p95 < 10
    })
    figures.search = search
    log('Client summary PDF…')
    const pdf = await summaryPdf(practice, 20)
    rows.push(
      pdf
        ? { measure: 'Client summary PDF, 12-session engagement', a: pair(pdf), b: '', result: `${ms(pdf.p95)} ms p95`, target: '< 200 ms', met: pdf.p95 < 200 }
        : { measure: 'Client summary PDF', a: 'no reports:export channel yet', b: '', result: '', target: '< 200 ms', met: null }
    )
    figures.summaryPdf = pdf
  } finally {
    await practice.close()
  }
}

async function rendererRows(fixture: string): Promise<void> {
  log('Renderer in headless Chromium (building it first)…')
  const renderer = await rendererFigures(fixture)
  figures.renderer = renderer
  rows.push(
    {
      measure: 'Renderer: client list first render (1,000 clients)',
      a: pair(renderer.firstRender),
      b: '',
      result: `${ms(renderer.firstRender.p95)} ms p95`,
      target: '< 300 ms',
      met: renderer.firstRender.p95 < 300
    },
    {
      measure: 'Renderer: page load to first rows (context)',
      a: pair(renderer.pageLoad),
      b: '',
      result: '',
      target: '',
      met: null
    },
    {
      measure: `Renderer: scroll to client ${renderer.scroll.clients.toLocaleString('en')}, frame times`,
      a: `${pair(renderer.scroll.frames)}, max ${ms(renderer.scroll.frames.max)}`,
      b: `${renderer.scroll.frames.samples} frames`,
      result: `end reached in ${(renderer.scroll.totalMs / 1000).toFixed(1)} s`,
      target: '',
      met: null
    }
  )
}

async function processRows(fixture: string): Promise<void> {
  log('Memory and opening, each in a fresh process…')
  const memory = await inChild<{ rssMb: number; startRssMb: number; heapMb: number }>('memory', tempCopy(fixture))
  rows.push({
    measure: 'Main process RSS, large practice open and used',
    a: `${memory.rssMb.toFixed(0)} MB`,
    b: `${(memory.rssMb - memory.startRssMb).toFixed(0)} MB of it for the practice; JS heap ${memory.heapMb.toFixed(0)} MB`,
    result: '',
    target: '< 200 MB',
    met: memory.rssMb < 200
  })
  const open = await inChild<{ openMs: number; firstPageMs: number }>('open', tempCopy(fixture))
  rows.push({
    measure: 'Cold open, nothing pending (open + first page)',
    a: `${ms(open.firstPageMs)} ms`,
    b: `open ${ms(open.openMs)} ms`,
    result: '',
    target: '< 1 s',
    met: open.firstPageMs < 1000
  })
  const pending = await inChild<{ openMs: number }>('open-pending', tempCopy(fixture))
  rows.push({
    measure: 'Cold open, a migration pending (column added)',
    a: `${ms(pending.openMs)} ms`,
    b: '',
    result: '',
    target: '< 1 s',
    met: pending.openMs < 1000
  })
  Object.assign(figures, { memory, open, pending })
  // Undoing later migrations too would need their own reverse steps: this measure is of 010 alone.
  if (latestVersion(MIGRATIONS) !== 10) return
  const before = tempCopy(fixture)
  asBeforeSearch(before)
  const beforeAgain = tempCopy(before)
  const migrationOnly = await inChild<{ openMs: number }>('migrate-only', before)
  const upgrade = await inChild<{ openMs: number }>('upgrade', beforeAgain)
  rows.push({
    measure: 'One-time upgrade to search (migration 010 backfill)',
    a: `${(migrationOnly.openMs / 1000).toFixed(1)} s`,
    b: `with the app's backup first: ${(upgrade.openMs / 1000).toFixed(1)} s`,
    result: '',
    target: '(once per practice)',
    met: null
  })
  figures.upgrade = { migrationOnly, withBackup: upgrade }
}

function printTable(): void {
  const headers = ['Measure', 'A: p50 / p95', 'B: p50 / p95', 'Result', 'Target', '']
  const cells = rows.map((row) => [row.measure, row.a, row.b, row.result, row.target, row.met === null ? '' : row.met ? 'met' : 'MISSED'])
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((cell) => cell[i]!.length)))
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i]!)).join(' │ ')
  console.log(`\n${line(headers)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`)
  for (const cell of cells) console.log(line(cell))
  console.log('\nA is Coachbook as it runs; B is what it is compared with (raw SQL, a LIKE scan) or a detail.')
}

const fixture = await largeFixture(log)
try {
  await mainProcessFigures(fixture)
  await rendererRows(fixture)
  await processRows(fixture)
} finally {
  removeTemporaryFolders()
}
printTable()
const sqliteVersion = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
writeFileSync(
  join(ROOT, 'bench/results.json'),
  `${JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, sqlite: sqliteVersion },
      fixture,
      table: rows,
      figures
    },
    null,
    2
  )}\n`
)
console.log('Written to bench/results.json.')
