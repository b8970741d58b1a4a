import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { openEngagement, seedEngagement } from './helpers'

test('Coachbook opens on Today, or on the last screen once the coach chooses so, and on Today when that record is gone', async ({ app }) => {
  let page = app.page
  const engagement = await seedEngagement(page, { clientName: 'Zoë Ødegård', title: 'Leading the board' })
  await openEngagement(page, engagement, 'Goals')

  // By default the coach's day comes first, wherever they left off.
  page = await app.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const choice = page.getByRole('radiogroup', { name: 'When Coachbook opens, show' })
  await expect(choice.getByRole('radio', { name: 'Today' })).toBeChecked()
  // Pressed, then read back once saved: the choice shows the stored value, so check() could read it before the answer came.
  await choice.getByRole('radio', { name: 'The screen I was on last' }).click()
  await expect(page.getByText('Today’s settings saved')).toBeVisible()
  await expect(choice.getByRole('radio', { name: 'The screen I was on last' })).toBeChecked()
  await expectAccessible(page, 'Settings: where Coachbook opens')

  await openEngagement(page, engagement, 'Goals')
  const goalsTab = () => page.getByRole('tab', { name: 'Goals' })
  await expect(goalsTab()).toHaveAttribute('aria-selected', 'true')
  // Quitting at once would be quicker than any coach: the screen is kept once main has written it.
  const kept = () => (JSON.parse(readFileSync(join(app.dataDir, 'last-screen.json'), 'utf8')) as { path: string }).path
  await expect.poll(kept).toBe(`/engagements/${engagement.engagementId}/goals`)
  page = await app.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Leading the board' })).toBeVisible()
  await expect(goalsTab()).toHaveAttribute('aria-selected', 'true')

  // The record on show last is gone by the next launch (as after Undo of its creation, or a restore of an older
  // backup, neither of which leaves its screen): the app opens on Today, with no error.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Zoë Ødegård/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Zoë Ødegård' })).toBeVisible()
  await page.evaluate(async ({ engagementId }) => {
    type Call = (input: unknown) => Promise<{ ok: boolean; data: { items: { id: number }[] } }>
    const api = window.coachbook as unknown as Record<string, Record<string, Call>>
    const [client] = (await api.clients!.list!({})).data.items
    for (const done of [await api.engagements!.delete!({ id: engagementId }), await api.clients!.delete!({ id: client!.id })]) {
      if (!done.ok) throw new Error('Not deleted.')
    }
  }, engagement)
  page = await app.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('radiogroup', { name: 'When Coachbook opens, show' }).getByRole('radio', { name: 'The screen I was on last' })).toBeChecked()
})
