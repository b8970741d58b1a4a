import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { goTo, pageCaller } from './practice'

/**
 * How every form and dialog behaves at the keyboard: it opens in its first field, Enter
 * submits from a one-line field and Ctrl/Cmd+Enter from a multi-line one, and what is
 * said about a save never covers the form. No date is typed: the same in every locale.
 */

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'

/** A client with an active coaching engagement, a goal and one session held. */
async function engagementWithASession(page: Page) {
  const call = pageCaller(page)
  const { items: kinds } = await call.ok('engagements:listKinds', {})
  const client = await call.ok('clients:create', { name: 'Amara Okafor' })
  const engagement = await call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds.find((kind) => kind.name === 'Executive coaching')!.id,
    title: 'Stepping into the CFO role',
    status: 'active',
    plannedSessions: 6
  })
  const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Chair the Monday meeting without stepping in', measure: 'rating', baseline: 3, target: 8 })
  const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: new Date(Date.now() - 86_400_000).toISOString(), status: 'held' })
  await page.reload()
  return { client, engagement, goal, session }
}

/** Expects focus in `field`: a text box, a list's button, or (for a date) its first segment. */
async function expectFocusIn(field: Locator): Promise<void> {
  await expect(field).toBeFocused()
}

test('every form and dialog opens with focus on its first field', async ({ app: { page } }) => {
  const { client, engagement, goal } = await engagementWithASession(page)
  const dialog = page.getByRole('dialog')
  const closeDialog = async () => {
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
  }

  await goTo(page, '/clients/new')
  await expectFocusIn(page.getByRole('textbox', { name: 'Name' }))

  await goTo(page, `/clients/${client.id}/engagements/new`)
  await expectFocusIn(page.getByRole('button', { name: /Kind$/ }))

  await goTo(page, `/engagements/${engagement.id}`)
  await page.getByRole('button', { name: 'Change status ▾' }).click()
  await page.getByRole('menuitem', { name: 'Pause' }).click()
  await expectFocusIn(dialog.getByRole('group', { name: 'Effective from' }).getByRole('spinbutton').first())
  await closeDialog()

  await page.getByRole('tab', { name: 'Assessment' }).click()
  await page.getByRole('button', { name: 'Add result' }).click()
  await expectFocusIn(page.getByRole('form', { name: 'New result' }).getByRole('button', { name: /Instrument$/ }))
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Add intake note' }).click()
  await expectFocusIn(page.getByRole('textbox', { name: 'What brought the client' }))
  await page.keyboard.press('Escape')

  await goTo(page, `/engagements/${engagement.id}/goals?goal=${goal.id}`)
  await page.getByRole('button', { name: 'Add measurement' }).click()
  await expectFocusIn(dialog.getByRole('group', { name: 'Date' }).getByRole('spinbutton').first())
  await closeDialog()
  await page.getByRole('button', { name: 'Add action' }).click()
  await expectFocusIn(dialog.getByRole('textbox', { name: 'Description' }))
  await closeDialog()
  await page.getByRole('button', { name: 'New goal' }).click()
  await expectFocusIn(page.getByRole('textbox', { name: 'Statement' }))
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: 'Sessions' }).click()
  await page.getByRole('button', { name: 'Schedule session' }).click()
  await expectFocusIn(dialog.getByRole('group', { name: 'Date and time' }).getByRole('spinbutton').first())
  await closeDialog()

  await page.getByRole('tab', { name: 'Reviews' }).click()
  await page.getByRole('button', { name: 'New mid-point review' }).click()
  await expectFocusIn(page.getByRole('group', { name: 'Held on' }).getByRole('spinbutton').first())
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Sponsors' }).first().click()
  await page.getByRole('button', { name: 'Add the first organisation' }).click()
  await expectFocusIn(dialog.getByRole('textbox', { name: 'Name' }))
  await closeDialog()

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'New kind…' }).click()
  await expectFocusIn(dialog.getByRole('textbox', { name: 'Name' }))
  await closeDialog()
})

