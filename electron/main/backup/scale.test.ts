import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kindIds } from '../testing/calls'
import { everyRow, practiceInFolder } from '../testing/practice'

/**
 * A practice of a thousand clients, each with an engagement, a goal and two sessions of
 * notes, made through the channels a coach uses: how long a backup and a restore take
 * and how big the backup is. The figures are printed for the record. Building the
 * practice takes half a minute, so it runs on request:
 *   COACHBOOK_SCALE=1 npx vitest run electron/main/backup/scale.test.ts
 */
const CLIENTS = 1000
const NOTES = 'Explored what a calmer board meeting would look like; agreed to try one delegation a week. '.repeat(20)

describe.skipIf(!process.env.COACHBOOK_SCALE)(`a practice of ${CLIENTS} clients`, () => {
  let practice: ReturnType<typeof practiceInFolder>
  beforeAll(async () => {
    practice = practiceInFolder()
    const { call } = practice
    const kinds = await kindIds(call)
    for (let index = 0; index < CLIENTS; index++) {
      const client = await call.ok('clients:create', {
        name: `Client ${index} Ødegård`,
        email: `client${index}@example.com`,
        organisation: `Organisation ${index % 40}`,
        tags: ['leadership', `cohort-${index % 12}`],
        notes: NOTES
      })
      const engagement = await call.ok('engagements:create', {
        clientId: client.id,
        kindId: kinds['Executive coaching']!,
        status: 'active',
        statusDate: '2026-01-05',
        startDate: '2026-01-05'
      })
      await call.ok('goals:create', { engagementId: engagement.id, statement: 'Delegate the monthly close', baseline: 2, target: 8 })
      for (const startsAt of ['2026-01-12T09:00:00+01:00', '2026-01-26T09:00:00+01:00']) {
        await call.ok('sessions:create', { engagementId: engagement.id, startsAt, notes: NOTES, privateObservations: 'Tired.' })
      }
    }
  }, 600_000)
  afterAll(() => practice.close())

  it('is backed up, checked and restored within a few seconds', async () => {
    const rows = everyRow(practice.practice.database.sqlite, (table, row) => table === 'settings' && String(row.key).startsWith('backup.'))

    let started = performance.now()
    const backup = await practice.call.ok('backup:now', {})
    const backupMs = Math.round(performance.now() - started)

    await practice.call.ok('clients:create', { name: 'After the backup' })
    started = performance.now()
    await practice.call.ok('backup:restore', { backupId: backup.id })
    const restoreMs = Math.round(performance.now() - started)

    expect(everyRow(practice.practice.database.sqlite, (table, row) => table === 'settings' && String(row.key).startsWith('backup.'))).toEqual(rows)
    console.info(
      `Backup of ${CLIENTS} clients (${CLIENTS} engagements, ${CLIENTS} goals, ${CLIENTS * 2} sessions): ` +
        `${(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB, made and verified in ${backupMs} ms; ` +
        `restore (check, safety backup, swap, reopen) in ${restoreMs} ms`
    )
    expect(backupMs).toBeLessThan(10_000)
    expect(restoreMs).toBeLessThan(20_000)
  })
})
