import fc from 'fast-check'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, contract, type Channel } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { silentLogger, type Logger } from '../logging/logger'
import { clientWithEngagement } from '../testing/calls'
import { userTables } from '../testing/clientRows'
import { fuzzInputs, nearMissVariants, plausibleInput } from '../testing/fuzzInputs'
import { practiceInFolder } from '../testing/practice'
import { richClient } from '../testing/richClient'

/**
 * Every contract channel, fed thousands of arbitrary, hostile and near-valid inputs
 * through the real dispatcher on a real practice file. Each answer must be data that
 * fits the contract or a refusal a coach can read; nothing may throw, leak a stack
 * trace, or leave the file damaged or half-written. FUZZ_RUNS sets the inputs per
 * channel (`npm run test:fuzz` runs many more); FUZZ_SEED replays a run.
 */
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 100)
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)

const REFUSAL_CODES = new Set(['invalid_input', 'not_found', 'conflict', 'forbidden'])
/** What a stack trace, a raw engine error, a stringified object or zod's own wording looks like. */
const TECHNICAL = /\n\s+at |\bat \S+ \(|\w+Error\b|SQLITE_|\bZod|\[object |\bundefined\b|\bNaN\b|^(Invalid|Too big|Too small)\b|expected \w+, received/
const MAX_MESSAGE = 600

interface Failure {
  channel: Channel
  problem: string
  input: string
}

/** A short, safe description of an input for the report (inputs may be 10 MB or 5,000 levels deep). */
function describeInput(input: unknown): string {
  try {
    const json = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === 'bigint' ? `${value}n` : typeof value === 'string' && value.length > 80 ? `${value.slice(0, 40)}…(${value.length})` : value
    )
    return (json ?? String(input)).slice(0, 300)
  } catch {
    return Object.prototype.toString.call(input)
  }
}

/** What is wrong with an answer, or null when it is one the renderer can handle. */
function problemWith(channel: Channel, result: Result<unknown> | undefined): string | null {
  if (!result || typeof result !== 'object') return 'the answer is not a result'
  if (result.ok === true) {
    const check = contract[channel].output.safeParse(result.data)
    return check.success ? null : `the data does not fit the contract at ${check.error.issues[0]?.path.join('.')}`
  }
  if (result.ok !== false) return 'the answer is neither data nor a refusal'
  const { code, message, field } = result.error
  if (code === 'internal') return 'an unexpected failure (internal)'
  if (!REFUSAL_CODES.has(code)) return `an unknown code: ${code}`
  if (typeof message !== 'string' || message.length < 10) return 'no message a person can read'
  if (message.length > MAX_MESSAGE) return `a message of ${message.length} characters`
  // What a message quotes is what was typed ("There is already a kind called "NaN"."), not the app's own words.
  if (TECHNICAL.test(message.replace(/"[^"]*"|“[^”]*”/g, '""'))) return `a technical message: ${message.slice(0, 200)}`
  if (field !== undefined && (typeof field !== 'string' || field.length > 200)) return 'a field that is not a short path'
  return null
}

/** Failures the dispatcher did not expect, as the app would log them. */
const unexpected: { channel: string; error: unknown }[] = []
const recordingLog: Logger = {
  ...silentLogger,
  error: (_event, error, fields) => void unexpected.push({ channel: String(fields?.channel ?? ''), error })
}
let disk: ReturnType<typeof practiceInFolder>
const figures = {
  calls: 0,
  validatorChecks: 0,
  accepted: 0,
  refused: new Map<string, number>(),
  failures: [] as Failure[],
  reached: new Set<Channel>()
}

function sqlite() {
  return disk.practice.database.sqlite
}

/** The table a `…Id` field points to: `goalId` → goals, `sponsorContactId` → organisation_contacts. */
const TABLES_BY_FIELD: Record<string, string> = {
  clientId: 'clients',
  engagementId: 'engagements',
  kindId: 'engagement_kinds',
  goalId: 'goals',
  sessionId: 'sessions',
  reviewId: 'reviews',
  growthAreaId: 'growth_areas',
  organisationId: 'organisations',
  sponsorOrganisationId: 'organisations',
  sponsorContactId: 'organisation_contacts'
}

/** The table `id` names on a channel: `goals:updateMeasurement` → goal_measurements, `clients:get` → clients. */
const TABLES_BY_NOUN: [RegExp, string][] = [
  [/Contact$/, 'organisation_contacts'],
  [/Measurement$/, 'goal_measurements'],
  [/Milestone$/, 'milestones'],
  [/IntakeNote$/, 'intake_notes'],
  [/Interview$/, 'stakeholder_interviews'],
  [/Result$/, 'assessment_results'],
  [/GrowthArea$/, 'growth_areas'],
  [/Kind$/, 'engagement_kinds']
]

function tableFor(channel: Channel, key: string): string | undefined {
  if (key !== 'id') return TABLES_BY_FIELD[key]
  const [domain = '', action = ''] = channel.split(':')
  return TABLES_BY_NOUN.find(([noun]) => noun.test(action))?.[1] ?? domain
}

/** Ids of the records a field names, as they are now; every id in the practice when the table is not known. */
function idsFor(channel: Channel): (key: string) => number[] {
  const tables = new Set(userTables(sqlite()))
  const idsOf = (table: string): number[] =>
    sqlite().prepare(`SELECT id FROM ${table} ORDER BY id DESC LIMIT 60`).pluck().all() as number[]
  const everyId = [...tables]
    .filter((table) => (sqlite().pragma(`table_info(${table})`) as { name: string }[]).some((column) => column.name === 'id'))
    .flatMap(idsOf)
  return (key) => {
    const table = tableFor(channel, key)
    return table && tables.has(table) ? idsOf(table) : [...new Set(everyId)]
  }
}

/**
 * Invoices to work on: a draft and an issued one, so the channels that take an invoice (issue,
 * pay, void, save as PDF) meet ids of invoices that exist, as they do in a practice.
 */
async function topUpInvoices(): Promise<void> {
  const countOf = (sql: string) => sqlite().prepare(sql).pluck().get() as number
  const drafts = countOf('SELECT count(*) FROM invoices WHERE number IS NULL')
  const open = countOf("SELECT count(*) FROM invoices WHERE number IS NOT NULL AND voided_on IS NULL AND kind = 'invoice'")
  if (drafts > 0 && open > 0) return
  const call = disk.call
  // The fuzzing may have set this computer's series, or claimed prefixes: keep its own, or claim a free one.
  const series = await call.ok('invoices:series', {})
  if (series.prefix === null) {
    const free = Array.from({ length: series.taken.length + 1 }, (_, index) => `FZ${index}`).find((prefix) => !series.taken.includes(prefix))!
    await call.ok('invoices:setSeries', { prefix: free })
  }
  const { engagement } = await clientWithEngagement(call, { fee: { amountMinor: 25_000, currency: 'EUR', basis: 'per_session' } }, 'Fuzz Invoicing')
  const lines = [{ description: 'Workbook', quantity: 1, unitAmountMinor: 2_500, taxRateBp: 0 }]
  const draft = await call.ok('invoices:createDraft', { engagementId: engagement.id, lines, today: '2026-03-02' })
  await call.ok('invoices:issue', { id: draft.id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: '2026-03-02' })
  await call.ok('invoices:createDraft', { engagementId: engagement.id, lines, today: '2026-03-02' })
}

/** Puts a small practice back when earlier channels deleted, erased or restored most of it. */
async function topUpPractice(): Promise<void> {
  const count = (table: string) => sqlite().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  await topUpInvoices()
  if (count('clients') >= 3 && count('goals') >= 3 && count('sessions') >= 3 && count('reviews') >= 1) return
  const call = disk.call
  await richClient(call, { disposalOn: '2026-03-01' })
  await richClient(call, { name: 'Tom Baker' })
  await richClient(call, { name: 'Ольга Петрова' })
}

/** Sends one input and records what came back. */
async function send(channel: Channel, input: unknown): Promise<void> {
  figures.calls += 1
  let result: Result<unknown> | undefined
  try {
    result = await disk.dispatch(channel, input)
  } catch (error) {
    figures.failures.push({ channel, problem: `the dispatcher threw ${(error as Error)?.name}`, input: describeInput(input) })
    return
  }
  const problem = problemWith(channel, result)
  if (problem) {
    figures.failures.push({ channel, problem, input: describeInput(input) })
  } else if (result?.ok) {
    figures.accepted += 1
    figures.reached.add(channel)
  } else if (result) {
    figures.refused.set(result.error.code, (figures.refused.get(result.error.code) ?? 0) + 1)
  }
}

/** The validator alone, for the sweep: it must refuse or accept, never throw, and refuse in words. */
function checkValidator(channel: Channel, input: unknown): void {
  figures.validatorChecks += 1
  try {
    const parsed = contract[channel].input.safeParse(input)
    const message = parsed.error?.issues[0]?.message
    if (message !== undefined && (message.length > MAX_MESSAGE || TECHNICAL.test(message))) {
      figures.failures.push({ channel, problem: `the validator's message: ${message.slice(0, 200)}`, input: describeInput(input) })
    }
  } catch (error) {
    figures.failures.push({ channel, problem: `the validator threw ${(error as Error)?.name}`, input: describeInput(input) })
  }
}

/**
 * Random inputs (arbitrary, hostile, near-valid) through the dispatcher; then every near
 * miss in every field of one valid request through the validator, and an even spread of
 * them (as many as the random runs) through the dispatcher to the handlers.
 */
async function fuzzChannel(channel: Channel, runs: number, seed: number): Promise<void> {
  await topUpPractice()
  const context = { idsFor: idsFor(channel) }
  await fc.assert(
    fc.asyncProperty(fuzzInputs(contract[channel].input, context), (input) => send(channel, input)),
    { numRuns: runs, seed }
  )
  const [valid] = fc.sample(plausibleInput(contract[channel].input, context), { numRuns: 1, seed })
  const variants = [...nearMissVariants(valid)]
  const stride = Math.max(1, Math.ceil(variants.length / runs))
  for (const [index, input] of variants.entries()) {
    checkValidator(channel, input)
    if (index % stride === seed % stride) await send(channel, input)
  }
}

describe('the IPC boundary under fuzzing', () => {
  beforeAll(() => {
    disk = practiceInFolder({ log: recordingLog })
    // Where the stand-in folder dialog answers, so exports can be written.
    mkdirSync(join(disk.folder, 'chosen'))
  })
  afterAll(() => disk.close())

  it(
    'answers every input on every channel with contract data or a readable refusal, and keeps the file sound',
    async () => {
      const started = performance.now()
      const pollutedBefore = Object.getOwnPropertyNames(Object.prototype).length
      for (const [index, channel] of CHANNELS.entries()) await fuzzChannel(channel, RUNS_PER_CHANNEL, SEED + index)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)

      const failed = unexpected.map(({ channel, error }) => `${channel}: ${(error as Error)?.name} ${(error as Error)?.message?.slice(0, 200)}`)
      console.info(
        `IPC fuzz (seed ${SEED}): ${figures.calls} calls over ${CHANNELS.length} channels and ` +
          `${figures.validatorChecks} near misses checked by the validators, in ${seconds} s; ` +
          `${figures.accepted} accepted, refused ${JSON.stringify(Object.fromEntries(figures.refused))}; ` +
          `${figures.failures.length} failures, ${failed.length} unexpected errors logged.`
      )
      expect(figures.failures.slice(0, 20)).toEqual([])
      expect(failed.slice(0, 20)).toEqual([])
      expect(figures.calls).toBeGreaterThan(CHANNELS.length * RUNS_PER_CHANNEL)
      // Near-valid inputs get past the validators to the handlers, on (nearly) every channel.
      const neverAccepted = CHANNELS.filter((channel) => !figures.reached.has(channel))
      console.info(`Channels that accepted no fuzzed input: ${neverAccepted.join(', ') || 'none'}`)
      expect(neverAccepted.length).toBeLessThanOrEqual(CHANNELS.length / 10)

      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getOwnPropertyNames(Object.prototype)).toHaveLength(pollutedBefore)
      expect(sqlite().pragma('integrity_check', { simple: true })).toBe('ok')
      expect(sqlite().pragma('foreign_key_check')).toEqual([])
      // A write that stopped half-way would leave an engagement without the status history it is created with.
      expect(
        sqlite().prepare('SELECT count(*) FROM engagements WHERE id NOT IN (SELECT engagement_id FROM engagement_status_changes)').pluck().get()
      ).toBe(0)
    },
    600_000
  )
})
