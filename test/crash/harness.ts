import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { build } from 'esbuild'
import { listBackupFiles } from '../../electron/main/backup/files'
import { REKEY_STEPS } from '../../electron/main/backup/rekey'
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection'
import { diagnosePractice } from '../../electron/main/db/diagnose'
import { openSqlite } from '../../electron/main/db/engine'
import { MIGRATIONS } from '../../electron/main/db/migrations'
import { latestVersion, schemaVersion } from '../../electron/main/db/migrator'
import { silentLogger } from '../../electron/main/logging/logger'
import { startPracticeRuntime } from '../../electron/main/runtime'
import { developmentKeys, openDevelopmentPractice } from '../../electron/main/testing/developmentKey'
import { practiceKeySync } from '../../electron/main/db/keys'
import { repositoryFacts } from '../../electron/main/testing/facts'
import { standInPlatform } from '../../electron/main/testing/platform'
import { fixturePath } from '../fixtures/build'
import { bestOutcome, copyOf, emptyExpected, withErased, type Expected, type Found } from './model'
import { KINDS, MIGRATION_FROM, needleOf, oldPracticeClients, readClient, type Kind } from './records'

/** Where a kill landed: inside one kind of operation, while the writer opened the practice, or between operations. */
export type Place = Kind | 'open' | 'between'
export const PLACES: readonly Place[] = [...KINDS, 'open', 'between']

export interface PlaceReport {
  /** Kills that landed inside this kind of operation. */
  inside: number
  /** Operations of this kind the writer acknowledged (for 'write': acknowledged writes). */
  acknowledged: number
  /** What the checks after those kills found. */
  lost: number
  halfWritten: number
  refusedButSound: number
  damaged: number
  /** Words of an erased client still in the file or its journal after the app opened it. */
  traces: number
}

export interface CrashReport {
  seed: number
  kills: number
  places: Record<Place, PlaceReport>
  /** Of the kills inside a checkpoint, those inside wal_checkpoint(TRUNCATE), which also ends every erasure. */
  insideTruncate: number
  problems: string[]
}

export interface CrashOptions {
  kills: number
  /** Kills that must land inside each kind of operation. */
  minInside: number
  seed: number
}

const ROOT = resolve(import.meta.dirname, '../..')

