import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { build } from 'esbuild'
import Database from 'better-sqlite3'
import { TAGS_PER_CLIENT } from './records'

export interface CrashReport {
  kills: number
  acknowledgedWrites: number
  lostWrites: number
  tornRecords: number
  integrityFailures: number
  problems: string[]
}

const ROOT = resolve(import.meta.dirname, '../..')

/** The writer, bundled once to plain JavaScript so each child starts in milliseconds. */
async function bundleWriter(dir: string): Promise<string> {
  // CommonJS, so the external better-sqlite3 resolves through NODE_PATH from a temp folder.
  const out = join(dir, 'writer.cjs')
  await build({
    entryPoints: [join(ROOT, 'test/crash/writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    external: ['better-sqlite3'],
    logLevel: 'silent'
  })
  return out
}

interface Ack {
  kind: 'create' | 'update'
  id: number
  seq: number
}

/** Runs the writer until it has acknowledged a few writes, then kills it mid-stream. */
function runAndKill(script: string, file: string, run: string, random: () => number): Promise<Ack[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, file, run], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') }
    })
    const acks: Ack[] = []
    let buffered = ''
    let stderr = ''
    let scheduled = false
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const [, kind, id, seq] = line.split(' ')
        acks.push({ kind: kind as Ack['kind'], id: Number(id), seq: Number(seq) })
      }
      if (!scheduled && acks.length > 0) {
        scheduled = true
        setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`The writer stopped by itself: ${stderr}`))
      else done(acks)
    })
  })
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** A seeded generator, so a failing run can be repeated exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Verifies the database after a kill; returns what is wrong, if anything. */
function verify(file: string, acks: Ack[], latestVersion: Map<number, number>): { lost: number; torn: number; integrity: boolean; problems: string[] } {
  const sqlite = new Database(file)
  const problems: string[] = []
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true }) === 'ok'
    if (!integrity) problems.push('integrity_check failed')
    const clients = sqlite.prepare('SELECT id, notes FROM clients').all() as { id: number; notes: string }[]
    const present = new Map(clients.map((client) => [client.id, client.notes]))
    const tagCounts = new Map(
      (sqlite.prepare('SELECT client_id AS id, count(*) AS n FROM client_tags GROUP BY client_id').all() as { id: number; n: number }[]).map(
        (row) => [row.id, row.n]
      )
    )
    let lost = 0
    let torn = 0
    for (const ack of acks) {
      if (!present.has(ack.id)) {
        lost++
        problems.push(`acknowledged ${ack.kind} of client ${ack.id} is missing`)
      }
    }
    for (const [id, notes] of present) {
      const [body, checksum] = notes.split('#') as [string, string | undefined]
      if (checksum !== sha256(body) || tagCounts.get(id) !== TAGS_PER_CLIENT) {
        torn++
        problems.push(`client ${id} is half-written`)
      }
      // An acknowledged rewrite must not be replaced by an older version.
      const version = Number(body.split(':')[2])
      const acknowledged = latestVersion.get(id)
      if (acknowledged !== undefined && version < acknowledged) {
        lost++
        problems.push(`client ${id} lost its acknowledged rewrite ${acknowledged}`)
      }
    }
    return { lost, torn, integrity, problems }
  } finally {
    sqlite.close()
  }
}

/** Kills a writer `kills` times on one database file and checks it after every kill. */
export async function crashTest(kills: number, seed = Date.now()): Promise<CrashReport> {
  const dir = mkdtempSync(join(tmpdir(), 'coachbook-crash-'))
  const file = join(dir, 'coachbook.sqlite')
  const random = seededRandom(seed)
  const report: CrashReport = { kills: 0, acknowledgedWrites: 0, lostWrites: 0, tornRecords: 0, integrityFailures: 0, problems: [] }
  const latestVersion = new Map<number, number>()
  const acknowledged: Ack[] = []
  try {
    const script = await bundleWriter(dir)
    for (let kill = 0; kill < kills; kill++) {
      const acks = await runAndKill(script, file, `run${kill}`, random)
      report.kills++
      report.acknowledgedWrites += acks.length
      for (const ack of acks) {
        acknowledged.push(ack)
        latestVersion.set(ack.id, ack.kind === 'create' ? 0 : ack.seq)
      }
      const result = verify(file, acknowledged, latestVersion)
      report.lostWrites += result.lost
      report.tornRecords += result.torn
      if (!result.integrity) report.integrityFailures++
      report.problems.push(...result.problems.slice(0, 5))
      if (result.problems.length > 0) break
    }
    return report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
