import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { silentLogger } from '../logging/logger'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import type { StandInPlatform } from '../testing/platform'
import { watchReminders, type ReminderWatch } from './watch'

// The coach is in London: the clocks go forward on 28 March 2027 (01:00 UTC).
process.env.TZ = 'Europe/London'

let database: AppDatabase
let call: Caller
let platform: StandInPlatform
const watches: ReminderWatch[] = []

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2027-01-12T07:00:00Z'))
  const fresh = freshDispatch()
  ;({ database, platform } = fresh)
  call = caller(fresh.dispatch)
})
afterEach(() => {
  for (const watch of watches.splice(0)) watch.stop()
  database.close()
  vi.useRealTimers()
})

/** Coachbook running from now: its first look has been taken. */
async function opened(): Promise<ReminderWatch> {
  const watch = watchReminders({ door: () => database.door.for('reminders:look'), platform, log: silentLogger, place: { locale: 'en-GB' } })
  watches.push(watch)
  await watch.lookNow()
  return watch
}

/** Quits the app as a coach does: the watch stops, the practice stays. */
function quit(watch: ReminderWatch): void {
  watch.stop()
  watches.splice(watches.indexOf(watch), 1)
}

async function at(moment: string, watch: ReminderWatch): Promise<void> {
  vi.setSystemTime(new Date(moment))
  await watch.lookNow()
}

const shown = () => platform.notifications.map(({ title, body }) => `${title} · ${body}`)

async function sessionAt(startsAt: string, clientName = 'Zoë Ødegård') {
  const { engagement } = await clientWithEngagement(call, {}, clientName)
  const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt, durationMinutes: 60, format: 'video' })
  const { url } = await call.ok('links:forRecord', { kind: 'session', id: session.id })
  return { engagement, session, uid: url.replace('coachbook://open/session/', '') }
}

const missed = async () => (await call.ok('reminders:missed', {})).items

describe('a reminder before each session', () => {
  it('says the time as the locale chosen in Settings writes it', async () => {
    await sessionAt('2027-01-12T15:00:00.000Z')
    await call.ok('preferences:setLocale', { locale: 'en-US' })
    const watch = await opened()
    await at('2027-01-12T14:45:00Z', watch)
    expect(shown()).toEqual([expect.stringMatching(/^Session with Z\.Ø\. at 3:00\sPM · Starts in 15 minutes$/u)])
  })

  it('shows the minutes before that the coach chose, with the client’s initials and the time on the coach’s clock', async () => {
    const { uid } = await sessionAt('2027-01-12T09:00:00.000Z')
    const watch = await opened()
    await at('2027-01-12T08:44:59Z', watch)
    expect(shown()).toEqual([])
    await at('2027-01-12T08:45:00Z', watch)
    expect(shown()).toEqual(['Session with Z.Ø. at 09:00 · Starts in 15 minutes'])
    expect(platform.notifications[0]!.link).toEqual({ kind: 'session', uid })
    await at('2027-01-12T08:50:00Z', watch)
    expect(shown()).toHaveLength(1)
  })

  it('names the client in full when the coach chooses so, at the minutes they chose, and shows nothing when switched off', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    await sessionAt('2027-01-12T11:00:00.000Z', 'Tom Baker')
    const settings = await call.ok('reminders:settings', {})
    await call.ok('reminders:updateSettings', { ...settings, fullNames: true, sessionLeadMinutes: 30 })
    const watch = await opened()
    await at('2027-01-12T08:30:00Z', watch)
    expect(shown()).toEqual(['Session with Zoë Ødegård at 09:00 · Starts in 30 minutes'])
    await call.ok('reminders:updateSettings', { ...settings, enabled: false })
    await at('2027-01-12T10:30:00Z', watch)
    expect(shown()).toHaveLength(1)
  })

  it('says the time as the clocks show it after they go forward', async () => {
    vi.setSystemTime(new Date('2027-03-27T20:00:00Z'))
    // 09:00 on the Sunday the clocks change is 08:00 UTC.
    await sessionAt('2027-03-28T08:00:00.000Z')
    const watch = await opened()
    await at('2027-03-28T07:44:00Z', watch)
    expect(shown()).toEqual([])
    await at('2027-03-28T07:45:00Z', watch)
    expect(shown()).toEqual(['Session with Z.Ø. at 09:00 · Starts in 15 minutes'])
  })

  it('reminds at once of a session just scheduled to start sooner than the minutes before, even on the first day of reminders', async () => {
    vi.setSystemTime(new Date('2027-01-12T08:58:00Z'))
    const watch = await opened()
    await sessionAt('2027-01-12T09:05:00.000Z')
    await watch.lookNow()
    expect(shown()).toEqual(['Session with Z.Ø. at 09:05 · Starts in 7 minutes'])
  })

  it('never reminds of a past session recorded today, nor lists it when Coachbook opens again', async () => {
    const watch = await opened()
    await at('2027-01-12T12:00:00Z', watch)
    await sessionAt('2027-01-12T09:00:00.000Z')
    await watch.lookNow()
    quit(watch)
    vi.setSystemTime(new Date('2027-01-12T13:00:00Z'))
    await opened()
    expect(shown()).toEqual([])
    expect(await missed()).toEqual([])
  })
})