test('one click on Cancel closes a form that opened in a field still to be filled', async ({ app: { page } }) => {
  const { engagement } = await engagementWithASession(page)
  await goTo(page, `/engagements/${engagement.id}/assessment`)
  await page.getByRole('button', { name: 'Add intake note' }).click()
  await expect(page.getByRole('textbox', { name: 'What brought the client' })).toBeFocused()
  await page.getByRole('form', { name: 'New intake note' }).getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('form', { name: 'New intake note' })).toHaveCount(0)

  await goTo(page, `/engagements/${engagement.id}/goals`)
  await page.getByRole('button', { name: 'New action' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('Enter submits from a one-line field, Ctrl/Cmd+Enter from a multi-line one', async ({ app: { page } }) => {
  const { engagement, goal, session } = await engagementWithASession(page)
  const dialog = page.getByRole('dialog')

  // A date's segment is a one-line field: Enter submits the dialog it is in.
  await goTo(page, `/engagements/${engagement.id}`)
  await page.getByRole('button', { name: 'Change status ▾' }).click()
  await page.getByRole('menuitem', { name: 'Pause' }).click()
  await expect(dialog.getByRole('group', { name: 'Effective from' }).getByRole('spinbutton').first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible()

  // So is a number: Enter in the value adds the measurement.
  await goTo(page, `/engagements/${engagement.id}/goals?goal=${goal.id}`)
  await page.getByRole('button', { name: 'Add measurement' }).click()
  await dialog.getByRole('textbox', { name: 'Rating (0–10)' }).fill('6')
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('table').getByText('6/10')).toBeVisible()

  // In a multi-line field Enter starts a new line; Ctrl/Cmd+Enter adds the action.
  await page.getByRole('button', { name: 'Add action' }).click()
  const description = dialog.getByRole('textbox', { name: 'Description' })
  await description.fill('Open the meeting with the agenda')
  await description.press('Enter')
  await page.keyboard.type('and hand over')
  await expect(dialog).toBeVisible()
  await expect(description).toHaveValue('Open the meeting with the agenda\nand hand over')
  await description.press(`${MOD}+Enter`)
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Action plan' }).getByText(/Open the meeting with the agenda/)).toBeVisible()

  // A session record's forms have no submit button of their own: Enter and Ctrl/Cmd+Enter still save.
  await goTo(page, `/engagements/${engagement.id}/sessions/${session.id}`)
  const duration = page.getByRole('textbox', { name: 'Duration (minutes)' })
  await duration.fill('75')
  await duration.press('Enter')
  await expect(page.getByText('Session saved')).toBeVisible()
  await expect(page.getByText('75 min')).toBeVisible()
  const notes = page.getByRole('textbox', { name: 'Notes and insights' })
  await notes.fill('She let the silence do the work.')
  await notes.press(`${MOD}+Enter`)
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Notes and insights' })).toHaveValue('She let the silence do the work.')
})

test('notifications stay in a corner, two at most, newest first, never over the form being edited', async ({ app: { page } }) => {
  const { engagement, session } = await engagementWithASession(page)
  const call = pageCaller(page)
  // The notifications' own region (its name is in the reader's language).
  const region = page.getByRole('region').filter({ has: page.getByRole('alertdialog') })

  for (const name of ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']) {
    const client = await call.ok('clients:create', { name })
    await goTo(page, `/clients/${client.id}`)
    await page.getByRole('button', { name: 'Archive' }).click()
    await expect(region.getByText(`${name} archived`)).toBeVisible()
  }
  await expect(region.getByRole('alertdialog')).toHaveText([/Katherine Johnson archived/, /Grace Hopper archived/])

  await goTo(page, `/engagements/${engagement.id}/sessions/${session.id}`)
  await page.getByRole('textbox', { name: 'Agenda and focus' }).fill('What only she can decide')
  await page.getByRole('button', { name: 'Save session' }).click()
  await expect(region.getByText('Session saved')).toBeVisible()
  const toasts = await region.boundingBox()
  const record = await page.getByRole('region', { name: 'Session 1 of 6' }).boundingBox()
  expect(toasts && record, 'the notifications and the record are on screen').toBeTruthy()
  const overlap = toasts!.x < record!.x + record!.width && record!.x < toasts!.x + toasts!.width
  expect(overlap, 'the notifications sit beside the record, not over it').toBe(false)
})
