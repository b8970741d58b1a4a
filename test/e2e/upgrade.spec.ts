import type { UpgradeApi, UpgradeProgress } from '../../electron/shared/upgrade'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'

type UpdatePage = Window & { coachbookUpgrade?: UpgradeApi; tellProgress?: (progress: UpgradeProgress) => void }

/**
 * The window shown while an older practice is updated, as built. Main sends it the
 * progress through its own preload; here a script put in the preload's place hands the
 * page the same messages.
 */
test('the update window says how far the update of a practice has got', async ({ app }) => {
  const { page } = app
  await page.addInitScript(() => {
    const update = window as UpdatePage
    update.coachbookUpgrade = { onProgress: (listener) => void (update.tellProgress = listener) }
  })
  await page.goto(new URL('/upgrade.html', page.url()).toString())
  const tell = (progress: UpgradeProgress) => page.evaluate((sent) => (window as UpdatePage).tellProgress?.(sent), progress)

  await expect(page.getByRole('heading', { name: 'Updating your practice' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Getting ready…')
  await expectAccessible(page, 'Updating your practice')

  await tell({ phase: 'backup' })
  await expect(page.getByRole('status')).toHaveText('Making a verified copy of your practice first…')
  await tell({ phase: 'upgrade', done: 2, total: 5 })
  await expect(page.getByRole('status')).toHaveText('Updating: step 3 of 5')
  await expect(page.getByRole('progressbar', { name: 'Updating: step 3 of 5' })).toHaveJSProperty('value', 0.1 + (0.9 * 2) / 5)
  await expectAccessible(page, 'Updating your practice, under way')
})
