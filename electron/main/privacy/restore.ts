import { sql } from 'kysely'
import { MILESTONES } from '../../shared/columns/actions'
import { ASSESSMENT_RESULTS, GROWTH_AREAS, INTAKE_NOTES, STAKEHOLDER_INTERVIEWS } from '../../shared/columns/assessment'
import { COACHING_LOG_CLIENTS, COACHING_LOG_ENGAGEMENTS } from '../../shared/columns/coachingLog'
import { exportedColumns, isFlag, pick, type Table } from '../../shared/columns/column'
import { ENGAGEMENT_KINDS, ENGAGEMENTS } from '../../shared/columns/engagements'
import { ENGAGEMENT_BILLING } from '../../shared/columns/fees'
import { REVIEWS } from '../../shared/columns/reviews'
import { SESSIONS } from '../../shared/columns/sessions'
import type { ClientExport, ExportedBilling, ExportedEngagement } from '../../shared/privacy'
import { restoreAttachment } from '../attachments'
import { searchTextOf } from '../clients'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { toFlag } from '../db/values'
import { AppError } from '../errors'
import { foldForSearch } from '../search/fold'

// Importing writes stored rows back exactly as they were read (stamps, status history,
// done dates), which no domain's create operation does: those stamp "now" and apply the
// coach-facing rules of a new record. So the rows are written here, table by table, and
// privacy.test.ts proves that what comes back is what the domains' services read out.

/** Old id in the file → new id in this practice, per kind of record. */
type IdMap = Map<number, number>

/** Inserts rows in the order of their old ids, so the new ids keep the same order (lists sort by id). */
async function insertInOrder<T extends { id: number }>(rows: T[], insert: (row: T) => Promise<number>): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const row of [...rows].sort((a, b) => a.id - b.id)) ids.set(row.id, await insert(row))
  return ids
}

/** A link inside the file; the file was checked for broken links, so a miss is a bug here. */
function mapped(ids: IdMap, oldId: number): number {
  const id = ids.get(oldId)
  if (id === undefined) throw new Error('A link inside the export file was not rewired.')
  return id
}

const mappedOrNull = (ids: IdMap, oldId: number | null) => (oldId === null ? null : mapped(ids, oldId))

type Stored<T> = { [K in keyof T]: T[K] extends boolean ? number : T[K] }

/** A record's values as its table stores them: the yes/no columns of its list as 0 or 1. */
function stored<T extends Record<string, unknown>>(table: Table, values: T): Stored<T> {
  const flags = Object.entries(table.columns).filter(([, column]) => isFlag(column)).map(([name]) => name)
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, flags.includes(name) ? toFlag(value === true) : value])
  ) as Stored<T>
}

/** One record (with its engagement) for each row of a nested list, across all engagements. */
function across<T>(engagements: ExportedEngagement[], rowsOf: (engagement: ExportedEngagement) => T[]) {
  return engagements.flatMap((engagement) => rowsOf(engagement).map((row) => ({ ...row, engagementId: engagement.id })))
}

/** Whether this very client (same name, added at the same moment) is already in the practice. */
async function isAlreadyInPractice(db: Reader, client: ClientExport['client']): Promise<boolean> {
  const existing = await db
    .selectFrom('clients')
    .select('id')
    .where('name', '=', client.name)
    .where('createdAt', '=', client.createdAt)
    .executeTakeFirst()
  return existing !== undefined
}

async function refuseDuplicate(db: Reader, client: ClientExport['client']): Promise<void> {
  if (await isAlreadyInPractice(db, client)) {
    throw new AppError(
      'conflict',
      `${client.name} from this export is already in your practice, so nothing was imported. ` +
        'To replace that record, erase it first and import again.'
    )
  }
}

async function insertClient(db: Writer, client: ClientExport['client']): Promise<number> {
  const { id: _id, tags, ...columns } = client
  const { id } = await db
    .insertInto('clients')
    .values({ ...columns, searchText: searchTextOf(client) })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (tags.length > 0) await db.insertInto('clientTags').values(tags.map((tag) => ({ clientId: id, tag }))).execute()
  return id
}

/** The practice's kind of the same name (kinds are unique by name, whatever the case). */
async function sameKind(db: Reader, kind: ExportedEngagement['kind']): Promise<{ id: number } | undefined> {
  return db.selectFrom('engagementKinds').select('id').where(sql<boolean>`name = ${kind.name} COLLATE NOCASE`).executeTakeFirst()
}

