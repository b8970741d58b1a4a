import { expect, type Locator, type Page } from '@playwright/test'

/** Picks an option in a labelled React Aria select. */
export async function choose(page: Page, label: string, option: string | RegExp, within: Page | Locator = page): Promise<void> {
  await within.getByRole('button', { name: new RegExp(`${escape(label)}$`) }).click()
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
}

/** Types a date into a labelled date field, segment by segment as a coach would (en-US order). */
export async function typeDate(within: Page | Locator, label: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-')
  const group = within.getByRole('group', { name: label, exact: true })
  await group.getByRole('spinbutton').first().click()
  await group.page().keyboard.type(`${month}${day}${year}`)
  await expect(group.getByRole('spinbutton').last()).toHaveText(year!)
}

/** Types a date and time (24-hour 'HH:MM') into a labelled date-and-time field (en-US order, 12-hour clock). */
export async function typeDateTime(within: Page | Locator, label: string, isoDate: string, time: string): Promise<void> {
  const [year, month, day] = isoDate.split('-')
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const hour12 = String(hours % 12 === 0 ? 12 : hours % 12).padStart(2, '0')
  const group = within.getByRole('group', { name: label, exact: true })
  await group.getByRole('spinbutton').first().click()
  await group.page().keyboard.type(`${month}${day}${year}${hour12}${String(minutes).padStart(2, '0')}${hours < 12 ? 'A' : 'P'}`)
  await expect(group.getByRole('spinbutton', { name: /year/i })).toHaveText(year!)
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
