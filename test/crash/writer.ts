import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection'
import { diagnosePractice } from '../../electron/main/db/diagnose'
import { silentLogger } from '../../electron/main/logging/logger'
import { openPractice } from '../../electron/main/backup'
import { rekeyPractice, type RekeyStep } from '../../electron/main/backup/rekey'
import { startPracticeRuntime } from '../../electron/main/runtime'
import { developmentKeysAsync, openDevelopmentPractice } from '../../electron/main/testing/developmentKey'
import { repositoryFacts } from '../../electron/main/testing/facts'
import { standInPlatform } from '../../electron/main/testing/platform'
import { KINDS, notesFor, tagsFor, writeOldPractice, type Kind } from './records'

/**
 * The child process of the crash harness: opens the practice the way the app does and
 * works on it through the app's own code, as fast as it can, until the harness kills it
 * with SIGKILL. Every operation is framed by `start <kind>` and `end <kind> …` lines,
 * written before it begins and only after it has finished (stdout to a pipe is
 * synchronous), so the harness knows which operation a kill landed in and which were
 * acknowledged. Kinds: records.ts's KINDS.
 *
 *   node writer.cjs <folder> <run number> <focus kind> <seed> <fixture of version 9> <resources>
 */
const [dir, run, focus, seed, fixture, resources] = process.argv.slice(2) as [string, string, Kind, string, string, string]
const say = (line: string) => process.stdout.write(`${line}\n`)

function seededRandom(start: number): () => number {
  let state = start >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
const random = seededRandom(Number(seed))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

/** Opens the practice as the app does: diagnosis, open (and update), then the runtime, which finishes a pending scrub. */
function open() {
  say('start open')
  const file = join(dir, DATABASE_FILE_NAME)
  const { opening, readOptions } = openDevelopmentPractice(file)
  if (!opening.ok) {
    process.stderr.write(`The practice could not be opened: ${opening.problem.message}\n`)
    process.exit(2)
  }
  const runtime = startPracticeRuntime({
    file,
    database: opening.database,
    platform: standInPlatform(dir),
    log: silentLogger,
    resourcesDir: resources,
    readOptions,
    keeper: developmentKeysAsync,
    checkOutputs: false,
    facts: repositoryFacts(dir)
  })
  say('end open')
  return runtime
}
const { practice, dispatch } = open()

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
  return result.data as T
}

const clients = () => practice.database.sqlite.prepare('SELECT id, name FROM clients ORDER BY id').all() as { id: number; name: string }[]
/** Keeps the practice a few megabytes big, so a kill can land inside each kind of work without the run slowing down. */
const MAX_CLIENTS = 150

/** Versions grow across runs (each run numbers its operations from 0), so a newer rewrite always has the higher version. */
const versionOf = (seq: number) => Number(run) * 1_000_000 + seq

async function write(seq: number): Promise<void> {
  const existing = clients()
  if (existing.length < MAX_CLIENTS && (existing.length === 0 || random() < 0.6)) {
    const key = `r${run}-${seq}`
    say('start write')
    const client = await call<{ id: number }>('clients:create', { name: key, tags: tagsFor(key, 0), notes: notesFor(key, 0) })
    say(`end write create ${client.id} ${key} 0`)
    return
  }
  const { id, name } = pick(existing)
  say('start write')
  const version = versionOf(seq)
  await call('clients:update', { id, name, email: null, phone: null, organisation: null, role: null, timezone: null, tags: tagsFor(name, version), notes: notesFor(name, version) })
  say(`end write update ${id} ${name} ${version}`)
}

function checkpoint(): void {
  const mode = pick(['TRUNCATE', 'TRUNCATE', 'PASSIVE', 'FULL', 'RESTART'] as const)
  say(`start checkpoint ${mode}`)
  practice.database.sqlite.pragma(`wal_checkpoint(${mode})`)
  say(`end checkpoint ${mode}`)
}

async function backUp(): Promise<string> {
  say('start backup')
  const backup = await call<{ id: string }>('backup:now', {})
  say(`end backup ${backup.id}`)
  return backup.id
}

/** Backups made before the practice was given its current key open only with the recovery key: the list's restore leaves them. */
const opensWithCurrentKey = (id: string) => diagnosePractice(join(dir, 'backups', id), { key: practice.database.key ?? undefined }).state === 'healthy'

async function restore(): Promise<void> {
  const { items } = await call<{ items: { id: string }[] }>('backup:list', {})
  const restorable = items.filter(({ id }) => opensWithCurrentKey(id))
  const from = restorable.length > 0 ? pick(restorable).id : await backUp()
  say(`start restore ${from}`)
  const { safetyBackup } = await call<{ safetyBackup: { id: string } }>('backup:restore', { backupId: from })
  say(`end restore ${from} ${safetyBackup.id}`)
}

async function erase(): Promise<void> {
  const existing = clients()
  if (existing.length === 0) return
  const { id, name } = pick(existing)
  say(`start erasure ${id} ${name}`)
  const erased = await call<{ scrubPending: boolean }>('privacy:eraseClient', { clientId: id, confirmName: name })
  say(`end erasure ${id} ${name} ${erased.scrubPending}`)
}

async function migrate(seq: number): Promise<void> {
  const folder = join(dir, 'migrations', `${run}-${seq}`)
  mkdirSync(folder, { recursive: true })
  const old = join(folder, DATABASE_FILE_NAME)
  writeOldPractice(fixture, old)
  say(`start migration ${run}-${seq}`)
  const migrated = openPractice(old)
  if (!migrated.ok) throw new Error(migrated.problem.message)
  await migrated.database.close()
  say(`end migration ${run}-${seq}`)
}

/**
 * The practice given a new key (after a backup): the key is said (a development key, kept
 * in the clear anyway) so the harness can check the backups made with it, and the backup.
 */
async function rekey(): Promise<void> {
  say('start rekey')
  const context = { practice, platform: standInPlatform(dir), log: silentLogger }
  const { backup } = await rekeyPractice(practice.database.door.for('encryption:rekey'), context, {}, afterRekeyStep)
  say(`end rekey ${practice.database.key!.toString('hex')} ${backup.id}`)
}

/**
 * Says each step of a rekey as it is done, then lingers a few milliseconds: the steps
 * after the copy are a rename or two each, and a kill aimed at one needs a window to land in.
 */
function afterRekeyStep(step: RekeyStep): void {
  say(`step rekey ${step}`)
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + random() * 15)
}

/** Mostly the kind the harness is aiming at this run, between a few writes; now and then any other kind. */
async function operation(seq: number): Promise<void> {
  const kind: Kind = seq % 4 === 3 ? (random() < 0.75 ? focus : pick(KINDS)) : 'write'
  if (kind === 'write') return write(seq)
  if (kind === 'checkpoint') return checkpoint()
  if (kind === 'backup') return void (await backUp())
  if (kind === 'restore') return restore()
  if (kind === 'erasure') return erase()
  if (kind === 'rekey') return rekey()
  return migrate(seq)
}

async function main(): Promise<void> {
  for (let seq = 0; ; seq++) await operation(seq)
}

void main()