describe('reminders Coachbook could not show on time', () => {
  it('lists a reminder that came due while the computer slept, instead of showing it late', async () => {
    const { session, engagement } = await sessionAt('2027-01-12T09:00:00.000Z')
    const watch = await opened()
    await at('2027-01-12T08:00:00Z', watch)
    watch.suspend()
    vi.setSystemTime(new Date('2027-01-12T08:58:00Z'))
    await watch.lookNow()
    await watch.resume()
    expect(shown()).toEqual([])
    expect(await missed()).toEqual([
      expect.objectContaining({
        kind: 'session',
        remindAt: '2027-01-12T08:45:00.000Z',
        sessionId: session.id,
        engagementId: engagement.id,
        clientName: 'Zoë Ødegård',
        startsAt: '2027-01-12T09:00:00.000Z'
      })
    ])
  })

  it('still shows a reminder on waking a minute after it came due', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    const watch = await opened()
    watch.suspend()
    vi.setSystemTime(new Date('2027-01-12T08:46:00Z'))
    await watch.resume()
    expect(shown()).toEqual(['Session with Z.Ø. at 09:00 · Starts in 14 minutes'])
    expect(await missed()).toEqual([])
  })

  it('treats a look long after the last one as a wake-up when the clock jumped ahead without a word from the system', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    const watch = await opened()
    await at('2027-01-12T08:40:00Z', watch)
    await at('2027-01-12T08:55:00Z', watch)
    expect(shown()).toEqual([])
    expect((await missed()).map((item) => item.remindAt)).toEqual(['2027-01-12T08:45:00.000Z'])
  })

  it('shows nothing twice when the clock is put back', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    const watch = await opened()
    await at('2027-01-12T08:45:00Z', watch)
    await at('2027-01-12T08:30:00Z', watch)
    await at('2027-01-12T08:46:00Z', watch)
    expect(shown()).toHaveLength(1)
  })

  it('never shows a reminder again after a restart', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    const first = await opened()
    await at('2027-01-12T08:45:00Z', first)
    expect(shown()).toHaveLength(1)
    quit(first)
    vi.setSystemTime(new Date('2027-01-12T08:47:00Z'))
    await opened()
    expect(shown()).toHaveLength(1)
    expect(await missed()).toEqual([])
  })

  it('lists what came due while Coachbook was closed when it opens, until the coach dismisses it', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    await sessionAt('2027-01-12T09:30:00.000Z', 'Tom Baker')
    quit(await opened())
    vi.setSystemTime(new Date('2027-01-12T10:00:00Z'))
    quit(await opened())
    expect(shown()).toEqual([])
    const items = await missed()
    expect(items.map((item) => item.clientName)).toEqual(['Zoë Ødegård', 'Tom Baker'])
    expect(await call.ok('reminders:dismissMissed', { keys: items.map((item) => item.key) })).toEqual({ dismissed: 2 })
    vi.setSystemTime(new Date('2027-01-12T10:05:00Z'))
    await opened()
    expect(await missed()).toEqual([])
    expect(shown()).toEqual([])
  })

  it('lists nothing from before reminders were first switched on', async () => {
    await sessionAt('2027-01-12T09:00:00.000Z')
    const settings = await call.ok('reminders:settings', {})
    await call.ok('reminders:updateSettings', { ...settings, enabled: false })
    quit(await opened())
    vi.setSystemTime(new Date('2027-01-12T10:00:00Z'))
    await call.ok('reminders:updateSettings', { ...settings, enabled: true })
    await opened()
    expect(await missed()).toEqual([])
  })
})