/** The writer, bundled once to plain JavaScript so each child starts in milliseconds. */
async function bundleWriter(dir: string): Promise<string> {
  // CommonJS, so the external packages resolve through NODE_PATH from a temp folder.
  const out = join(dir, 'writer.cjs')
  await build({
    entryPoints: [join(ROOT, 'test/crash/writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    // Native, or reading their own files beside their code: loaded from node_modules as they are.
    external: ['better-sqlite3-multiple-ciphers', 'pdfkit'],
    logLevel: 'silent'
  })
  return out
}

/** A seeded generator, so a failing run can be repeated exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

interface Line {
  at: number
  words: string[]
}

/** How long each kind of operation takes here, learnt from the runs so far (median), to aim a kill inside one. */
class Durations {
  readonly #seen = new Map<Kind, number[]>()

  learn(lines: Line[]): void {
    const started = new Map<string, number>()
    for (const { at, words } of lines) {
      const [edge, kind] = words as [string, Kind]
      if (edge === 'start') started.set(kind, at)
      if (edge === 'end' && started.has(kind)) {
        const list = this.#seen.get(kind) ?? []
        list.push(at - started.get(kind)!)
        this.#seen.set(kind, list.slice(-50))
      }
    }
  }

  of(kind: Kind): number {
    const list = [...(this.#seen.get(kind) ?? [])].sort((a, b) => a - b)
    return list.length ? list[Math.floor(list.length / 2)]! : 5
  }
}

interface Aim {
  focus: Kind
  /** A step said inside the operation (a rekey's) to aim after, rather than its start. */
  step?: string
  /** Only operations with this detail (a checkpoint's mode), when given. */
  detail?: string
  /** How many operations of that kind to let finish before aiming at one. */
  skip: number
  delayMs: number
}

/** Runs the writer and kills it inside an operation of the kind aimed at (or, failing that, after a few seconds). */
function runAndKill(script: string, args: string[], aim: Aim): Promise<Line[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') }
    })
    const lines: Line[] = []
    let buffered = ''
    let stderr = ''
    let seen = 0
    const kill = () => child.kill('SIGKILL')
    const fallback = setTimeout(kill, 10_000)
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? ''
      for (const text of parts) {
        const words = text.split(' ')
        lines.push({ at: performance.now(), words })
        const aimedAt = aim.step
          ? words[0] === 'step' && words[1] === aim.focus && words[2] === aim.step
          : words[0] === 'start' && words[1] === aim.focus && (aim.detail === undefined || words[2] === aim.detail)
        if (aimedAt && seen++ === aim.skip) {
          if (aim.delayMs < 1) kill()
          else setTimeout(kill, aim.delayMs)
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (_code, signal) => {
      clearTimeout(fallback)
      if (signal !== 'SIGKILL') fail(new Error(`The writer stopped by itself: ${stderr}`))
      else done(lines)
    })
  })
}

/** The practices whose update the writer began in this run. */
function migrationsStarted(lines: Line[]): Set<string> {
  return new Set(lines.filter(({ words }) => words[0] === 'start' && words[1] === 'migration').map(({ words }) => words[2]!))
}

/** The operation a kill interrupted: the last one started and not ended. */
function inFlight(lines: Line[]): string[] | null {
  const last = lines.findLast(({ words }) => words[0] !== 'step')
  return last && last.words[0] === 'start' ? last.words.slice(1) : null
}

interface Books {
  expected: Expected
  /** What each backup holds, by its file name. */
  backups: Map<string, Expected>
  /** Every key the practice has had: a backup keeps the key it was made with. */
  keys: Buffer[]
}

/**
 * Follows the writer's acknowledgements: what the practice must now hold, and what each
 * backup holds. Returns the outcomes the kill allows: one, or two when the operation it
 * interrupted may or may not have committed (an erasure, a restore).
 */
function account(lines: Line[], books: Books, report: Record<Place, PlaceReport>): Expected[] {
  const heldBy = (backup: string) => {
    const held = books.backups.get(backup)
    if (!held) throw new Error(`The writer restored ${backup}, which the harness has no account of.`)
    return copyOf(held)
  }
  let beforeOperation = books.expected
  for (const { words } of lines) {
    const [edge, kind, ...rest] = words as [string, Place, ...string[]]
    if (edge === 'start') beforeOperation = copyOf(books.expected)
    if (edge !== 'end') continue
    report[kind].acknowledged += kind === 'open' ? 0 : 1
    if (kind === 'write') books.expected.clients.set(Number(rest[1]), { key: rest[2]!, version: Number(rest[3]) })
    if (kind === 'backup') books.backups.set(rest[0]!, copyOf(books.expected))
    if (kind === 'erasure') books.expected = withErased(books.expected, Number(rest[0]), rest[1]!)
    if (kind === 'rekey') {
      books.keys.push(Buffer.from(rest[0]!, 'hex'))
      books.backups.set(rest[1]!, copyOf(books.expected))
    }
    if (kind === 'restore') {
      books.backups.set(rest[1]!, beforeOperation)
      books.expected = heldBy(rest[0]!)
    }
  }
  const interrupted = inFlight(lines)
  if (interrupted?.[0] === 'erasure') return [books.expected, withErased(books.expected, Number(interrupted[1]), interrupted[2]!)]
  if (interrupted?.[0] === 'restore') return [books.expected, heldBy(interrupted[1]!)]
  return [books.expected]
}

/** The file and its journals, copied aside before the app opens them: to tell, if it refuses them, whether SQLite itself would. */
function copyAside(file: string, aside: string): string {
  rmSync(aside, { recursive: true, force: true })
  mkdirSync(aside, { recursive: true })
  const copy = join(aside, DATABASE_FILE_NAME)
  for (const suffix of ['', '-wal', '-journal']) if (existsSync(file + suffix)) copyFileSync(file + suffix, copy + suffix)
  return copy
}

/** With the practice's key, or without (a practice being updated from before encryption). */
function soundToSqlite(file: string, key: Buffer | undefined): boolean {
  return [key, undefined].some((tried) => {
    try {
      const sqlite = openSqlite(file, {}, { key: tried })
      try {
        return sqlite.pragma('integrity_check', { simple: true }) === 'ok'
      } finally {
        sqlite.close()
      }
    } catch {
      return false
    }
  })
}

interface Check {
  lost: string[]
  halfWritten: string[]
  refusedButSound: string[]
  damaged: string[]
  traces: string[]
}

const noFindings = (): Check => ({ lost: [], halfWritten: [], refusedButSound: [], damaged: [], traces: [] })

/** A refusal by the app's open path: of a file SQLite reads whole (the defect this guards), or of one really damaged. */
function refusal(check: Check, what: string, aside: string, message: string, key: Buffer | undefined): void {
  if (soundToSqlite(aside, key)) check.refusedButSound.push(`${what} was refused although SQLite reads it whole: ${message}`)
  else check.damaged.push(`${what} is damaged: ${message}`)
}

function clientsIn(sqlite: Database.Database): Map<number, Found> {
  const tags = new Map<number, string[]>()
  for (const row of sqlite.prepare('SELECT client_id AS id, tag FROM client_tags').all() as { id: number; tag: string }[]) {
    tags.set(row.id, [...(tags.get(row.id) ?? []), row.tag])
  }
  const found = new Map<number, Found>()
  for (const row of sqlite.prepare('SELECT id, name, notes FROM clients').all() as { id: number; name: string; notes: string }[]) {
    found.set(row.id, { key: row.name, ...readClient(row.name, row.notes, tags.get(row.id) ?? []) })
  }
  return found
}

/** Words of erased clients still in the file or its journal. */
function tracesOf(file: string, erased: Map<number, string>): string[] {
  const bytes = ['', '-wal'].filter((suffix) => existsSync(file + suffix)).map((suffix) => readFileSync(file + suffix))
  return [...erased.values()].filter((key) => bytes.some((content) => content.includes(needleOf(key)))).map((key) => `the words of erased client ${key} are still on disk`)
}

/** What a rekey writes beside the practice while it runs (a journal, the copy, the next key file): none of it may outlast the next open. */
function rekeyLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.includes('rekey') || name.endsWith('.next'))
}

