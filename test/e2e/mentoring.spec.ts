import { test, expect } from './fixtures'
import { addClient, choose, typeDateTime } from './helpers'

test('a mentoring relationship: open-ended meetings with topics, advice and an introduction', async ({ app }) => {
  test.setTimeout(120_000)
  let page = app.page

  await addClient(page, { name: 'Ольга Петрова', organisation: 'Volga Systems', role: 'Engineering Manager' })
  await page.getByRole('button', { name: 'New engagement' }).click()
  await choose(page, 'Kind', 'Mentoring')
  // Mentoring is open-ended and meets when needed.
  await expect(page.getByRole('textbox', { name: 'Planned sessions' })).toHaveValue('')
  await expect(page.getByRole('button', { name: /Cadence$/ })).toContainText('As needed')
  await choose(page, 'Status', 'Active')
  await page.getByRole('button', { name: 'Create engagement' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible()

  const meetings = [
    {
      day: '2026-02-10',
      topics: 'Moving from engineering manager to director',
      advice: 'Find a sponsor above your manager before asking for the role.',
      introduction: { to: 'Dmitri Sokolov', why: 'Ran the same transition at Yandex', outcome: 'Coffee booked' }
    },
    { day: '2026-04-02', topics: 'How the conversation with Dmitri went', advice: 'Write down the three things you want to be known for.' }
  ]
  for (const [index, meeting] of meetings.entries()) {
    await page.getByRole('tab', { name: 'Sessions' }).click()
    await page.getByRole('button', { name: 'Record meeting' }).click()
    const dialog = page.getByRole('dialog')
    await typeDateTime(dialog, 'Date and time', meeting.day, '18:00')
    await dialog.getByRole('button', { name: 'Add meeting' }).click()
    await expect(page.getByRole('heading', { level: 2, name: `Meeting ${index + 1}` })).toBeVisible()
    await page.getByRole('textbox', { name: 'Topics discussed' }).fill(meeting.topics)
    await page.getByRole('textbox', { name: 'Advice given' }).fill(meeting.advice)
    if (meeting.introduction) {
      await page.getByRole('button', { name: 'Add introduction' }).click()
      const introduction = page.getByRole('group', { name: 'Introduction 1' })
      await introduction.getByRole('textbox', { name: 'Introduced to' }).fill(meeting.introduction.to)
      await introduction.getByRole('textbox', { name: 'Why' }).fill(meeting.introduction.why)
      await introduction.getByRole('textbox', { name: 'Outcome' }).fill(meeting.introduction.outcome)
    }
    await page.getByRole('button', { name: /^Save (meeting|session)$/ }).click()
    await expect(page.getByText(/(Meeting|Session) saved/).first()).toBeVisible()
  }

  await page.getByRole('tab', { name: 'Sessions' }).click()
  const table = page.getByRole('grid', { name: 'Meetings' })
  await expect(table.getByText('Meeting 2')).toBeVisible()

  page = await app.restart()
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Ольга Петрова/ }).click()
  await expect(page.getByText('2 meetings held')).toBeVisible()
  await page.getByRole('link', { name: 'Mentoring' }).click()
  await page.getByRole('tab', { name: 'Sessions' }).click()
  await page.getByRole('grid', { name: 'Meetings' }).getByRole('link').first().click()
  await expect(page.getByRole('textbox', { name: 'Advice given' })).toHaveValue(meetings[0]!.advice)
  await expect(page.getByRole('group', { name: 'Introduction 1' }).getByRole('textbox', { name: 'Introduced to' })).toHaveValue('Dmitri Sokolov')
})