/** The practice's kind of the same name, or a new one with the exported defaults. */
async function kindIdFor(db: Writer, kind: ExportedEngagement['kind']): Promise<number> {
  const existing = await sameKind(db, kind)
  if (existing) return existing.id
  const { id } = await db
    .insertInto('engagementKinds')
    .values(stored(ENGAGEMENT_KINDS, { ...kind, builtIn: false }))
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** The record of the same name, ignoring case and accents. */
function sameName<T extends { name: string }>(rows: T[], name: string): T | undefined {
  return rows.find((row) => foldForSearch(row.name) === foldForSearch(name))
}

/**
 * Sponsors are the coach's own records, shared across clients: an organisation (and a
 * contact in it) with the same name, ignoring case and accents, is reused; otherwise
 * it is added, without notes.
 */
async function sponsorIdsFor(db: Writer, organisations: ClientExport['organisations']) {
  const organisationIds: IdMap = new Map()
  const contactIds: IdMap = new Map()
  const now = nowIso()
  const existing = await db.selectFrom('organisations').select(['id', 'name']).orderBy('id').execute()
  for (const organisation of organisations) {
    const match = sameName(existing, organisation.name)
    const organisationId =
      match?.id ??
      (
        await db
          .insertInto('organisations')
          .values({ name: organisation.name, notes: '', createdAt: now, updatedAt: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    organisationIds.set(organisation.id, organisationId)
    const contacts = await db
      .selectFrom('organisationContacts')
      .select(['id', 'name'])
      .where('organisationId', '=', organisationId)
      .orderBy('id')
      .execute()
    for (const { id: oldId, ...contact } of organisation.contacts) {
      const same = sameName(contacts, contact.name)
      const contactId =
        same?.id ??
        (
          await db
            .insertInto('organisationContacts')
            .values({ ...contact, organisationId, notes: '', createdAt: now, updatedAt: now })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      contactIds.set(oldId, contactId)
    }
  }
  return { organisationIds, contactIds }
}

async function insertEngagements(db: Writer, clientId: number, file: ClientExport): Promise<IdMap> {
  const { organisationIds, contactIds } = await sponsorIdsFor(db, file.organisations)
  return insertInOrder(file.engagements, async (engagement) => {
    const { id: _id, ...columns } = pick(engagement, exportedColumns(ENGAGEMENTS))
    const { fee } = engagement
    const { id } = await db
      .insertInto('engagements')
      .values({
        ...columns,
        clientId,
        kindId: await kindIdFor(db, engagement.kind),
        sponsorOrganisationId: mappedOrNull(organisationIds, columns.sponsorOrganisationId),
        sponsorContactId: mappedOrNull(contactIds, columns.sponsorContactId),
        feeAmountMinor: fee?.amountMinor ?? null,
        feeCurrency: fee?.currency ?? null,
        feeBasis: fee?.basis ?? null
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (engagement.tags.length > 0) {
      await db.insertInto('engagementTags').values(engagement.tags.map((tag) => ({ engagementId: id, tag }))).execute()
    }
    if (engagement.coachingLog) {
      await db.insertInto('coachingLogEngagements').values(stored(COACHING_LOG_ENGAGEMENTS, { ...engagement.coachingLog, engagementId: id })).execute()
    }
    if (engagement.billing) await insertBilling(db, id, engagement.billing)
    return id
  })
}

async function insertAssessment(db: Writer, engagements: ExportedEngagement[], engagementIds: IdMap) {
  const owner = (row: { engagementId: number }) => mapped(engagementIds, row.engagementId)
  const intakeNoteIds = await insertInOrder(across(engagements, (e) => e.intakeNotes), async (note) => {
    const { id: _id, ...columns } = note
    const values = stored(INTAKE_NOTES, { ...columns, engagementId: owner(note) })
    return (await db.insertInto('intakeNotes').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  const interviewIds = await insertInOrder(across(engagements, (e) => e.interviews), async (interview) => {
    const { id: _id, ...columns } = interview
    const values = stored(STAKEHOLDER_INTERVIEWS, { ...columns, engagementId: owner(interview) })
    return (await db.insertInto('stakeholderInterviews').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  const resultIds = await insertInOrder(across(engagements, (e) => e.results), async (result) => {
    const { id: _id, scores, ...columns } = result
    const values = stored(ASSESSMENT_RESULTS, { ...columns, engagementId: owner(result) })
    const { id } = await db.insertInto('assessmentResults').values(values).returning('id').executeTakeFirstOrThrow()
    if (scores.length > 0) {
      await db
        .insertInto('assessmentScores')
        .values(scores.map((score, position) => ({ ...score, resultId: id, position })))
        .execute()
    }
    return id
  })
  const evidenceIds = { intake_note: intakeNoteIds, interview: interviewIds, result: resultIds }
  const growthAreaIds = await insertInOrder(across(engagements, (e) => e.growthAreas), async (area) => {
    const { id: _id, evidence, ...columns } = area
    const values = stored(GROWTH_AREAS, { ...columns, engagementId: owner(area) })
    const { id } = await db.insertInto('growthAreas').values(values).returning('id').executeTakeFirstOrThrow()
    for (const ref of evidence) {
      const target = mapped(evidenceIds[ref.kind], ref.id)
      await db
        .insertInto('growthAreaEvidence')
        .values({
          growthAreaId: id,
          intakeNoteId: ref.kind === 'intake_note' ? target : null,
          interviewId: ref.kind === 'interview' ? target : null,
          resultId: ref.kind === 'result' ? target : null
        })
        .execute()
    }
    return id
  })
  return { growthAreaIds, resultIds }
}

async function insertBilling(db: Writer, engagementId: number, { instalments, ...terms }: NonNullable<ExportedBilling>): Promise<void> {
  await db.insertInto('engagementBilling').values(stored(ENGAGEMENT_BILLING, { ...terms, engagementId })).execute()
  if (instalments.length > 0) {
    await db.insertInto('feeInstalments').values(instalments.map((instalment) => ({ ...instalment, engagementId }))).execute()
  }
}

async function insertSessions(db: Writer, engagements: ExportedEngagement[], engagementIds: IdMap): Promise<IdMap> {
  const sessionIds = await insertInOrder(across(engagements, (e) => e.sessions), async (session) => {
    const { id: _id, introductions: _introductions, cancelledLate, ...columns } = session
    const values = stored(SESSIONS, { ...columns, engagementId: mapped(engagementIds, session.engagementId) })
    const { id } = await db.insertInto('sessions').values(values).returning('id').executeTakeFirstOrThrow()
    if (cancelledLate) await db.insertInto('lateCancellations').values({ sessionId: id, recordedAt: nowIso() }).execute()
    return id
  })
  const introductions = engagements.flatMap((e) =>
    e.sessions.flatMap((session) => session.introductions.map((row, position) => ({ ...row, position, sessionId: session.id })))
  )
  await insertInOrder(introductions, async ({ id: _id, ...introduction }) => {
    const values = { ...introduction, sessionId: mapped(sessionIds, introduction.sessionId) }
    return (await db.insertInto('sessionIntroductions').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  return sessionIds
}

async function insertGoalsAndActions(
  db: Writer,
  engagements: ExportedEngagement[],
  ids: { engagements: IdMap; growthAreas: IdMap; sessions: IdMap }
): Promise<IdMap> {
  const goalIds = await insertInOrder(across(engagements, (e) => e.goals), async (goal) => {
    const { id: _id, measurements: _m, milestones: _ms, growthAreaId, engagementId, ...columns } = goal
    const values = {
      ...columns,
      engagementId: mapped(ids.engagements, engagementId),
      growthAreaId: mappedOrNull(ids.growthAreas, growthAreaId)
    }
    return (await db.insertInto('goals').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  const ofGoals = <T>(rowsOf: (goal: ExportedEngagement['goals'][number]) => T[]) =>
    engagements.flatMap((e) => e.goals.flatMap((goal) => rowsOf(goal).map((row) => ({ ...row, goalId: goal.id }))))
  await insertInOrder(ofGoals((goal) => goal.measurements), async ({ id: _id, ...measurement }) => {
    const values = {
      ...measurement,
      goalId: mapped(goalIds, measurement.goalId),
      sessionId: mappedOrNull(ids.sessions, measurement.sessionId)
    }
    return (await db.insertInto('goalMeasurements').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  await insertInOrder(ofGoals((goal) => goal.milestones), async ({ id: _id, ...milestone }) => {
    const values = stored(MILESTONES, { ...milestone, goalId: mapped(goalIds, milestone.goalId) })
    return (await db.insertInto('milestones').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  await insertInOrder(across(engagements, (e) => e.actions), async ({ id: _id, ...action }) => {
    const values = {
      ...action,
      engagementId: mapped(ids.engagements, action.engagementId),
      goalId: mappedOrNull(goalIds, action.goalId),
      sessionId: mappedOrNull(ids.sessions, action.sessionId)
    }
    return (await db.insertInto('actions').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  return goalIds
}

async function insertReviews(db: Writer, engagements: ExportedEngagement[], ids: { engagements: IdMap; goals: IdMap }) {
  await insertInOrder(across(engagements, (e) => e.reviews), async ({ id: _id, outcomes, ...review }) => {
    const values = stored(REVIEWS, { ...review, engagementId: mapped(ids.engagements, review.engagementId) })
    const { id } = await db.insertInto('reviews').values(values).returning('id').executeTakeFirstOrThrow()
    if (outcomes.length > 0) {
      await db
        .insertInto('reviewOutcomes')
        .values(outcomes.map((outcome) => ({ ...outcome, reviewId: id, goalId: mapped(ids.goals, outcome.goalId) })))
        .execute()
    }
    return id
  })
}

/**
 * Adds the exported client with everything under it, with new ids and every link
 * rewired. Takes the caller's transaction: all of it lands, or none.
 */
export async function restoreClientExport(
  trx: Writer,
  file: ClientExport,
  attachmentBytes: (path: string) => Uint8Array
): Promise<{ id: number; name: string }> {
  await refuseDuplicate(trx, file.client)
  const clientId = await insertClient(trx, file.client)
  if (file.coachingLog) await trx.insertInto('coachingLogClients').values(stored(COACHING_LOG_CLIENTS, { ...file.coachingLog, clientId })).execute()
  const engagementIds = await insertEngagements(trx, clientId, file)
  await insertInOrder(across(file.engagements, (e) => e.statusHistory), async ({ id: _id, ...change }) => {
    const values = { ...change, engagementId: mapped(engagementIds, change.engagementId) }
    return (await trx.insertInto('engagementStatusChanges').values(values).returning('id').executeTakeFirstOrThrow()).id
  })
  const { growthAreaIds, resultIds } = await insertAssessment(trx, file.engagements, engagementIds)
  const sessionIds = await insertSessions(trx, file.engagements, engagementIds)
  const goalIds = await insertGoalsAndActions(trx, file.engagements, {
    engagements: engagementIds,
    growthAreas: growthAreaIds,
    sessions: sessionIds
  })
  await insertReviews(trx, file.engagements, { engagements: engagementIds, goals: goalIds })
  for (const { id: _id, file: path, ...attachment } of [...file.attachments].sort((a, b) => a.id - b.id)) {
    const links = {
      clientId,
      engagementId: mappedOrNull(engagementIds, attachment.engagementId),
      assessmentResultId: mappedOrNull(resultIds, attachment.assessmentResultId),
      sessionId: mappedOrNull(sessionIds, attachment.sessionId)
    }
    await restoreAttachment(trx, links, attachment, attachmentBytes(path))
  }
  return { id: clientId, name: file.client.name }
}

/**
 * What importing the file would do to this practice, for the coach to see before: the
 * sponsors and kinds it would add (the others are reused, as the import itself decides),
 * and whether this client is already here (the import is then refused).
 */
export async function importEffects(db: Reader, file: ClientExport): Promise<{ alreadyInPractice: boolean; newSponsors: string[]; newKinds: string[] }> {
  const organisations = await db.selectFrom('organisations').select(['id', 'name']).execute()
  const kinds = [...new Map(file.engagements.map((engagement) => [engagement.kind.name.toLowerCase(), engagement.kind])).values()]
  const missingKinds: string[] = []
  for (const kind of kinds) if (!(await sameKind(db, kind))) missingKinds.push(kind.name)
  return {
    alreadyInPractice: await isAlreadyInPractice(db, file.client),
    newSponsors: file.organisations.filter((organisation) => !sameName(organisations, organisation.name)).map((organisation) => organisation.name),
    newKinds: missingKinds
  }
}