/**
 * Opens the practice the way the app does (diagnosis, open, the runtime finishing any
 * pending scrub) and checks it against the outcomes the kill allows.
 */
async function checkPractice(dir: string, outcomes: Expected[], books: Books): Promise<Check> {
  const check = noFindings()
  const file = join(dir, DATABASE_FILE_NAME)
  const aside = copyAside(file, join(dir, '..', 'aside', 'practice'))
  const { opening, readOptions } = openDevelopmentPractice(file)
  if (!opening.ok) {
    refusal(check, 'the practice', aside, opening.problem.message, readOptions.key)
    return check
  }
  const { practice } = startPracticeRuntime({
    file,
    database: opening.database,
    platform: standInPlatform(dir),
    log: silentLogger,
    resourcesDir: join(ROOT, 'resources'),
    readOptions,
    checkOutputs: false,
    facts: repositoryFacts(dir)
  })
  try {
    // SQLite's whole check, search index included: a kill must not leave anything inconsistent.
    const integrity = practice.database.sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') check.damaged.push(`the practice opened, but its full check says: ${String(integrity)}`)
    check.damaged.push(...rekeyLeftovers(dir).map((name) => `a rekey left ${name} beside the practice after it opened`))
    const found = clientsIn(practice.database.sqlite)
    const { comparison, next } = bestOutcome(outcomes, found)
    check.lost.push(...comparison.lost)
    check.halfWritten.push(...comparison.halfWritten)
    check.traces.push(...tracesOf(file, next.erased))
    books.expected = next
  } finally {
    await practice.close()
  }
  return check
}