describe('the day’s actions', () => {
  async function actionDue(dueOn: string) {
    const { engagement } = await clientWithEngagement(call)
    await call.ok('actions:create', { engagementId: engagement.id, today: '2027-01-12', description: 'Draft the delegation map', dueOn })
    return engagement
  }

  it('are announced once at the time of day the coach set, on their clock across the change of the clocks', async () => {
    vi.setSystemTime(new Date('2027-03-27T20:00:00Z'))
    await actionDue('2027-03-28')
    const watch = await opened()
    // 08:30 in London is 07:30 UTC once the clocks have gone forward.
    await at('2027-03-28T07:29:00Z', watch)
    expect(shown()).toEqual([])
    await at('2027-03-28T07:30:00Z', watch)
    expect(shown()).toEqual(['1 action due today · For Z.Ø.'])
    expect(platform.notifications[0]!.link).toMatchObject({ kind: 'engagement' })
    await at('2027-03-28T12:00:00Z', watch)
    expect(shown()).toHaveLength(1)
  })

  it('are announced when Coachbook opens if the coach chose so, once a day', async () => {
    await actionDue('2027-01-12')
    await call.ok('reminders:updateSettings', { ...(await call.ok('reminders:settings', {})), actionsTiming: 'open' })
    quit(await opened())
    vi.setSystemTime(new Date('2027-01-12T13:00:00Z'))
    quit(await opened())
    expect(shown()).toEqual(['1 action due today · For Z.Ø.'])
    vi.setSystemTime(new Date('2027-01-12T16:00:00Z'))
    await opened()
    expect(shown()).toHaveLength(1)
  })

  it('are listed, each with its engagement, when the time passed while Coachbook was closed', async () => {
    const engagement = await actionDue('2027-01-12')
    quit(await opened())
    vi.setSystemTime(new Date('2027-01-12T11:00:00Z'))
    await opened()
    expect(shown()).toEqual([])
    expect(await missed()).toEqual([
      expect.objectContaining({ kind: 'action', engagementId: engagement.id, description: 'Draft the delegation map', dueOn: '2027-01-12' })
    ])
  })
})

describe('the reminder settings', () => {
  it('start on, 15 minutes before a session, actions at 08:30, initials only', async () => {
    expect(await call.ok('reminders:settings', {})).toEqual({
      enabled: true,
      sessionLeadMinutes: 15,
      actionsTiming: 'time',
      actionsTime: '08:30',
      fullNames: false
    })
  })

  it('refuse a time of day that is none, and keep what was saved', async () => {
    const settings = await call.ok('reminders:settings', {})
    const refused = await call.fail('reminders:updateSettings', { ...settings, actionsTime: '25:00' })
    expect(refused.message).toBe('A time of day is written like 08:30.')
    expect(await call.ok('reminders:settings', {})).toEqual(settings)
  })
})
