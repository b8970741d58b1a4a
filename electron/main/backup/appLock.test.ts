import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { freshPracticeEachTest } from '../testing/eachTest'
import { practiceInFolder } from '../testing/practice'

const PASSPHRASE = 'Tallinn harbour at dawn'
const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('the app lock setting', () => {
  const { call } = freshPracticeEachTest()

  it('is off until the coach chooses a time, then keeps it', async () => {
    expect(await call.ok('encryption:appLock', {})).toEqual({ afterMinutes: null })
    expect(await call.ok('encryption:setAppLock', { afterMinutes: 15 })).toEqual({ afterMinutes: 15 })
    expect(await call.ok('encryption:appLock', {})).toEqual({ afterMinutes: 15 })
    await call.ok('encryption:setAppLock', { afterMinutes: null })
    expect(await call.ok('encryption:appLock', {})).toEqual({ afterMinutes: null })
  })

  it('refuses a time it does not offer, and keeps the one chosen', async () => {
    await call.ok('encryption:setAppLock', { afterMinutes: 30 })
    const refused = await call.fail('encryption:setAppLock', { afterMinutes: 1 })
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'afterMinutes', message: expect.stringMatching(/5, 15, 30 or 60/) })
    expect(await call.ok('encryption:appLock', {})).toEqual({ afterMinutes: 30 })
  })
})

describe('unlocking the window', { timeout: 30_000 }, () => {
  it('with the key in the keychain: the press alone unlocks', async () => {
    const made = practiceInFolder()
    folders.push(made.folder)
    expect(await made.call.ok('encryption:unlockApp', {})).toEqual({ unlocked: true })
  })

  it('with a passphrase: main checks it against the sealed key, a wrong or missing one is said', async () => {
    const made = practiceInFolder()
    folders.push(made.folder)
    await made.call.ok('encryption:usePassphrase', { passphrase: PASSPHRASE, repeated: PASSPHRASE })
    expect(await made.call.fail('encryption:unlockApp', {})).toMatchObject({ code: 'invalid_input', field: 'passphrase', message: 'Type your passphrase to unlock Coachbook.' })
    const wrong = await made.call.fail('encryption:unlockApp', { passphrase: 'Tallinn harbour at dusk' })
    expect(wrong).toMatchObject({ code: 'invalid_input', field: 'passphrase', message: expect.stringMatching(/does not unlock this practice/) })
    expect(await made.call.ok('encryption:unlockApp', { passphrase: PASSPHRASE })).toEqual({ unlocked: true })
  })
})
