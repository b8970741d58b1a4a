import { describe, expect, it } from 'vitest'
import { startingText } from '../../shared/templates'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

const checkIn = {
  kind: 'session' as const,
  name: 'Weekly check-in',
  sections: [
    { heading: 'Wins', prompt: 'What went well?' },
    { heading: 'Stuck', prompt: '' }
  ]
}

describe('templates', () => {
  it('lists the built-ins drawn from coaching practice first, then the coach’s own by name', async () => {
    await call.ok('templates:create', checkIn)
    await call.ok('templates:create', { kind: 'session', name: 'After the offsite', sections: [{ heading: 'Energy' }] })
    const sessions = (await call.ok('templates:list', { kind: 'session' })).items
    expect(sessions.map((template) => template.name)).toEqual([
      'GROW session',
      '360 feedback debrief',
      'Career: strengths and values',
      'Mentoring check-in',
      'After the offsite',
      'Weekly check-in'
    ])
    expect(sessions[0]).toMatchObject({ id: null, builtIn: 'builtIn:grow', sections: [{ heading: 'Goal' }, { heading: 'Reality' }, { heading: 'Options' }, { heading: 'Will' }] })
    expect((await call.ok('templates:list', { kind: 'intake' })).items.map((template) => template.name)).toEqual(['Intake conversation'])
  })

  it('renames and edits the sections of the coach’s template, and refuses a name in use or no section', async () => {
    const template = await call.ok('templates:create', checkIn)
    const edited = await call.ok('templates:update', { id: template.id!, name: 'Fortnightly check-in', sections: [{ heading: 'Since last time', prompt: 'What moved?' }] })
    expect(edited).toMatchObject({ name: 'Fortnightly check-in', sections: [{ heading: 'Since last time', prompt: 'What moved?' }] })
    expect(await call.fail('templates:update', { id: template.id!, name: 'grow session', sections: edited.sections })).toMatchObject({ code: 'conflict', field: 'name' })
    expect(await call.fail('templates:create', { ...checkIn, sections: [] })).toMatchObject({ code: 'invalid_input', field: 'sections' })
    expect(await call.fail('templates:create', { ...checkIn, sections: [{ heading: ' ', prompt: 'x' }] })).toMatchObject({ code: 'invalid_input' })
  })

  it('copies a built-in for the coach to edit, under a name of its own', async () => {
    const copy = await call.ok('templates:copy', { from: 'builtIn:debrief-360' })
    expect(copy).toMatchObject({ builtIn: null, kind: 'session', name: '360 feedback debrief (copy)' })
    expect((await call.ok('templates:copy', { from: 'builtIn:debrief-360' })).name).toBe('360 feedback debrief (copy 2)')
    expect((await call.ok('templates:copy', { from: copy.id! })).name).toBe('360 feedback debrief (copy) (copy)')
    expect(await call.fail('templates:copy', { from: 'builtIn:nothing' })).toMatchObject({ code: 'not_found' })
  })

  it('deletes a template and never touches the notes started from it', async () => {
    const template = await call.ok('templates:create', checkIn)
    const { engagement } = await clientWithEngagement(call)
    const notes = startingText(template.sections)
    expect(notes).toBe('Wins\nWhat went well?\n\n\nStuck')
    const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-02-03T09:00:00Z', status: 'held', notes })
    const intake = await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-10', context: notes })
    const before = await call.ok('sessions:get', { id: session.id })

    expect(await call.ok('templates:delete', { id: template.id! })).toEqual({ id: template.id })
    expect(await call.ok('sessions:get', { id: session.id })).toEqual(before)
    expect((await call.ok('assessment:overview', { engagementId: engagement.id })).intakeNotes).toEqual([intake])
    expect(await call.fail('templates:delete', { id: template.id! })).toMatchObject({ code: 'not_found' })
  })
})
