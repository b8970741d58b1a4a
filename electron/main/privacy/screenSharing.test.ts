import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import type { StandInPlatform } from '../testing/platform'

let call: Caller
let database: AppDatabase
let platform: StandInPlatform

beforeEach(() => {
  const fresh = freshDispatch()
  ;({ database, platform } = fresh)
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

describe('privacy while sharing the screen', () => {
  it('is on in a new practice', async () => {
    expect(await call.ok('privacy:screenSharing', {})).toEqual({ hideWhileSharing: true })
  })

  it('is applied to the window at once when changed, and kept', async () => {
    expect(await call.ok('privacy:setScreenSharing', { hideWhileSharing: false })).toEqual({ hideWhileSharing: false })
    expect(platform.protections).toEqual([false])
    expect(await call.ok('privacy:screenSharing', {})).toEqual({ hideWhileSharing: false })
    await call.ok('privacy:setScreenSharing', { hideWhileSharing: true })
    expect(platform.protections).toEqual([false, true])
  })

  it('refuses anything but a yes or no, and changes nothing', async () => {
    const refused = await call.fail('privacy:setScreenSharing', { hideWhileSharing: 'no' })
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'hideWhileSharing' })
    expect(platform.protections).toEqual([])
    expect(await call.ok('privacy:screenSharing', {})).toEqual({ hideWhileSharing: true })
  })
})
