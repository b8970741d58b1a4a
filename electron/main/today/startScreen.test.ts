import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'
import { LAST_SCREEN_FILE } from './startScreen'

const practice = freshPracticeEachTest()
const { call } = practice

const opening = () => call.ok('today:startScreen', {})
const remember = (path: string) => call.ok('today:rememberScreen', { path })

describe('where the window opens', () => {
  it('opens on Today until the coach chooses the last screen, then on the screen they left', async () => {
    const { engagement } = await clientWithEngagement(call)
    await remember(`/engagements/${engagement.id}/goals`)
    expect(await opening()).toEqual({ openOn: 'today', screen: null })
    expect(await call.ok('today:setStartScreen', { openOn: 'last' })).toEqual({ openOn: 'last' })
    expect(await opening()).toEqual({ openOn: 'last', screen: `/engagements/${engagement.id}/goals` })
    await remember('/coaching-log')
    expect(await opening()).toEqual({ openOn: 'last', screen: '/coaching-log' })
    await remember('/income')
    expect(await opening()).toEqual({ openOn: 'last', screen: '/income' })
  })

  it('opens on Today when the record of the last screen is gone, saying nothing', async () => {
    const { client, engagement } = await clientWithEngagement(call)
    const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-03-04T09:00:00Z' })
    await call.ok('today:setStartScreen', { openOn: 'last' })
    await remember(`/engagements/${engagement.id}/sessions/${session.id}`)
    expect((await opening()).screen).toBe(`/engagements/${engagement.id}/sessions/${session.id}`)
    await call.ok('sessions:delete', { id: session.id })
    expect(await opening()).toEqual({ openOn: 'last', screen: null })
    await remember(`/clients/${client.id}`)
    await call.ok('engagements:delete', { id: engagement.id })
    await call.ok('clients:delete', { id: client.id })
    expect(await opening()).toEqual({ openOn: 'last', screen: null })
  })

  it('remembers screens, never a form, and never a screen of another practice', async () => {
    const { client } = await clientWithEngagement(call)
    await call.ok('today:setStartScreen', { openOn: 'last' })
    await remember(`/clients/${client.id}`)
    expect(await remember(`/clients/${client.id}/edit`)).toEqual({ remembered: false })
    expect(await remember('/clients/new')).toEqual({ remembered: false })
    expect((await opening()).screen).toBe(`/clients/${client.id}`)
    // The file beside the practice names the practice it belongs to.
    const file = join(practice.folder, LAST_SCREEN_FILE)
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { practiceFile: string; path: string }
    writeFileSync(file, JSON.stringify({ ...kept, practiceFile: '/elsewhere/coachbook.sqlite' }))
    expect((await opening()).screen).toBeNull()
    writeFileSync(file, '{ half a file')
    expect((await opening()).screen).toBeNull()
  })

  it('refuses what is not a place in the app, and a choice it does not know', async () => {
    for (const path of ['https://example.com/', '/clients/../settings?x=1', 'clients', '/Clients', `/${'a'.repeat(200)}`]) {
      expect((await call.fail('today:rememberScreen', { path })).code, path).toBe('invalid_input')
    }
    expect((await call.fail('today:setStartScreen', { openOn: 'somewhere' })).message).toBe(
      'Choose whether Coachbook opens on Today or on the last screen.'
    )
  })

  it('is not a change to the practice: Undo still takes back the last change', async () => {
    await call.ok('today:updateSettings', { weeks: 3 })
    await remember('/settings')
    await remember('/today')
    await call.ok('changes:undo', {})
    expect(await call.ok('today:settings', {})).toEqual({ quietWeeks: 6 })
  })
})
