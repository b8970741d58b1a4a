import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderReport } from '../reports'
import { RESOURCES_DIR } from '../testing/db'
import { freshPracticeEachTest } from '../testing/eachTest'
import { pdfText } from '../testing/poppler'
import { buildEngagement } from '../testing/reportFixtures'
import { THEME_FILE } from './theme'

const practice = freshPracticeEachTest()
const { call } = practice

describe('the theme', () => {
  it('follows the system until the coach chooses, then is applied at once and kept on this computer, not in the practice', async () => {
    expect(await call.ok('preferences:get', {})).toMatchObject({ theme: 'system' })
    expect(await call.ok('preferences:setTheme', { theme: 'dark' })).toMatchObject({ theme: 'dark' })
    expect(practice.platform.themes).toEqual(['dark'])
    expect(await call.ok('preferences:get', {})).toMatchObject({ theme: 'dark' })
    expect(JSON.parse(readFileSync(join(practice.folder, THEME_FILE), 'utf8'))).toEqual({ theme: 'dark' })
    const inPractice = practice.database.sqlite.prepare("SELECT count(*) AS n FROM settings WHERE value LIKE '%dark%'").get() as { n: number }
    expect(inPractice.n).toBe(0)
    await call.ok('preferences:setTheme', { theme: 'system' })
    expect(practice.platform.themes).toEqual(['dark', 'system'])
  })

  it('refuses a theme it does not have, changing nothing', async () => {
    expect(await call.fail('preferences:setTheme', { theme: 'sepia' })).toMatchObject({ code: 'invalid_input', field: 'theme' })
    expect(practice.platform.themes).toEqual([])
  })

  it('follows the system again when the file on this computer cannot be read', async () => {
    writeFileSync(join(practice.folder, THEME_FILE), '{"theme": "purple"')
    expect(await call.ok('preferences:get', {})).toMatchObject({ theme: 'system' })
  })
})

describe('the locale', () => {
  it('is this computer’s until chosen, then kept in the practice and given back, and can go back to the computer’s', async () => {
    const first = await call.ok('preferences:get', {})
    expect(first).toEqual({ theme: 'system', locale: null })
    expect(await call.ok('preferences:setLocale', { locale: 'de-DE' })).toMatchObject({ locale: 'de-DE' })
    expect(await call.ok('preferences:get', {})).toMatchObject({ locale: 'de-DE' })
    await call.ok('preferences:setLocale', { locale: null })
    expect(await call.ok('preferences:get', {})).toMatchObject({ locale: null })
  })

  it('refuses a locale Intl does not know, keeping the one chosen', async () => {
    await call.ok('preferences:setLocale', { locale: 'fr-FR' })
    expect(await call.fail('preferences:setLocale', { locale: 'not a locale!' })).toMatchObject({ code: 'invalid_input', field: 'locale' })
    expect(await call.ok('preferences:get', {})).toMatchObject({ locale: 'fr-FR' })
  })

  it('keeps the locale a practice chose for its reports before, until another is chosen', async () => {
    practice.database.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('reports.branding', ?, '2026-01-01T00:00:00.000Z')")
      .run(JSON.stringify({ practiceName: 'North Star', accentColour: '#2d6a8e', locale: 'de-CH' }))
    expect(await call.ok('preferences:get', {})).toMatchObject({ locale: 'de-CH' })
    expect(await call.ok('reports:getBranding', {})).toMatchObject({ practiceName: 'North Star' })
    await call.ok('preferences:setLocale', { locale: null })
    expect(await call.ok('preferences:get', {})).toMatchObject({ locale: null })
  })

  it('is the locale the PDF reports are written in', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'small', clientName: 'Locale Person' })
    const render = async () =>
      pdfText(
        await renderReport(
          practice.database.reader,
          { engagementId, report: 'summary', audience: 'client', today: '2026-03-01' },
          { resourcesDir: RESOURCES_DIR, locality: { timeZone: 'Europe/Berlin' } }
        )
      )
    await call.ok('preferences:setLocale', { locale: 'de-DE' })
    expect(await render()).toContain('30.11.2026')
    await call.ok('preferences:setLocale', { locale: 'en-US' })
    expect(await render()).toContain('Nov 30, 2026')
  })
})
