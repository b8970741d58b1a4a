import type { Page } from '@playwright/test'
import { attachAxeSummary, expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { choose } from './helpers'
import { goTo, pageCaller } from './practice'

const appearance = (page: Page) => page.getByRole('region', { name: 'Appearance and formats' })
/** The page's own background, as the coach sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const LIGHT = 'rgb(247, 247, 245)'
const DARK = 'rgb(28, 28, 30)'

async function chooseTheme(page: Page, theme: 'As the system is' | 'Light' | 'Dark'): Promise<void> {
  const radio = appearance(page).getByRole('radio', { name: theme })
  await radio.click()
  await expect(radio).toBeChecked()
}

test('a coach draws Coachbook dark on a light system, light on a dark one, and back as the system is, tracked live', async ({ app }) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'light' })
  await goTo(page, '/settings')
  await expect(appearance(page).getByRole('radio', { name: 'As the system is' })).toBeChecked()
  expect(await background(page)).toBe(LIGHT)

  await chooseTheme(page, 'Dark')
  await expect.poll(() => background(page)).toBe(DARK)
  await expectAccessible(page, 'Settings, dark chosen')
  // Kept on this computer: the window opens dark again.
  await page.reload()
  await expect(appearance(page).getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect.poll(() => background(page)).toBe(DARK)
  await goTo(page, '/clients')
  expect(await background(page)).toBe(DARK)

  await page.emulateMedia({ colorScheme: 'dark' })
  await goTo(page, '/settings')
  await chooseTheme(page, 'Light')
  await expect.poll(() => background(page)).toBe(LIGHT)
  await expectAccessible(page, 'Settings, light chosen')

  await chooseTheme(page, 'As the system is')
  await expect.poll(() => background(page)).toBe(DARK)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(() => background(page)).toBe(LIGHT)
  await attachAxeSummary()
})

/** How `locale` writes a day, an amount in euros, and a day in full, worked out in the browser. */
function writtenIn(page: Page, locale: string, day: string) {
  return page.evaluate(
    ([locale, day]) => {
      const utc = new Date(`${day}T00:00:00Z`)
      return {
        day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc),
        fee: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1500),
        longDay: new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc)
      }
    },
    [locale, day] as const
  )
}

/** The coach's today ('YYYY-MM-DD', their own calendar) and the first day of its week when weeks start on `firstDay` (1 Monday … 7 Sunday). */
function todayAndWeekStart(page: Page, firstDay: number) {
  return page.evaluate((firstDay) => {
    const today = new Date().toLocaleDateString('sv-SE')
    const utc = new Date(`${today}T00:00:00Z`)
    const weekday = utc.getUTCDay() || 7
    utc.setUTCDate(utc.getUTCDate() - ((weekday - firstDay + 7) % 7))
    return { today, weekStart: utc.toISOString().slice(0, 10) }
  }, firstDay)
}

test('a coach chooses the locale, and dates, amounts and the first day of the week follow it on every screen', async ({ app }) => {
  const { page } = app
  const call = pageCaller(page)
  const kindId = (await call.ok('engagements:listKinds', {})).items.find((kind) => !kind.isMentoring)!.id
  const client = await call.ok('clients:create', { name: 'Inès Moreau' })
  await call.ok('engagements:create', {
    clientId: client.id,
    kindId,
    status: 'active',
    title: 'A new role in Lyon',
    startDate: '2026-03-14',
    fee: { amountMinor: 150000, currency: 'EUR', basis: 'package' }
  })

  const checkScreens = async (locale: string, firstDay: number) => {
    const { today, weekStart } = await todayAndWeekStart(page, firstDay)
    const start = await writtenIn(page, locale, '2026-03-14')
    const now = await writtenIn(page, locale, today)
    const week = await writtenIn(page, locale, weekStart)
    await goTo(page, '/today')
    await expect(page.getByText(`${now.longDay} · this week ${week.day} – `)).toBeVisible()
    await page.getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('option', { name: /Inès Moreau/ }).click()
    await page.getByRole('link', { name: 'A new role in Lyon' }).click()
    const contract = page.getByRole('tabpanel', { name: 'Contract' })
    await expect(contract.getByRole('definition').filter({ hasText: `${start.fee} for the package` })).toBeVisible()
    await expect(contract.getByRole('definition').filter({ hasText: start.day }).first()).toHaveText(start.day)
  }

  await goTo(page, '/settings')
  await choose(page, 'Locale for dates, times and numbers', /^French \(France\)/)
  await expect(page.getByText('Locale saved')).toBeVisible()
  // Weeks start on Monday in France.
  await checkScreens('fr-FR', 1)

  await goTo(page, '/settings')
  await choose(page, 'Locale for dates, times and numbers', /^Japanese \(Japan\)/)
  // And on Sunday in Japan.
  await checkScreens('ja-JP', 7)
  await expectAccessible(page, 'An engagement’s contract in Japanese formats')

  // Back to this computer's own: the browser's locale.
  await goTo(page, '/settings')
  await choose(page, 'Locale for dates, times and numbers', /^This computer’s/)
  const browserLocale = await page.evaluate(() => navigator.language)
  const firstDay = await page.evaluate((locale) => {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } }
    return (info.getWeekInfo?.() ?? info.weekInfo)!.firstDay
  }, browserLocale)
  await checkScreens(browserLocale, firstDay)
  await attachAxeSummary()
})
