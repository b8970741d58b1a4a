import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import Database from 'better-sqlite3-multiple-ciphers'
import { build } from 'esbuild'
import { TYPING_PAUSE_MS } from '../electron/shared/search'
import {
  asBeforeChangeLog,
  asBeforeIndexInStep,
  asBeforeNewestFirst,
  asBeforeSearch,
  copyOf,
  largeFixture,
  removeTemporaryFolders,
  ROOT,
  settleDisk,
  temporaryFolder
} from './fixture'
import { logSize, writeCost } from './changes'
import { encryptionFigures } from './encryption'
import { growthFigures } from './growth'
import { handlerComparisons, TODAY_SCREEN } from './handlers'
import { ms, type Timing } from './measure'
import { summaryPdf } from './pdf'
import { openForBench, type OpenPractice } from './practice'
import { rendererFigures } from './renderer'
import { checkAgainstReference, ftsAgainstLike, type ReferenceCheck } from './search'

/**
 * `npm run bench`: how Coachbook holds up with a large practice (1,000 clients, 3,000
 * engagements, 40,000 sessions, 100,000 actions). Every comparison is measured side by
 * side in the same run. Prints one table and writes bench/results.json.
 *
 * `npm run bench -- --scale N`: how much slower each screen's data comes from a practice
 * N times larger (a team's), measured on both side by side (bench/growth.ts), and the
 * search's results against the reference query at both sizes. Writes bench/results-xN.json.
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

/** A row of A against B, met when A's p95 is at most `limit` times B's. */
function ratioRow(measure: string, a: Timing, b: Timing, limit: number): Row {
  const ratio = a.p95 / b.p95
  return { measure, a: pair(a), b: pair(b), result: `${times(a.p50 / b.p50)} p50, ${times(ratio)} p95`, target: `p95 ≤ ${limit}×`, met: ratio <= limit }
}

function tempCopy(fixture: string): string {
  return copyOf(fixture, temporaryFolder('practice'))
}

/**
 * Runs one measure in a fresh process, once the disk has caught up with the bench's own
 * copies of the fixture (hundreds of MB each): a coach's computer is not busy writing
 * them when Coachbook opens, and a copy made then would be slowed down by them.
 */
async function inChild<T>(measure: string, file: string): Promise<T> {
  const script = await childScript()
  await settleDisk()
  const { stdout } = await promisify(execFile)(process.execPath, [script, measure, file], { cwd: ROOT, maxBuffer: 16 * 2 ** 20 })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T
}

let bundledChild: Promise<string> | null = null

/**
 * bench/child.ts and the app's code it runs, bundled into one file for plain Node, as
 * the app's main process is bundled: run through the TypeScript loader instead, the
 * process would also hold the loader's own thread and memory (about 60 MB of RSS).
 * Packages stay outside the bundle and load from node_modules, as in the app.
 */
