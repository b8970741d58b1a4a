import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_ACCENT, LOGO_LIMITS } from '../../shared/reports'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch, RESOURCES_DIR } from '../testing/db'
import { jpegImage, logoPng, pngImage } from '../testing/images'
import type { StandInPlatform } from '../testing/platform'
import { pdfImageCount, pdfText } from '../testing/poppler'
import { renderReport } from './render'

let database: AppDatabase
let call: Caller
let platform: StandInPlatform
let folder: string

beforeEach(() => {
  const fresh = freshDispatch()
  ;({ database, platform, folder } = fresh)
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

function fileWith(name: string, bytes: Buffer): string {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  return path
}

async function chooseLogoFile(name: string, bytes: Buffer) {
  platform.answerNextOpen(fileWith(name, bytes))
  return call.fail('reports:chooseLogo', {})
}

async function renderSummary(): Promise<Buffer> {
  const { engagement } = await clientWithEngagement(call)
  return renderReport(
    database.reader,
    { engagementId: engagement.id, report: 'summary', audience: 'client', today: '2026-03-01' },
    { resourcesDir: RESOURCES_DIR, locality: { locale: 'en-GB', timeZone: 'UTC' } }
  )
}

describe('report branding', () => {
  it('starts plain, with the calm default accent', async () => {
    expect(await call.ok('reports:getBranding', {})).toMatchObject({
      practiceName: null,
      coachName: null,
      credentials: null,
      contactLine: null,
      accentColour: DEFAULT_ACCENT,
      logo: null
    })
  })

  it('keeps what the coach saves and prints it on the report', async () => {
    const saved = await call.ok('reports:setBranding', {
      practiceName: '  Brightwater Coaching ',
      coachName: 'Jo Malik',
      credentials: 'PCC',
      contactLine: 'jo@brightwater.example',
      accentColour: '#A03B2C'
    })
    expect(saved).toMatchObject({ practiceName: 'Brightwater Coaching', accentColour: '#a03b2c' })
    expect(await call.ok('reports:getBranding', {})).toEqual(saved)
    const text = pdfText(await renderSummary())
    expect(text).toContain('Brightwater Coaching')
    expect(text).toContain('Jo Malik, PCC')
    expect(text).toContain('jo@brightwater.example')
  })

  it('refuses a colour it cannot use, naming the field', async () => {
    for (const [input, field] of [
      [{ accentColour: 'blue' }, 'accentColour'],
      [{ accentColour: '#12345' }, 'accentColour'],
      [{ practiceName: 'x'.repeat(201) }, 'practiceName']
    ] as const) {
      expect(await call.fail('reports:setBranding', input)).toMatchObject({ code: 'invalid_input', field })
    }
    expect((await call.ok('reports:getBranding', {})).accentColour).toBe(DEFAULT_ACCENT)
  })
})

describe('the logo', () => {
  it('takes a PNG with transparency from the open dialog, shows it, prints it, and can remove it', async () => {
    platform.answerNextOpen(fileWith('logo.png', logoPng(120)))
    const { cancelled, branding } = await call.ok('reports:chooseLogo', {})
    expect(cancelled).toBe(false)
    expect(branding.logo).toMatchObject({ width: 120, height: 120, dataUrl: expect.stringMatching(/^data:image\/png;base64,iVBOR/) })
    expect(pdfImageCount(await renderSummary())).toBeGreaterThanOrEqual(1)

    expect((await call.ok('reports:clearLogo', {})).logo).toBeNull()
    expect(pdfImageCount(await renderSummary())).toBe(0)
  })

  it('takes a JPEG', async () => {
    platform.answerNextOpen(fileWith('logo.jpg', jpegImage(await renderSummary())))
    const { branding } = await call.ok('reports:chooseLogo', {})
    expect(branding.logo?.dataUrl).toMatch(/^data:image\/jpeg;base64,/)
  })

  it('changes nothing when the coach cancels', async () => {
    platform.answerNextOpen(null)
    expect(await call.ok('reports:chooseLogo', {})).toMatchObject({ cancelled: true, branding: { logo: null } })
  })

  it('refuses a file that only pretends to be an image, or is damaged, and keeps the logo it had', async () => {
    platform.answerNextOpen(fileWith('good.png', logoPng(40)))
    await call.ok('reports:chooseLogo', {})
    const before = await call.ok('reports:getBranding', {})
    const damaged = pngImage({ width: 20, height: 20, pixel: () => [0, 0, 0, 255], filter: 7 })
    const truncated = logoPng(40).subarray(0, 120)
    for (const [name, bytes] of [
      ['notes.png', Buffer.from('just some text, not an image')],
      ['damaged.png', damaged],
      ['truncated.png', truncated],
      ['empty.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xd9])]
    ] as const) {
      const error = await chooseLogoFile(name, bytes)
      expect(error, name).toMatchObject({ code: 'invalid_input', field: 'logo' })
      expect(error.message, name).toContain('PNG or JPEG')
    }
    expect(await call.ok('reports:getBranding', {})).toEqual(before)
  })

  it('refuses a logo too big to embed, saying how big it may be', async () => {
    const tooHeavy = await chooseLogoFile('heavy.png', Buffer.concat([logoPng(40), Buffer.alloc(LOGO_LIMITS.bytes)]))
    expect(tooHeavy).toMatchObject({ code: 'invalid_input', field: 'logo' })
    expect(tooHeavy.message).toContain('under 1 MB')
    const tooWide = await chooseLogoFile('wide.png', pngImage({ width: LOGO_LIMITS.pixels + 1, height: 1, pixel: () => [0, 0, 0, 255] }))
    expect(tooWide.message).toContain('4001 × 1 pixels')
  })

  it('says so when the chosen file has gone', async () => {
    platform.answerNextOpen(join(folder, 'vanished.png'))
    expect(await call.fail('reports:chooseLogo', {})).toMatchObject({ code: 'not_found', field: 'logo' })
  })
})