/** Every backup in the folder is whole (a kill never leaves a half-written one under a backup's name), and accounted for. */
function checkBackups(dir: string, books: Books, outcomes: Expected[], checked: Set<string>): Check {
  const check = noFindings()
  // Read as the app reads it at start-up: a rekey the kill stopped is finished here.
  const current = practiceKeySync(join(dir, DATABASE_FILE_NAME), developmentKeys)
  if (!books.keys.some((key) => key.equals(current))) books.keys.push(current)
  for (const backup of listBackupFiles(join(dir, 'backups'))) {
    if (checked.has(backup.id)) continue
    // Newest first: a backup not yet checked was most likely made with a recent key.
    const whole = books.keys.toReversed().some((key) => diagnosePractice(join(dir, 'backups', backup.id), { check: 'full', key }).state === 'healthy')
    if (!whole) check.halfWritten.push(`backup ${backup.id} is listed but not whole`)
    // Made by the operation the kill interrupted, which did not live to announce it: it holds the practice as it was then.
    if (!books.backups.has(backup.id)) books.backups.set(backup.id, copyOf(outcomes[0]!))
    checked.add(backup.id)
  }
  return check
}

/**
 * Each practice the writer began updating opens through the app's path, at the current
 * version, with all its clients. One the kill caught while the writer was still making
 * it (before the update began) is only removed: making it is not the app's work.
 */
function checkMigrations(dir: string, expectedClients: string[], started: Set<string>): Check {
  const check = noFindings()
  const folder = join(dir, 'migrations')
  if (!existsSync(folder)) return check
  for (const name of readdirSync(folder)) {
    const file = join(folder, name, DATABASE_FILE_NAME)
    if (!started.has(name)) {
      rmSync(join(folder, name), { recursive: true, force: true })
      continue
    }
    const aside = copyAside(file, join(dir, '..', 'aside', name))
    const { opening, readOptions } = openDevelopmentPractice(file)
    if (!opening.ok) {
      refusal(check, `the practice being updated (${name})`, aside, opening.problem.message, readOptions.key)
      continue
    }
    const { sqlite } = opening.database
    const names = (sqlite.prepare('SELECT name FROM clients').pluck().all() as string[]).sort()
    if (schemaVersion(sqlite) !== latestVersion(MIGRATIONS)) check.halfWritten.push(`the updated practice ${name} is at version ${schemaVersion(sqlite)}`)
    if (JSON.stringify(names) !== JSON.stringify(expectedClients)) check.lost.push(`the updated practice ${name} lost clients`)
    sqlite.close()
    rmSync(join(folder, name), { recursive: true, force: true })
  }
  return check
}

function emptyPlaces(): Record<Place, PlaceReport> {
  return Object.fromEntries(
    PLACES.map((place) => [place, { inside: 0, acknowledged: 0, lost: 0, halfWritten: 0, refusedButSound: 0, damaged: 0, traces: 0 }])
  ) as Record<Place, PlaceReport>
}

/** The kind furthest from its minimum of kills inside; once all have it, each in turn. */
function nextFocus(report: Record<Place, PlaceReport>, kill: number, minInside: number): Kind {
  const behind = KINDS.filter((kind) => report[kind].inside < minInside)
  if (behind.length === 0) return KINDS[kill % KINDS.length]!
  return behind.reduce((a, b) => (report[b].inside < report[a].inside ? b : a))
}

/**
 * Kills a writer `kills` times on one practice, aiming each kill inside an operation of
 * the kind furthest behind, and checks everything through the app's own open path after
 * every kill. Stops at the first finding.
 */
