import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { addClient, coachDate, choose, localNumber, setChecked, typeDate, typeDateTime } from './helpers'

const PRIVATE_NOTE = 'Privately: she fears the CFO role is a step too far'
const PRIVATE_OBSERVATION = 'Observed: tension in her voice when the board came up'

test('an executive-coaching engagement from contract to final review, in client and sponsor view', async ({ app }) => {
  test.setTimeout(240_000)
  let page = app.page

  await test.step('contracting with a sponsor', async () => {
    await page.getByRole('link', { name: 'Sponsors' }).click()
    await page.getByRole('button', { name: /New organisation|Add the first organisation/ }).first().click()
    const orgDialog = page.getByRole('dialog')
    await orgDialog.getByRole('textbox', { name: 'Name' }).fill('Nordlys AS')
    await orgDialog.getByRole('button', { name: 'Add organisation' }).click()
    await page.getByRole('button', { name: 'Add contact' }).click()
    const contactDialog = page.getByRole('dialog')
    await contactDialog.getByRole('textbox', { name: 'Name' }).fill('Ingrid Berg')
    await contactDialog.getByRole('textbox', { name: 'Role' }).fill('HR Director')
    await contactDialog.getByRole('button', { name: 'Add contact' }).click()
    await expect(page.getByText('Ingrid Berg', { exact: true })).toBeVisible()

    await addClient(page, { name: 'Zoë Ødegård', email: 'zoe@nordlys.no', organisation: 'Nordlys AS', role: 'CFO' })
    await page.getByRole('button', { name: 'New engagement' }).click()
    await expect(page.getByRole('heading', { name: 'New engagement' })).toBeVisible()
    await choose(page, 'Kind', 'Executive coaching')
    await page.getByRole('textbox', { name: 'Title' }).fill('Leading the merger')
    await choose(page, 'Status', 'Active')
    await choose(page, 'Sponsor organisation', 'Nordlys AS')
    await choose(page, 'Sponsor contact', /Ingrid Berg/)
    await typeDate(page, 'Start date', '2026-01-12')
    await typeDate(page, 'Planned end date', '2026-06-30')
    await page.getByRole('textbox', { name: 'Planned sessions' }).fill('3')
    await choose(page, 'Sponsor reporting', 'Summary of shareable content')
    await page.getByRole('textbox', { name: 'Confidentiality terms' }).fill('The sponsor sees goals and progress, never session notes.')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Leading the merger' })).toBeVisible()
    await expect(page.getByText('sponsored by Nordlys AS')).toBeVisible()
  })

  await test.step('assessment: intake, a 360 result and two growth areas', async () => {
    await page.getByRole('tab', { name: 'Assessment' }).click()
    await page.getByRole('button', { name: 'Add intake note' }).click()
    let form = page.getByRole('form', { name: 'New intake note' })
    await form.getByRole('textbox', { name: 'What brought the client' }).fill('Promoted to CFO during a merger; the board asked for support.')
    await form.getByRole('textbox', { name: 'Hopes' }).fill(PRIVATE_NOTE)
    await form.getByRole('button', { name: 'Save intake note' }).click()
    await expect(page.getByText(PRIVATE_NOTE)).toBeVisible()

    await page.getByRole('button', { name: 'Add result' }).click()
    form = page.getByRole('form', { name: 'New result' })
    await choose(page, 'Instrument', '360° feedback', form)
    await form.getByRole('textbox', { name: 'Competency, row 1' }).fill('Delegation')
    await form.getByRole('textbox', { name: 'Self score, row 1' }).fill('4')
    await form.getByRole('textbox', { name: 'Peers score, row 1' }).fill(await localNumber(page, 2.5))
    await form.getByRole('textbox', { name: 'Your interpretation' }).fill('Peers see far less delegation than she does.')
    await setChecked(form, 'Shareable with client and sponsor', true)
    await form.getByRole('button', { name: 'Save result' }).click()
    await expect(page.getByText('Peers see far less delegation than she does.')).toBeVisible()

    for (const title of ['Delegating', 'Board communication']) {
      await page.getByRole('button', { name: 'Add growth area' }).click()
      form = page.getByRole('form', { name: 'New growth area' })
      await form.getByRole('textbox', { name: 'Title' }).fill(title)
      await setChecked(form, 'Agreed with the client', true)
      await form.getByRole('button', { name: 'Save growth area' }).click()
      await expect(page.getByRole('heading', { name: title })).toBeVisible()
    }
  })

  await test.step('two SMART goals and an action plan', async () => {
    await page.getByRole('tab', { name: 'Goals & actions' }).click()
    const goals = [
      { statement: 'Delegate the monthly close to her two senior analysts', baseline: '2', target: '8', area: 'Delegating' },
      { statement: 'Present to the board with confidence', baseline: '3', target: '7', area: 'Board communication' }
    ]
    for (const goal of goals) {
      await page.getByRole('button', { name: /^(New goal|Add the first goal)$/ }).first().click()
      await page.getByRole('textbox', { name: 'Statement' }).fill(goal.statement)
      await page.getByRole('textbox', { name: 'Baseline' }).fill(goal.baseline)
      await page.getByRole('textbox', { name: 'Target' }).fill(goal.target)
      await choose(page, 'Growth area', goal.area)
      await page.getByRole('button', { name: 'Save goal' }).click()
      await expect(page.getByRole('heading', { level: 2, name: goal.statement })).toBeVisible()
    }
    await expect(page.getByRole('list', { name: 'Goals' }).getByRole('listitem')).toHaveCount(2)

    await page.getByRole('list', { name: 'Goals' }).getByRole('link', { name: /Delegate the monthly close/ }).click()
    await page.getByRole('button', { name: 'Add action' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Hand the accruals review to Lars')
    await typeDate(dialog, 'Due date', '2026-01-20')
    await dialog.getByRole('button', { name: 'Add action' }).click()
    await expect(page.getByRole('list', { name: 'Action plan' }).getByText('Hand the accruals review to Lars')).toBeVisible()
    // Due before today: the open-actions list flags it as overdue. Its rows are in the page only while it is in view.
    const openActions = page.getByRole('grid', { name: 'Open actions' })
    await openActions.scrollIntoViewIfNeeded()
    await expect(openActions.getByText('Overdue')).toBeVisible()
  })

  await test.step('three sessions with commitments reviewed and progress rated', async () => {
    const sessions = [
      { day: '2026-01-15', ratings: [3, null] as const },
      { day: '2026-02-05', ratings: [5, 5] as const },
      { day: '2026-03-05', ratings: [7, 6] as const }
    ]
    for (const [index, session] of sessions.entries()) {
      await page.getByRole('tab', { name: 'Sessions' }).click()
      await page.getByRole('button', { name: 'Record session' }).click()
      const dialog = page.getByRole('dialog')
      await typeDateTime(dialog, 'Date and time', session.day, '09:30')
      await dialog.getByRole('button', { name: 'Add session' }).click()
      await expect(page.getByRole('heading', { level: 2, name: `Session ${index + 1} of 3` })).toBeVisible()

      if (index === 0) {
        await page.getByRole('textbox', { name: 'Agenda and focus' }).fill('Map what only she can do at month end.')
        await page.getByRole('textbox', { name: 'Notes and insights' }).fill('Shareable insight: the close can run without her.')
        await setChecked(page, 'Shareable with client and sponsor', true)
        await page.getByRole('textbox', { name: 'Private observations' }).fill(PRIVATE_OBSERVATION)
        await page.getByRole('button', { name: 'Add commitment' }).click()
        const commitment = page.getByRole('dialog')
        await commitment.getByRole('textbox', { name: 'Description' }).fill('Draft a delegation map')
        await choose(page, 'Goal', /Delegate the monthly close/, commitment)
        await commitment.getByRole('button', { name: 'Add commitment' }).click()
        await expect(page.getByRole('list', { name: 'Agreed in this session' }).getByText('Draft a delegation map')).toBeVisible()
      }
      if (index === 1) {
        const previous = page.getByRole('list', { name: 'Agreed in the previous session' })
        await setChecked(previous, 'Mark done: Draft a delegation map', true)
      }
      for (const [goalIndex, rating] of session.ratings.entries()) {
        if (rating === null) continue
        const statement = goalIndex === 0 ? 'Delegate the monthly close to her two senior analysts' : 'Present to the board with confidence'
        const form = page.getByRole('form', { name: statement })
        await form.getByRole('textbox', { name: 'Rating (0–10)' }).fill(String(rating))
        await form.getByRole('button', { name: 'Add rating' }).click()
        await expect(form.getByText(`In this session: ${rating}`)).toBeVisible()
      }
      await page.getByRole('button', { name: 'Save session' }).click()
      await expect(page.getByText('Session saved').first()).toBeVisible()
    }
    await page.getByRole('tab', { name: 'Sessions' }).click()
    await expect(page.getByRole('grid', { name: 'Sessions' }).getByText('Session 3 of 3')).toBeVisible()
  })

  await test.step('a commitment ticked off in a session was done by that session’s day', async () => {
    await page.getByRole('tab', { name: 'Goals & actions' }).click()
    await page.getByRole('list', { name: 'Goals' }).getByRole('link', { name: /Delegate the monthly close/ }).click()
    const done = page.getByRole('list', { name: 'Action plan' }).getByRole('listitem').filter({ hasText: 'Draft a delegation map' })
    await expect(done).toContainText(`Done ${await coachDate(page, '2026-02-05')}`)
  })

  await test.step('the final review, dated months ago, closes the engagement; a day before it started is refused next to the date', async () => {
    await page.getByRole('tab', { name: 'Reviews' }).click()
    await page.getByRole('button', { name: 'New final review' }).click()
    const first = page.getByRole('group', { name: 'Delegate the monthly close to her two senior analysts' })
    await choose(page, 'Achieved', 'Yes', first)
    await expect(first.getByText('The goal becomes Achieved.')).toBeVisible()
    const second = page.getByRole('group', { name: 'Present to the board with confidence' })
    await choose(page, 'Achieved', 'Partly', second)
    // Partly achieved: the coach confirms where the goal stands, as it is unless changed.
    await expect(second.getByRole('button', { name: /Goal status$/ })).toContainText('Not started')
    await choose(page, 'Goal status', 'On track', second)
    await page.getByRole('textbox', { name: 'Key learnings' }).fill('Letting go of the close freed two days a month.')
    await page.getByRole('textbox', { name: 'Plan to sustain the change' }).fill('Quarterly check-in with the analysts on what else to hand over.')
    await page.getByRole('textbox', { name: 'Client feedback' }).fill('Client words: this changed how I lead.')

    await typeDate(page, 'Held on', '2026-01-10')
    await page.getByRole('button', { name: 'Complete review' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Complete and close engagement' }).click()
    const heldOn = page.getByRole('group', { name: 'Held on', exact: true })
    await expect(heldOn).toHaveAccessibleDescription(new RegExp(`Choose a date on or after ${await coachDate(page, '2026-01-12')}`))
    await expect(page.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0)
    await expect(page.getByText('Draft: not completed yet')).toBeVisible()

    await typeDate(page, 'Held on', '2026-03-20')
    await page.getByRole('button', { name: 'Complete review' }).click()
    // Its one open action, overdue since January: marked done on the day it closes.
    const closing = page.getByRole('alertdialog')
    await expect(closing.getByRole('radiogroup', { name: 'It has 1 open action' })).toBeVisible()
    await expect(closing.getByRole('radio', { name: 'Keep it open for the follow-up' })).toBeChecked()
    await closing.getByRole('radio', { name: `Mark it done on ${await coachDate(page, '2026-03-20')}` }).check()
    await closing.getByRole('button', { name: 'Complete and close engagement' }).click()
    await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible()
  })

  await test.step('each goal shows the final review’s outcome, and the open action was done the day it closed', async () => {
    await page.getByRole('tab', { name: 'Goals & actions' }).click()
    const goals = page.getByRole('list', { name: 'Goals' })
    await expect(goals.getByRole('listitem').filter({ hasText: 'Delegate the monthly close' })).toContainText('AchievedFinal review: Achieved')
    await expect(goals.getByRole('listitem').filter({ hasText: 'Present to the board' })).toContainText('On trackFinal review: Partly achieved')
    await goals.getByRole('link', { name: /Delegate the monthly close/ }).click()
    const handedOver = page.getByRole('list', { name: 'Action plan' }).getByRole('listitem').filter({ hasText: 'Hand the accruals review to Lars' })
    await expect(handedOver).toContainText(`Done ${await coachDate(page, '2026-03-20')}`)
    await expect(handedOver).not.toContainText('Overdue')
  })

  await test.step('the status history runs from the start date to the review, and can be corrected', async () => {
    await page.getByRole('tab', { name: 'Contract' }).click()
    const history = page.getByRole('table', { name: 'Status history' })
    await expect(history.getByRole('row')).toHaveText([/Date/, new RegExp(`${await coachDate(page, '2026-01-12')}\\s*Active`), new RegExp(`${await coachDate(page, '2026-03-20')}\\s*Completed`)])

    await history.getByRole('button', { name: /^Correct: Active/ }).click()
    const dialog = page.getByRole('dialog')
    await typeDate(dialog, 'Effective from', '2026-03-21')
    await dialog.getByRole('button', { name: 'Save correction' }).click()
    await expect(dialog.getByRole('group', { name: 'Effective from', exact: true })).toHaveAccessibleDescription(
      new RegExp(`Choose a date on or before ${await coachDate(page, '2026-03-20')}, when the engagement became completed\\.$`)
    )
    await typeDate(dialog, 'Effective from', '2026-01-13')
    await dialog.getByRole('button', { name: 'Save correction' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('definition').filter({ hasText: await coachDate(page, '2026-01-13') })).toBeVisible()
  })

  await test.step('the summary for the client, and for the sponsor without anything private', async () => {
    await page.getByRole('tab', { name: 'Summary' }).click()
    const sheet = page.getByRole('main')
    await expect(sheet.getByText('Delegate the monthly close to her two senior analysts').first()).toBeVisible()
    await expect(sheet.getByText('Letting go of the close freed two days a month.')).toBeVisible()
    await expect(sheet.getByText('Shareable insight: the close can run without her.')).toBeVisible()
    await expect(sheet.getByText('Client words: this changed how I lead.')).toBeVisible()
    await expect(sheet.getByText(PRIVATE_NOTE)).toHaveCount(0)
    await expect(sheet.getByText(PRIVATE_OBSERVATION)).toHaveCount(0)

    await switchSponsorView(page, true)
    await expect(page.getByText('Showing the sponsor’s version.')).toBeVisible()
    await expect(sheet.getByText('Delegate the monthly close to her two senior analysts').first()).toBeVisible()
    await expect(sheet.getByText('Peers see far less delegation than she does.')).toBeVisible()
    await expect(sheet.getByText(PRIVATE_NOTE)).toHaveCount(0)
    await expect(sheet.getByText(PRIVATE_OBSERVATION)).toHaveCount(0)
    // Not marked shareable with the sponsor: the client's own words stay out.
    await expect(sheet.getByText('Client words: this changed how I lead.')).toHaveCount(0)
    const text = await sheet.innerText()
    expect(text).not.toContain('fears the CFO role')
  })

  await test.step('both summaries exported as PDF', async () => {
    const exported = async (button: string) => {
      const before = new Set(readdirSync(exportsDir()))
      const newPdf = () => readdirSync(exportsDir()).find((name) => !before.has(name) && name.endsWith('.pdf'))
      await page.getByRole('button', { name: button }).click()
      // The file itself, not a notification: an earlier export's may still be on screen. It is written whole or not at all.
      await expect.poll(newPdf, { message: 'a new PDF in the exports folder' }).toBeTruthy()
      return execFileSync('pdftotext', ['-layout', join(exportsDir(), newPdf()!), '-'], { encoding: 'utf8' })
    }
    const exportsDir = () => join(app.dataDir, 'exports')
    const sponsorPdf = await exported('Export sponsor PDF…')
    expect(sponsorPdf).toContain('Delegate the monthly close')
    expect(sponsorPdf).not.toContain('fears the CFO role')
    expect(sponsorPdf).not.toContain('tension in her voice')
    expect(sponsorPdf).not.toContain('this changed how I lead')

    await switchSponsorView(page, false)
    const clientPdf = await exported('Export client PDF…')
    expect(clientPdf).toContain('Delegate the monthly close')
    expect(clientPdf).toContain('this changed how I lead')
    expect(clientPdf).not.toContain('fears the CFO role')
    expect(clientPdf).not.toContain('tension in her voice')
  })

  await test.step('everything is still there after a restart', async () => {
    page = await app.restart()
    await page.getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('option', { name: /Zoë Ødegård/ }).click()
    await page.getByRole('link', { name: 'Leading the merger' }).click()
    await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible()
    await page.getByRole('tab', { name: 'Sessions' }).click()
    await expect(page.getByRole('grid', { name: 'Sessions' }).getByRole('row')).toHaveCount(4)
    await page.getByRole('tab', { name: 'Assessment' }).click()
    await expect(page.getByText(PRIVATE_NOTE)).toBeVisible()
  })

  await test.step("the sponsor's page lists the engagement it sponsors, and opens it", async () => {
    await page.getByRole('link', { name: 'Sponsors' }).click()
    await page.getByRole('option', { name: /Nordlys AS/ }).click()
    const sponsored = page.getByRole('list', { name: 'Engagements sponsored' })
    await sponsored.getByRole('link', { name: 'Zoë Ødegård · Leading the merger' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Leading the merger' })).toBeVisible()
  })
})

/**
 * The switch follows the address (?view=sponsor), which the router changes in a
 * transition: its state is awaited after the click, not read back at once as check() does.
 */
async function switchSponsorView(page: Page, on: boolean): Promise<void> {
  const sponsorView = page.getByRole('switch', { name: 'Sponsor view' })
  if ((await sponsorView.isChecked()) !== on) await sponsorView.click()
  await expect(sponsorView).toBeChecked({ checked: on })
}
