import { describe, expect, it } from 'vitest'
import { api, ApiError, messageOf } from './api'
import { formatDate } from './format'

describe('api', () => {
  it('answers with the data main sends back', async () => {
    const client = await api.clients.create({ name: 'Zoë Ødegård', tags: ['leadership'] })
    expect(client).toMatchObject({ name: 'Zoë Ødegård', tags: ['leadership'] })
    expect(await api.clients.get({ id: client.id })).toMatchObject({ id: client.id, name: 'Zoë Ødegård' })
  })

  it('fails with main’s refusal: its code, its words and the field at fault', async () => {
    const failure = await api.clients.create({ name: '   ' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ code: 'invalid_input', field: 'name' })
    expect(messageOf(failure)).toBe((failure as ApiError).message)
    expect((failure as ApiError).message).not.toBe('')
  })
})

describe('ApiError', () => {
  it('writes each day main names as the coach writes dates, and leaves the rest of the words alone', () => {
    const error = new ApiError({
      code: 'invalid_input',
      message: 'Choose a date on or after 2026-01-05, when the engagement became active (2026-01-05).',
      field: 'date',
      dates: ['2026-01-05']
    })
    expect(error.message).toBe(`Choose a date on or after ${formatDate('2026-01-05')}, when the engagement became active (${formatDate('2026-01-05')}).`)
    expect(error.field).toBe('date')
  })

  it('keeps the words as they are when they name no day', () => {
    expect(new ApiError({ code: 'conflict', message: 'There is already a kind called "2026-01-05".' }).message).toBe('There is already a kind called "2026-01-05".')
  })
})

describe('messageOf', () => {
  it('never shows a stack trace or an inner error, only what to do', () => {
    expect(messageOf(new Error('SQLITE_CORRUPT at Statement.run'))).toBe(
      'Coachbook could not reach its data. Try again; if it keeps happening, restart Coachbook.'
    )
    expect(messageOf(undefined)).toBe('Coachbook could not reach its data. Try again; if it keeps happening, restart Coachbook.')
  })
})
