import { expect, type Locator, type Page } from '@playwright/test'

/** Picks an option in a labelled React Aria select. */
export async function choose(page: Page, label: string, option: string | RegExp, within: Page | Locator = page): Promise<void> {
  await within.getByRole('button', { name: new RegExp(`${escape(label)}$`) }).click()
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
}

/** What to type into each kind of date segment (React Aria's `data-type`). */
type SegmentValues = Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'dayPeriod', string>>

/**
 * Types into a labelled date field segment by segment, as a coach would: in the order
 * the coach's locale shows them (month first in en-US, day first in en-GB and de-DE),
 * on the clock it shows (12-hour with AM/PM, or 24-hour).
 */
async function typeSegments(within: Page | Locator, label: string, values: SegmentValues): Promise<Locator> {
  const group = within.getByRole('group', { name: label, exact: true })
  const segments = group.getByRole('spinbutton')
  const types = await segments.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-type')))
  const typed = types.map((type) => values[type as keyof SegmentValues])
  if (typed.some((value) => value === undefined)) throw new Error(`No value to type for the segments ${types.join(', ')}`)
  await segments.first().click()
  await group.page().keyboard.type(typed.join(''))
  return group
}

function dayValues(isoDate: string): SegmentValues {
  const [year, month, day] = isoDate.split('-')
  return { year, month, day }
}

/** Types a date ('YYYY-MM-DD') into a labelled date field. */
export async function typeDate(within: Page | Locator, label: string, isoDate: string): Promise<void> {
  const group = await typeSegments(within, label, dayValues(isoDate))
  await expect(group.locator('[data-type="year"]')).toHaveText(isoDate.slice(0, 4))
}

/** Types a date ('YYYY-MM-DD') and a time (24-hour 'HH:MM') into a labelled date-and-time field. */
export async function typeDateTime(within: Page | Locator, label: string, isoDate: string, time: string): Promise<void> {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const twelveHour = (await within.getByRole('group', { name: label, exact: true }).locator('[data-type="dayPeriod"]').count()) > 0
  const hour = twelveHour ? (hours % 12 === 0 ? 12 : hours % 12) : hours
  const group = await typeSegments(within, label, {
    ...dayValues(isoDate),
    hour: String(hour).padStart(2, '0'),
    minute: String(minutes).padStart(2, '0'),
    dayPeriod: hours < 12 ? 'A' : 'P'
  })
  await expect(group.locator('[data-type="year"]')).toHaveText(isoDate.slice(0, 4))
  await expect(group.locator('[data-type="minute"]')).toHaveText(String(minutes).padStart(2, '0'))
}

/** A number as the coach's locale writes it: "2.5" in English, "2,5" in German. */
export function localNumber(page: Page, value: number): Promise<string> {
  return page.evaluate((number) => new Intl.NumberFormat(undefined, { useGrouping: false, maximumFractionDigits: 10 }).format(number), value)
}

/** Ticks or clears a labelled checkbox. */
export async function setChecked(within: Page | Locator, label: string | RegExp, checked: boolean): Promise<void> {
  const box = within.getByRole('checkbox', { name: label })
  await box.setChecked(checked)
  await expect(box).toBeChecked({ checked })
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Adds a client through the form and waits for their page. */
export async function addClient(page: Page, fields: { name: string; email?: string; organisation?: string; role?: string }): Promise<void> {
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('button', { name: 'New client' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(fields.name)
  if (fields.email) await page.getByRole('textbox', { name: 'Email' }).fill(fields.email)
  if (fields.organisation) await page.getByRole('textbox', { name: 'Organisation' }).fill(fields.organisation)
  if (fields.role) await page.getByRole('textbox', { name: 'Role' }).fill(fields.role)
  await page.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { level: 2, name: fields.name })).toBeVisible()
}

export interface SeededEngagement {
  clientName: string
  title: string
  engagementId: number
}

/** A session to seed: held unless given another status. */
export interface SeededSession {
  startsAt: string
  notes?: string
  agenda?: string
  status?: 'scheduled' | 'held' | 'cancelled' | 'no_show'
}

/**
 * A client with an active coaching engagement, made through the real API as the app
 * would (quicker than the forms, for journeys about what comes after), with any
 * sessions given. The page is reloaded to show them.
 */
export async function seedEngagement(
  page: Page,
  options: { clientName?: string; title?: string; startDate?: string; sessions?: SeededSession[] } = {}
): Promise<SeededEngagement> {
  const { clientName = 'Amara Okafor', title = 'First year as CEO', startDate = null, sessions = [] } = options
  const engagementId = await page.evaluate(
    async ({ clientName, title, startDate, sessions }) => {
      type Call = (input: unknown) => Promise<{ ok: boolean; data: { id: number; items: { id: number; isMentoring: boolean }[] } }>
      const api = window.coachbook as unknown as Record<string, Record<string, Call>>
      const client = await api.clients!.create!({ name: clientName, organisation: 'Lagos Fintech' })
      const kinds = await api.engagements!.listKinds!({})
      const kind = kinds.data.items.find((k) => !k.isMentoring)!
      const engagement = await api.engagements!.create!({ clientId: client.data.id, kindId: kind.id, status: 'active', title, startDate })
      for (const session of sessions) {
        await api.sessions!.create!({ engagementId: engagement.data.id, status: 'held', ...session })
      }
      return engagement.data.id
    },
    { clientName, title, startDate, sessions }
  )
  await reloadApp(page)
  return { clientName, title, engagementId }
}

/**
 * Reloads the window and waits until the app shows a screen: the app first reads the
 * coach's theme and locale, and a shortcut pressed before it is drawn reaches no app.
 */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
}

/** Opens an engagement from its client's page, on the given tab. */
export async function openEngagement(page: Page, engagement: SeededEngagement, tab?: string): Promise<void> {
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: new RegExp(escape(engagement.clientName)) }).click()
  await page.getByRole('link', { name: engagement.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: engagement.title })).toBeVisible()
  if (tab) await page.getByRole('tab', { name: tab }).click()
}

/** A day ('YYYY-MM-DD') as the app writes it in the coach's locale, e.g. "12 Jan 2026" or "12.01.2026". */
export function coachDate(page: Page, isoDate: string): Promise<string> {
  return page.evaluate((day) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), isoDate)
}

/** Settings › Encryption (`encryption`, its region): the key kept by a passphrase instead of the keychain. */
export async function keepKeyWithPassphrase(page: Page, encryption: Locator, passphrase: string): Promise<void> {
  await encryption.getByRole('button', { name: 'Use a passphrase instead…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Use a passphrase' })
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await dialog.getByLabel('The same passphrase again').fill(passphrase)
  await dialog.getByRole('button', { name: 'Use this passphrase' }).click()
  await expect(page.getByText('A passphrase keeps the key now')).toBeVisible()
}

/** An exact decimal amount as the coach types it in the browser's locale: "1,200.00", "1.200,00". */
export function typedAmount(page: Page, decimal: string): Promise<string> {
  return page.evaluate((exact) => new Intl.NumberFormat(undefined, { minimumFractionDigits: 2 }).format(exact as unknown as number), decimal)
}

/** An amount in euros as the app shows it in the browser's locale: "€900.00", "900,00 €". */
export function shownEuros(page: Page, decimal: string): Promise<string> {
  return page.evaluate((exact) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(exact as unknown as number), decimal)
}
