import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { EngagementListItem } from '../../electron/shared/engagements'
import { attachAxeSummary, expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { addEngagementUnderWay, answerNextOpen, goTo, pageCaller, seedOpenPractice, SMALL_PRACTICE } from './practice'

/**
 * Every screen and dialog of a populated practice, scanned with axe in the light and
 * the dark colour scheme. Dates are never typed here, so the journey reads the same in
 * any time zone and locale.
 */

interface Picked {
  clientId: number
  engagement: Pick<EngagementListItem, 'id' | 'title'>
}

/** Engagements of the demo practice that show each screen at its fullest. */
async function pickEngagements(page: Page) {
  const call = pageCaller(page)
  const { items: clients } = await call.ok('clients:list', { archived: 'all', limit: 200 })
  const all: { clientId: number; engagement: EngagementListItem }[] = []
  for (const client of clients) {
    const { items } = await call.ok('engagements:listForClient', { clientId: client.id })
    all.push(...items.map((engagement) => ({ clientId: client.id, engagement })))
  }
  const find = (what: string, test: (engagement: EngagementListItem) => boolean): Picked => {
    const found = all.find(({ engagement }) => test(engagement))
    if (!found) throw new Error(`The demo practice has no ${what}: choose another seed.`)
    return found
  }
  return {
    sponsoredCompleted: find('completed, sponsored coaching engagement', (e) => e.status === 'completed' && e.sponsorOrganisation !== null && e.plannedSessions !== null),
    mentoring: find('mentoring relationship with meetings held', (e) => e.kind.name === 'Mentoring' && e.heldSessions > 0)
  }
}

async function openEngagement(page: Page, { engagement }: Picked): Promise<void> {
  await goTo(page, `/engagements/${engagement.id}`)
  await expect(page.getByRole('heading', { level: 1, name: engagement.title })).toBeVisible()
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click()
  await expect(page.getByRole('tab', { name, selected: true })).toBeVisible()
}

/** Opens a dialog with `open`, scans it, and closes it with Esc. */
async function scanDialog(page: Page, screen: string, open: () => Promise<unknown>, role: 'dialog' | 'alertdialog' = 'dialog'): Promise<Locator> {
  await open()
  // Within the modal layer: a notification is an alert dialog too.
  const dialog = page.locator('.modal-overlay').getByRole(role)
  await expect(dialog).toBeVisible()
  await expectAccessible(page, screen)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  return dialog
}

test('every screen and dialog of a populated practice passes axe in light and dark', async ({ app }) => {
  test.setTimeout(600_000)
  const page = app.page

  await test.step('an empty practice', async () => {
    await expect(page.getByText('Welcome to Coachbook')).toBeVisible()
    await expectAccessible(page, 'Today: a new practice')
    await goTo(page, '/clients')
    await expect(page.getByText('Your practice is empty')).toBeVisible()
    await expectAccessible(page, 'Clients: empty practice')
  })

  const call = pageCaller(page)
  await seedOpenPractice(page, SMALL_PRACTICE, 2)
  const underWay = await addEngagementUnderWay(call)
  const picked = {
    ...(await pickEngagements(page)),
    active: { clientId: underWay.clientId, engagement: { id: underWay.engagementId, title: underWay.title } }
  }
  await call.ok('engagements:createKind', { name: 'Team coaching', isMentoring: false })
  await page.reload()

  await test.step('today', async () => {
    await goTo(page, '/today')
    await expect(page.getByRole('heading', { level: 2, name: /^Goals at risk/ })).toBeVisible()
    await expect(page.getByRole('link', { name: /Let a team lead open the meeting/ }).first()).toBeVisible()
    await expectAccessible(page, 'Today')
    await goTo(page, '/clients')
  })

  await test.step('clients', async () => {
    await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option').first()).toBeVisible()
    await expectAccessible(page, 'Clients: no client selected')
    await page.getByRole('listbox', { name: 'Clients' }).getByRole('option').first().click()
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
    await expectAccessible(page, 'Client record')
    await scanDialog(page, 'Delete client dialog', () => page.getByRole('button', { name: 'Delete…' }).click(), 'alertdialog')
    await scanDialog(page, 'Erase client dialog', () => page.getByRole('button', { name: 'Erase completely…' }).click())
    // The open dialog can be answered only through the test bridge.
    if (process.env.COACHBOOK_E2E !== 'electron') {
      await page.getByRole('button', { name: 'Export all data…' }).click()
      await expect(page.getByText(/data exported/)).toBeVisible()
      const exports = join(app.dataDir, 'exports')
      await answerNextOpen(page, join(exports, readdirSync(exports)[0]!, 'client.json'))
      await scanDialog(page, 'Import client dialog, the client already here', () => page.getByRole('button', { name: 'Import…' }).click())
    }
    await page.getByRole('button', { name: 'Edit' }).click()
    await expect(page.getByRole('heading', { name: 'Edit client' })).toBeVisible()
    await expectAccessible(page, 'Edit client')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'New client' }).click()
    await page.getByRole('button', { name: 'Add client' }).click()
    await expect(page.getByText("Enter the client's name.")).toBeVisible()
    await expectAccessible(page, 'New client, refused without a name')
    await page.getByRole('textbox', { name: 'Name' }).fill('Half typed')
    await page.getByRole('button', { name: /Time zone$/ }).click()
    await page.getByRole('combobox', { name: 'Search time zones' }).fill('lond')
    await expect(page.getByRole('option', { name: 'Europe/London' })).toBeVisible()
    await expectAccessible(page, 'New client, time zones searched')
    await page.getByRole('option', { name: 'Europe/London' }).click()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeVisible()
    await expectAccessible(page, 'Discard unsaved changes dialog')
    await page.getByRole('button', { name: 'Discard changes' }).click()
    await page.getByRole('searchbox', { name: 'Filter clients' }).fill('nobody like this')
    await expect(page.getByText('No clients match')).toBeVisible()
    await expectAccessible(page, 'Clients: filtered to nothing')
    await page.getByRole('button', { name: 'Clear filter' }).click()
    await page.getByRole('radio', { name: 'All' }).click()
    await page.getByRole('listbox', { name: 'Clients' }).getByRole('option').first().click()
    await page.getByRole('button', { name: 'Archive' }).click()
    await expect(page.getByRole('alertdialog', { name: / archived$/ }).getByRole('button', { name: 'Undo' })).toBeVisible()
    await expectAccessible(page, 'Client archived, with its notification')
    await page.getByRole('radio', { name: 'Archived' }).click()
    await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible()
    await expectAccessible(page, 'Clients: archived, one open')
    await page.getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('radio', { name: 'Active' }).click()
  })

  await test.step('a new engagement', async () => {
    await goTo(page, `/clients/${picked.active.clientId}/engagements/new`)
    await expect(page.getByRole('heading', { name: 'New engagement' })).toBeVisible()
    await expectAccessible(page, 'New engagement')
    await page.getByRole('button', { name: /Kind$/ }).click()
    await expect(page.getByRole('option', { name: 'Mentoring' })).toBeVisible()
    await expectAccessible(page, 'New engagement, kinds open')
    await page.getByRole('option', { name: 'Mentoring' }).click()
    await page.getByRole('button', { name: 'Choose start date from a calendar' }).click()
    await expect(page.getByRole('grid')).toBeVisible()
    await expectAccessible(page, 'New engagement, calendar open')
    await page.keyboard.press('Escape')
    await scanDialog(page, 'New kind dialog', () => page.getByRole('button', { name: 'New kind…' }).click())
    await scanDialog(page, 'New organisation dialog', () => page.getByRole('button', { name: 'New organisation…' }).click())
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('alertdialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click()
  })

  await test.step('a completed, sponsored engagement', async () => {
    await openEngagement(page, picked.sponsoredCompleted)
    await expectAccessible(page, 'Engagement: contract')
    await scanDialog(page, 'Delete engagement dialog', () => page.getByRole('button', { name: 'Delete engagement…' }).click(), 'alertdialog')
    await page.getByRole('button', { name: 'Edit contract' }).click()
    await expect(page.getByRole('heading', { name: 'Edit contract' })).toBeVisible()
    await expectAccessible(page, 'Engagement: edit contract')
    await page.getByRole('button', { name: 'Cancel' }).click()

    await openTab(page, 'Assessment')
    await expect(page.getByRole('heading', { name: 'Intake notes' })).toBeVisible()
    await expectAccessible(page, 'Engagement: assessment')
    for (const add of ['Add intake note', 'Add interview', 'Add result', 'Add growth area']) {
      await page.getByRole('button', { name: add }).click()
      await expect(page.getByRole('form')).toBeVisible()
      await expectAccessible(page, `Assessment: ${add.toLowerCase()}`)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('form')).toHaveCount(0)
    }
    await page.getByRole('button', { name: /^Edit intake note/ }).first().click()
    await expect(page.getByRole('form')).toBeVisible()
    await expectAccessible(page, 'Assessment: editing an intake note')
    await page.keyboard.press('Escape')
    await scanDialog(page, 'Delete intake note dialog', () => page.getByRole('button', { name: /^Delete intake note/ }).first().click(), 'alertdialog')

    await openTab(page, 'Goals & actions')
    await expect(page.getByRole('list', { name: 'Goals' })).toBeVisible()
    await expectAccessible(page, 'Engagement: goals and actions')
    await scanDialog(page, 'New action dialog', () => page.getByRole('button', { name: 'Add action' }).click())
    await scanDialog(page, 'New measurement dialog', () => page.getByRole('button', { name: 'Add measurement' }).click())
    await scanDialog(page, 'New milestone dialog', () => page.getByRole('button', { name: 'Add milestone' }).click())
    await scanDialog(page, 'Delete goal dialog', () => page.getByRole('button', { name: 'Delete goal…' }).click(), 'alertdialog')
    await page.getByRole('button', { name: 'Edit goal' }).click()
    await expectAccessible(page, 'Goals: edit goal')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'New goal' }).click()
    await expect(page.getByRole('heading', { name: 'New goal' })).toBeVisible()
    await expectAccessible(page, 'Goals: new goal')
    await page.keyboard.press('Escape')

    await openTab(page, 'Sessions')
    await expect(page.getByRole('grid', { name: 'Sessions' })).toBeVisible()
    await expectAccessible(page, 'Engagement: sessions')
    await scanDialog(page, 'Schedule session dialog', () => page.getByRole('button', { name: 'Schedule session' }).click())
    await page.getByRole('button', { name: 'Schedule session' }).click()
    await page.getByRole('button', { name: 'Choose the day of date and time from a calendar' }).click()
    await expect(page.getByRole('grid', { name: /\d{4}/ })).toBeVisible()
    await expectAccessible(page, 'Schedule session dialog, calendar open')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('grid', { name: /\d{4}/ })).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page.getByRole('grid', { name: 'Sessions' }).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 2, name: /Session 1/ })).toBeVisible()
    await expectAccessible(page, 'Session record')
    await scanDialog(page, 'Add commitment dialog', () => page.getByRole('button', { name: 'Add commitment' }).click())

    await openTab(page, 'Reviews')
    await expect(page.getByRole('heading', { name: 'Final review' })).toBeVisible()
    await expectAccessible(page, 'Engagement: final review')
    await page.getByRole('button', { name: 'New mid-point review' }).click()
    await expect(page.getByRole('heading', { name: 'New mid-point review' })).toBeVisible()
    await expectAccessible(page, 'Reviews: new mid-point review')
    await page.getByRole('button', { name: 'Cancel' }).click()

    await openTab(page, 'Summary')
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
    await expectAccessible(page, 'Summary: client version')
    await page.getByRole('switch', { name: 'Sponsor view' }).click()
    await expect(page.getByText('Showing the sponsor’s version.')).toBeVisible()
    await expectAccessible(page, 'Summary: sponsor version')
    await page.getByRole('button', { name: 'Export sponsor PDF…' }).click()
    await expect(page.getByText('PDF saved')).toBeVisible()
    await expectAccessible(page, 'Summary: sponsor PDF saved')
  })

  await test.step('an active engagement', async () => {
    await openEngagement(page, picked.active)
    await page.getByRole('button', { name: 'Change status ▾' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectAccessible(page, 'Engagement: status menu')
    await page.getByRole('menuitem', { name: 'Pause' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAccessible(page, 'Change status dialog')
    await page.keyboard.press('Escape')
    await openTab(page, 'Sessions')
    await scanDialog(page, 'Record session dialog', () => page.getByRole('button', { name: 'Record session' }).click())
    await page.getByRole('button', { name: /^Change status of the session/ }).first().click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectAccessible(page, 'Sessions: status menu')
    await page.keyboard.press('Escape')
    await scanDialog(page, 'Delete session dialog', () => page.getByRole('button', { name: /^Delete the session/ }).first().click(), 'alertdialog')
    await openTab(page, 'Reviews')
    await expectAccessible(page, 'Engagement: reviews of an active engagement')
    await page.getByRole('button', { name: 'New final review' }).click()
    await expect(page.getByRole('heading', { name: 'New final review' })).toBeVisible()
    await scanDialog(page, 'Complete final review dialog', () => page.getByRole('button', { name: 'Complete review' }).click(), 'alertdialog')
  })

  await test.step('a mentoring relationship', async () => {
    await openEngagement(page, picked.mentoring)
    await expectAccessible(page, 'Mentoring: agreement')
    await openTab(page, 'Sessions')
    await page.getByRole('grid', { name: 'Meetings' }).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 2, name: /Meeting 1/ })).toBeVisible()
    await page.getByRole('button', { name: 'Add introduction' }).click()
    await expectAccessible(page, 'Mentoring: meeting record')
    await page.getByRole('tab', { name: 'Summary' }).click()
    await page.getByRole('alertdialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click()
    await expect(page.getByRole('tab', { name: 'Summary', selected: true })).toBeVisible()
    await expectAccessible(page, 'Mentoring: summary')
  })

  await test.step('sponsors', async () => {
    await page.getByRole('link', { name: 'Sponsors' }).click()
    await expect(page.getByRole('listbox', { name: 'Organisations' })).toBeVisible()
    await expectAccessible(page, 'Sponsors: none selected')
    await page.getByRole('listbox', { name: 'Organisations' }).getByRole('option').first().click()
    await expect(page.getByRole('list', { name: 'Engagements sponsored' })).toBeVisible()
    await expectAccessible(page, 'Sponsor record')
    await scanDialog(page, 'New organisation dialog', () => page.getByRole('button', { name: 'New organisation' }).click())
    await scanDialog(page, 'Add contact dialog', () => page.getByRole('button', { name: 'Add contact' }).click())
    await scanDialog(page, 'Edit organisation dialog', () => page.getByRole('button', { name: 'Edit', exact: true }).click())
    await scanDialog(page, 'Delete organisation dialog', () => page.getByRole('button', { name: 'Delete…' }).click(), 'alertdialog')
  })

  await test.step('retention', async () => {
    await page.getByRole('link', { name: 'Retention' }).click()
    await expect(page.getByRole('heading', { name: 'Records due for disposal' })).toBeVisible()
    await expectAccessible(page, 'Retention')
    await scanDialog(page, 'Erase engagement dialog', () => page.getByRole('button', { name: 'Erase…' }).first().click(), 'alertdialog')
  })

  await test.step('income', async () => {
    await page.getByRole('link', { name: 'Income' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Income' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Export CSV…' })).toBeVisible()
    await expectAccessible(page, 'Income')
  })

  await test.step('settings', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expectAccessible(page, 'Settings')
    await scanDialog(page, 'Settings: new kind dialog', () => page.getByRole('button', { name: 'New kind…' }).click())
    await scanDialog(page, 'Settings: edit kind dialog', () => page.getByRole('button', { name: 'Edit Team coaching' }).click())
    await scanDialog(page, 'Settings: delete kind dialog', () => page.getByRole('button', { name: 'Delete Team coaching' }).click(), 'alertdialog')
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect(page.getByText('Backup made and checked')).toBeVisible()
    await expectAccessible(page, 'Settings: a backup made')
    await scanDialog(page, 'Restore backup dialog', () => page.getByRole('button', { name: 'Restore…' }).first().click(), 'alertdialog')
  })

  await test.step('search', async () => {
    await page.keyboard.press('Control+k')
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible()
    await expectAccessible(page, 'Search palette')
    await page.keyboard.type('team')
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible()
    await expectAccessible(page, 'Search palette with results')
    await page.getByRole('button', { name: /Client$/ }).click()
    await expect(page.getByRole('option', { name: 'Any client' })).toBeVisible()
    await expectAccessible(page, 'Search palette, clients to filter by')
    await page.keyboard.press('Escape')
    await page.getByRole('combobox', { name: 'Search your practice' }).fill('nothing is called this')
    await expect(page.getByText('Nothing found for')).toBeVisible()
    await expectAccessible(page, 'Search palette, nothing found')
    await page.keyboard.press('Escape')
  })

  await test.step('a screen that does not exist', async () => {
    await goTo(page, '/nowhere')
    await expect(page.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible()
    await expectAccessible(page, 'Unknown address')
  })

  await attachAxeSummary()
})