function childScript(): Promise<string> {
  bundledChild ??= (async () => {
    // Inside the project, so the packages left out of the bundle are found in its node_modules.
    const outfile = join(ROOT, 'node_modules/.cache/coachbook/bench-child/child.mjs')
    await build({ entryPoints: [join(ROOT, 'bench/child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outfile, logLevel: 'error' })
    return outfile
  })()
  return bundledChild
}

async function mainProcessFigures(fixture: string): Promise<void> {
  const practice = openForBench(tempCopy(fixture))
  try {
    log('Handlers against raw queries…')
    for (const comparison of await handlerComparisons(practice)) {
      rows.push(ratioRow(`IPC handler vs raw query: ${comparison.name}`, comparison.handler, comparison.raw, 2))
      figures[`handler: ${comparison.name}`] = comparison
      if (comparison.name === TODAY_SCREEN) {
        rows.push({
          measure: `Whole screen data: ${TODAY_SCREEN}, through the dispatcher`,
          a: pair(comparison.handler),
          b: '',
          result: `${ms(comparison.handler.p95)} ms p95`,
          target: '< 16 ms p95',
          met: comparison.handler.p95 < 16
        })
      }
    }
    log('Full-text search against a LIKE scan…')
    const search = await ftsAgainstLike(practice)
    const speedup = { p50: search.like.p50 / search.find.p50, p95: search.like.p95 / search.find.p95 }
    rows.push(
      {
        measure: 'Search: FTS5 finding the matches in their order vs LIKE scan finding them, same text',
        a: pair(search.find),
        b: pair(search.like),
        result: `${times(speedup.p50)} faster p50, ${times(speedup.p95)} p95`,
        target: '≥ 50× p50 and p95',
        met: speedup.p50 >= 50 && speedup.p95 >= 50
      },
      {
        measure: 'Search: the handler\'s whole SQL (finding, highlights, records shown) vs LIKE scan',
        a: pair(search.whole),
        b: pair(search.like),
        result: `${times(search.like.p50 / search.whole.p50)} faster p50, ${ms(search.whole.p95)} ms p95`,
        target: 'p95 < 10 ms',
        met: search.whole.p95 < 10
      }
    )
    figures.search = search
    log('Search results against the reference query…')
    const check = await checkAgainstReference(practice)
    rows.push(referenceRow([[1, check]]))
    figures.referenceCheck = check
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

async function encryptionRows(fixture: string): Promise<void> {
  log('The encrypted practice against the same practice unencrypted…')
  const { migrationMs, comparisons } = await encryptionFigures(tempCopy(fixture))
  for (const comparison of comparisons) {
    rows.push(ratioRow(`Encrypted vs unencrypted: ${comparison.name}`, comparison.encrypted, comparison.plain, 1.3))
    figures[`encrypted: ${comparison.name}`] = comparison
  }
  rows.push({
    measure: 'Encrypting the large practice once (encrypted copy written and checked)',
    a: '',
    b: '',
    result: `${(migrationMs / 1000).toFixed(1)} s`,
    target: 'once per practice',
    met: null
  })
  figures.encryptionMs = migrationMs
}

/** A write's cost with the change log and without, side by side; the log's size. */
async function changeLogRows(fixture: string): Promise<void> {
  const logging = openForBench(tempCopy(fixture))
  const unlogged = openForBench(tempCopy(fixture))
  try {
    log('Writes with the change log and without…')
    const cost = await writeCost(logging, unlogged)
    const ratio = cost.logged.p95 / cost.unlogged.p95
    const size = logSize(logging)
    rows.push(
      {
        measure: 'A write (client notes edited, an action ticked off), with the change log and Undo vs without',
        a: pair(cost.logged),
        b: pair(cost.unlogged),
        result: `${times(cost.logged.p50 / cost.unlogged.p50)} p50, ${times(ratio)} p95`,
        target: 'p95 ≤ 1.5×',
        met: ratio <= 1.5
      },
      {
        measure: 'The change log of the large practice (every record written through the app)',
        a: `${size.entries.toLocaleString('en')} entries, ${size.logMb.toFixed(0)} MB`,
        b: `${size.records.toLocaleString('en')} records; uid indexes ${size.uidIndexesMb.toFixed(0)} MB; file ${size.fileMb.toFixed(0)} MB`,
        result: '',
        target: '',
        met: null
      }
    )
    Object.assign(figures, { writeCost: cost, logSize: size })
  } finally {
    await logging.close()
    await unlogged.close()
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
      measure: `Renderer: search palette, last keystroke → results painted (${TYPING_PAUSE_MS} ms pause included)`,
      a: pair(renderer.search),
      b: `${renderer.search.samples} searches${renderer.search.retried > 0 ? `, ${renderer.search.retried} typed again (slower than the pause)` : ''}`,
      result: `${ms(renderer.search.p95)} ms p95`,
      target: '< 150 ms',
      met: renderer.search.p95 < 150
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

/** RSS after a coach's morning of use, in a fresh process. */
async function memoryRows(fixture: string): Promise<void> {
  log('Memory, in a fresh process…')
  const memory = await inChild<{ rssMb: number; startRssMb: number; heapMb: number }>('memory', tempCopy(fixture))
  rows.push({
    measure: 'Main process RSS, large practice open and used',
    a: `${memory.rssMb.toFixed(0)} MB`,
    b: `${(memory.rssMb - memory.startRssMb).toFixed(0)} MB of it for the practice; JS heap ${memory.heapMb.toFixed(0)} MB`,
    result: '',
    target: '< 200 MB',
    met: memory.rssMb < 200
  })
  figures.memory = memory
}

/** Opening, each in a fresh process as the app's main process is. */
async function openingRows(fixture: string): Promise<void> {
  log('Opening, each in a fresh process…')
  const practice = tempCopy(fixture)
  const pending = await inChild<{ openMs: number; checkMs: number; backupMs: number }>('open-pending', tempCopy(fixture))
  const open = await inChild<{ openMs: number; firstPageMs: number }>('open', practice)
  rows.push(
    {
      measure: 'Cold open, nothing pending (open + first page)',
      a: `${ms(open.firstPageMs)} ms`,
      b: `open ${ms(open.openMs)} ms`,
      result: '',
      target: '< 1 s',
      met: open.firstPageMs < 1000
    },
    {
      measure: 'Cold open, a migration pending (column added)',
      a: `${ms(pending.openMs)} ms`,
      b: `check ${ms(pending.checkMs)} ms, verified backup ${ms(pending.backupMs)} ms`,
      result: '',
      target: '< 1 s',
      met: pending.openMs < 1000
    }
  )
  Object.assign(figures, { open, pending })
  const upgrades = [
    { measure: 'One-time upgrade to search (migrations 010 and 011: backfill)', back: asBeforeSearch, key: 'upgrade' },
    { measure: 'One-time search index rebuild (migration 011)', back: asBeforeIndexInStep, key: 'indexRebuild' },
    { measure: 'One-time search index ordered by day (migration 014)', back: asBeforeNewestFirst, key: 'indexOrdered' },
    { measure: 'One-time global ids and change log (migration 015)', back: asBeforeChangeLog, key: 'changeLog' }
  ]
  for (const { measure, back, key } of upgrades) {
    const before = tempCopy(fixture)
    back(before)
    const beforeAgain = tempCopy(before)
    const migrationOnly = await inChild<{ openMs: number }>('migrate-only', before)
    const withBackup = await inChild<{ openMs: number }>('upgrade', beforeAgain)
    rows.push({
      measure,
      a: `${(migrationOnly.openMs / 1000).toFixed(1)} s`,
      b: `with the app's backup first: ${(withBackup.openMs / 1000).toFixed(1)} s`,
      result: '',
      target: '(once per practice)',
      met: null
    })
    figures[key] = { migrationOnly, withBackup }
  }
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

/** Whether each size's search pages were the reference query's. */
function referenceRow(checks: [scale: number, check: ReferenceCheck][]): Row {
  const differences = checks.flatMap(([scale, check]) => check.differences.map((difference) => `${scale}×: ${difference}`))
  for (const difference of differences.slice(0, 10)) log(`  different from the reference: ${difference}`)
  const [first, second] = checks.map(([scale, check]) => `${scale}×: ${check.searches} searches, ${check.pages} pages`)
  return {
    measure: 'Search results against the reference query (every match sorted in full, no early stop)',
    a: first ?? '',
    b: second ?? '',
    result: differences.length === 0 ? 'identical' : `${differences.length} differ`,
    target: 'identical',
    met: differences.length === 0
  }
}

/** The growth rows: each screen's data on the large practice and on one `scale` times larger, side by side. */
async function growthRows(scale: number): Promise<void> {
  const fixtures = { one: await largeFixture(log, 1), scaled: await largeFixture(log, scale) }
  const practices: OpenPractice[] = []
  try {
    log(`Opening copies of the large practice and of the ×${scale} one…`)
    const one = openForBench(tempCopy(fixtures.one))
    practices.push(one)
    const scaled = openForBench(tempCopy(fixtures.scaled))
    practices.push(scaled)
    log('Each screen on both, in turn…')
    const growth = await growthFigures(one, scaled)
    for (const figure of growth) {
      const ratio = { p50: figure.scaled.p50 / figure.one.p50, p95: figure.scaled.p95 / figure.one.p95 }
      rows.push({
        measure: `×${scale} practice against the large one: ${figure.name}`,
        a: `1×: ${pair(figure.one)}`,
        b: `${scale}×: ${pair(figure.scaled)}`,
        result: `${times(ratio.p50)} p50, ${times(ratio.p95)} p95`,
        target: '≤ 1.5× p50 and p95',
        met: ratio.p50 <= 1.5 && ratio.p95 <= 1.5
      })
    }
    figures.growth = growth
    log('Search results against the reference query, at both sizes…')
    const checks: [number, ReferenceCheck][] = [
      [1, await checkAgainstReference(one)],
      [scale, await checkAgainstReference(scaled)]
    ]
    rows.push(referenceRow(checks))
    figures.referenceCheck = Object.fromEntries(checks.map(([size, check]) => [`${size}x`, check]))
  } finally {
    for (const practice of practices) await practice.close()
  }
}

function scaleAsked(): number | null {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } })
  if (values.scale === undefined) return null
  const scale = Number(values.scale)
  if (!Number.isInteger(scale) || scale < 2) {
    console.error('Usage: npm run bench [-- --scale N], N a whole number of 2 or more (4: a team\'s practice).')
    process.exit(2)
  }
  return scale
}

/**
 * Opening is measured first: each measure copies the 200 MB fixture, and a virtual
 * machine's disk slows down after a few such copies in a row, which would fall on the
 * copy an upgrade makes first. The table keeps one order whatever the order of measuring.
 */
const scale = scaleAsked()
const rowsOf = new Map<string, Row[]>()
const order = scale === null ? ['main', 'encryption', 'changes', 'renderer', 'memory', 'opening'] : ['growth']
try {
  if (scale !== null) {
    await growthRows(scale)
    rowsOf.set('growth', rows.splice(0))
  } else {
    const fixture = await largeFixture(log)
    figures.fixture = fixture
    const sections: [string, (fixture: string) => Promise<void>][] = [
      ['opening', openingRows],
      ['main', mainProcessFigures],
      ['encryption', encryptionRows],
      ['changes', changeLogRows],
      ['renderer', rendererRows],
      ['memory', memoryRows]
    ]
    for (const [name, measure] of sections) {
      const before = rows.length
      await measure(fixture)
      rowsOf.set(name, rows.splice(before))
    }
  }
} finally {
  removeTemporaryFolders()
}
rows.push(...order.flatMap((name) => rowsOf.get(name) ?? []))
printTable()
const sqliteVersion = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
const resultsFile = join(ROOT, scale === null ? 'bench/results.json' : `bench/results-x${scale}.json`)
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, sqlite: sqliteVersion },
      scale: scale ?? 1,
      table: rows,
      figures
    },
    null,
    2
  )}\n`
)
console.log(`Written to ${resultsFile.slice(ROOT.length + 1)}.`)
