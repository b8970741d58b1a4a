import type { Page } from '@playwright/test'
import { attachAxeSummary, expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { pageCaller } from './practice'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Zoë (tagged executive) has a board engagement sponsored by Nordlys, seen two days ago;
 * Tom's career engagement last met nine weeks ago; Ann has no engagement yet.
 */
async function aPracticeToFilter(page: Page) {
  const call = pageCaller(page)
  const kinds = (await call.ok('engagements:listKinds', {})).items
  const kindId = (name: string) => kinds.find((kind) => kind.name === name)!.id
  const nordlys = await call.ok('organisations:create', { name: 'Nordlys AS' })
  const zoe = await call.ok('clients:create', { name: 'Zoë Ødegård', tags: ['executive'] })
  const tom = await call.ok('clients:create', { name: 'Tom Baker' })
  await call.ok('clients:create', { name: 'Ann Lee' })
  const board = await call.ok('engagements:create', {
    clientId: zoe.id,
    kindId: kindId('Executive coaching'),
    title: 'Leading the board',
    status: 'active',
    sponsorOrganisationId: nordlys.id
  })
  const career = await call.ok('engagements:create', { clientId: tom.id, kindId: kindId('Career coaching'), title: 'Next role', status: 'active' })
  await call.ok('sessions:create', { engagementId: board.id, startsAt: new Date(Date.now() - 2 * DAY_MS).toISOString(), status: 'held' })
  await call.ok('sessions:create', { engagementId: career.id, startsAt: new Date(Date.now() - 63 * DAY_MS).toISOString(), status: 'held' })
  await page.reload()
  return { board }
}

/** A saved filter's link in the sidebar: its name, then how many records it matches. */
const savedFilter = (name: string, count: number) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,\\s*${count}$`)

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' })

/** Add filter ▸ `dimension` ▸ `choice`, by keyboard-reachable menus. */
async function addFilter(page: Page, dimension: string, choice: string) {
  await page.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('menuitem', { name: dimension }).click()
  await page.getByRole('menuitemradio', { name: choice }).or(page.getByRole('menuitem', { name: choice })).click()
}

test('tags, list filters and saved filters, from the engagement screen to Settings', async ({ app: { page } }) => {
  const { board } = await aPracticeToFilter(page)

  // An engagement is tagged where it is shown.
  await sections(page).getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Zoë Ødegård/ }).click()
  await page.getByRole('link', { name: 'Leading the board' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Leading the board' })).toBeVisible()
  const addTag = page.getByRole('textbox', { name: 'Add a tag' })
  await addTag.fill('sponsored')
  await addTag.press('Enter')
  await expect(page.getByRole('grid', { name: 'Tags' }).getByRole('row', { name: 'sponsored' })).toBeVisible()
  await expect.poll(async () => (await pageCaller(page).ok('tags:ofEngagement', { engagementId: board.id })).tags).toEqual(['sponsored'])

  // The client list narrows by tag, and by the time since the last session.
  await sections(page).getByRole('link', { name: 'Clients' }).click()
  const clients = page.getByRole('listbox', { name: 'Clients' })
  await expect(clients.getByRole('option')).toHaveCount(3)
  await addFilter(page, 'Tag', 'executive')
  await expect(clients.getByRole('option')).toHaveText([/Zoë Ødegård/])
  await page.getByRole('button', { name: 'Remove filter Tag: executive' }).click()
  await expect(clients.getByRole('option')).toHaveCount(3)
  await addFilter(page, 'Last session', 'No session for 4+ weeks')
  await expect(clients.getByRole('option')).toHaveText([/Ann Lee/, /Tom Baker/])
  await expect(page.getByRole('grid', { name: 'Filters' }).getByRole('row')).toHaveText([/Last session: No session for 4\+ weeks/])
  await expectAccessible(page, 'Client list, filtered')

  // Saved, named, and in the sidebar with its count.
  await page.getByRole('button', { name: 'Save filter…' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill('Quiet clients')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(sections(page).getByRole('link', { name: savedFilter('Quiet clients', 2) })).toBeVisible()

  // The engagement list: all sponsored engagements under way.
  await sections(page).getByRole('link', { name: 'Engagements' }).click()
  const engagements = page.getByRole('listbox', { name: 'Engagements' })
  await expect(engagements.getByRole('option')).toHaveCount(2)
  await addFilter(page, 'Status', 'Active')
  await addFilter(page, 'Sponsor', 'Nordlys AS')
  await expect(engagements.getByRole('option')).toHaveText([/Zoë Ødegård — Leading the board/])
  await expectAccessible(page, 'Engagement list, filtered')
  await page.getByRole('button', { name: 'Save filter…' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill('Sponsored, under way')
  await page.keyboard.press('Enter')
  await expect(sections(page).getByRole('link', { name: savedFilter('Sponsored, under way', 1) })).toBeVisible()

  // A saved filter opens its list, narrowed; its count follows the records.
  await sections(page).getByRole('link', { name: savedFilter('Quiet clients', 2) }).click()
  await expect(clients.getByRole('option')).toHaveText([/Ann Lee/, /Tom Baker/])
  // Paused today on the coach's calendar (in Kolkata, UTC's day is still yesterday after 18:30 UTC: before the engagement began).
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
  await pageCaller(page).ok('engagements:setStatus', { id: board.id, status: 'paused', date: today })
  await page.reload()
  await expect(sections(page).getByRole('link', { name: savedFilter('Sponsored, under way', 0) })).toBeVisible()

  // Renamed, then deleted after a confirmation.
  await sections(page).getByRole('button', { name: 'More for Quiet clients' }).click()
  await page.getByRole('menuitem', { name: 'Rename…' }).click()
  const name = page.getByRole('textbox', { name: 'Name' })
  await name.fill('Not seen lately')
  await name.press('Enter')
  await expect(sections(page).getByRole('link', { name: savedFilter('Not seen lately', 2) })).toBeVisible()
  await sections(page).getByRole('button', { name: 'More for Not seen lately' }).click()
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  await page.getByRole('alertdialog', { name: 'Delete “Not seen lately”?' }).getByRole('button', { name: 'Delete filter' }).click()
  await expect(sections(page).getByRole('link', { name: /Not seen lately/ })).toHaveCount(0)

  // Settings → Tags: one vocabulary; renaming "executive" renames it on Zoë.
  await sections(page).getByRole('link', { name: 'Settings' }).click()
  const tags = page.getByRole('list', { name: 'Tags' })
  await expect(tags.getByRole('listitem')).toHaveText([/executive\s*1 client/, /sponsored\s*1 engagement/])
  await page.getByRole('button', { name: 'Rename executive' }).click()
  const newName = page.getByRole('textbox', { name: 'New name' })
  await newName.fill('C-suite')
  await newName.press('Enter')
  await expect(tags.getByRole('listitem')).toHaveText([/C-suite\s*1 client/, /sponsored\s*1 engagement/])
  await expectAccessible(page, 'Settings, tags')
  await page.getByRole('button', { name: 'Delete sponsored' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete the tag “sponsored”?' })
  await expect(confirm).toContainText('It is taken off 1 engagement.')
  await confirm.getByRole('button', { name: 'Delete tag' }).click()
  await expect(tags.getByRole('listitem')).toHaveText([/C-suite/])
  await attachAxeSummary()
})