export async function crashTest({ kills, minInside, seed }: CrashOptions): Promise<CrashReport> {
  const top = mkdtempSync(join(tmpdir(), 'coachbook-crash-'))
  const dir = join(top, 'practice')
  mkdirSync(dir)
  const random = seededRandom(seed)
  const report: CrashReport = { seed, kills: 0, places: emptyPlaces(), insideTruncate: 0, problems: [] }
  const books: Books = { expected: emptyExpected(), backups: new Map(), keys: [] }
  const durations = new Durations()
  const checkedBackups = new Set<string>()
  const fixture = fixturePath(MIGRATION_FROM)
  const migratedClients = oldPracticeClients(fixture)
  try {
    const script = await bundleWriter(top)
    for (let kill = 0; kill < kills; kill++) {
      const focus = nextFocus(report.places, kill, minInside)
      // Every other checkpoint aimed at is a TRUNCATE one.
      const detail = focus === 'checkpoint' && report.places.checkpoint.inside % 2 === 0 ? 'TRUNCATE' : undefined
      // Two rekeys in three aimed at are killed just after one of their steps (within the writer's pause after it), the quick ones after the swap included.
      const step = focus === 'rekey' && report.places.rekey.inside % 3 !== 0 ? REKEY_STEPS[Math.floor(random() * REKEY_STEPS.length)] : undefined
      const delayMs = step ? random() * 4 : random() * durations.of(focus) * 0.9
      const aim = { focus, detail, step, skip: step ? 0 : Math.floor(random() * 3), delayMs }
      const args = [dir, String(kill), focus, String(Math.floor(random() * 2 ** 31)), fixture, join(ROOT, 'resources')]
      const lines = await runAndKill(script, args, aim)
      durations.learn(lines)
      report.kills++
      const interrupted = inFlight(lines)
      const place: Place = (interrupted?.[0] as Place | undefined) ?? 'between'
      report.places[place].inside++
      if (place === 'checkpoint' && interrupted?.[1] === 'TRUNCATE') report.insideTruncate++
      const outcomes = account(lines, books, report.places)
      const findings = [
        checkBackups(dir, books, outcomes, checkedBackups),
        await checkPractice(dir, outcomes, books),
        checkMigrations(dir, migratedClients, migrationsStarted(lines))
      ]
      const row = report.places[place]
      for (const found of findings) {
        row.lost += found.lost.length
        row.halfWritten += found.halfWritten.length
        row.refusedButSound += found.refusedButSound.length
        row.damaged += found.damaged.length
        row.traces += found.traces.length
        const problems = [...found.lost, ...found.halfWritten, ...found.refusedButSound, ...found.damaged, ...found.traces]
        report.problems.push(...problems.slice(0, 5).map((problem) => `after kill ${kill} (inside ${place}): ${problem}`))
      }
      if (report.problems.length > 0) break
    }
    return report
  } finally {
    rmSync(top, { recursive: true, force: true })
  }
}

/** Whether the run proves what it must: every kill made, the minimum inside each kind (TRUNCATE checkpoints too), and nothing found. */
export function passed(report: CrashReport, options: CrashOptions): boolean {
  return (
    report.problems.length === 0 &&
    report.kills === options.kills &&
    KINDS.every((kind) => report.places[kind].inside >= options.minInside) &&
    report.insideTruncate >= 1
  )
}

/** The per-kind table the run prints. */
export function reportTable(report: CrashReport): string {
  const header = ['killed inside', 'kills inside', 'acknowledged', 'lost', 'half-written', 'refused-but-sound', 'damaged', 'erased words left']
  const rows = PLACES.map((place) => {
    const row = report.places[place]
    return [place, row.inside, row.acknowledged, row.lost, row.halfWritten, row.refusedButSound, row.damaged, row.traces].map(String)
  })
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [format(header), ...rows.map(format), `(${report.insideTruncate} of the kills inside a checkpoint were inside wal_checkpoint(TRUNCATE))`].join('\n')
}
