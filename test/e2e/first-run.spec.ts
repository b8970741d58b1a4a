import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { caller } from '../../electron/main/testing/calls'
import { freshDispatch } from '../../electron/main/testing/db'
import { fixturePath } from '../fixtures/build'
import { expectAccessible } from './axe'
import { expect, firstRunHeading, keepRecoveryKey, recoveryKeyDialog, test } from './fixtures'
import { answerNextOpen } from './practice'

/**
 * The first run: a coach on a new computer sees the ways to begin before anything is
 * made, and whichever they choose opens the app with nothing else asked.
 */
test.use({ firstRun: true })

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' })
const demoBanner = (page: Page) => page.getByRole('region', { name: 'Demo practice' })
const choice = (page: Page, name: string) => page.getByRole('list', { name: 'Ways to begin' }).getByRole('button', { name })

/** The practice files in the data folder (the demo's own folder aside). */
function practiceFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => name.endsWith('.sqlite'))
}

test('a coach starts an empty practice, made only once they choose it, and it opens the next day', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('list', { name: 'Ways to begin' }).getByRole('button')).toHaveText([
    'Start an empty practice',
    'Try the demo practice',
    'Restore a backup…',
    'Import a client export…'
  ])
  // Nothing suggests joining a practice synced from another device: there is no sync yet.
  await expect(page.getByText(/sync/i)).toHaveCount(0)
  await expect(choice(page, 'Start an empty practice')).toBeFocused()
  await expectAccessible(page, 'First run')
  expect(practiceFiles(app.dataDir)).toEqual([])

  await page.keyboard.press('Enter')
  // The new practice is encrypted: its recovery key is shown once, before anything else, and stays until the coach says they kept it.
  const dialog = recoveryKeyDialog(page)
  await expect(dialog.getByRole('note', { name: 'Recovery key' })).toHaveText(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/)
  await expectAccessible(page, 'First run: the recovery key')
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
  await keepRecoveryKey(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(sections(page)).toBeVisible()
  await expect(demoBanner(page)).toHaveCount(0)
  expect(practiceFiles(app.dataDir)).toEqual(['coachbook.sqlite'])

  const next = await app.restart()
  await expect(sections(next)).toBeVisible()
  await expect(firstRunHeading(next)).toHaveCount(0)
})

test('a coach tries the demo practice, kept apart and marked, then leaves it for a practice of their own', async ({ app }) => {
  let page = app.page
  await choice(page, 'Try the demo practice').click()
  await expect(demoBanner(page)).toBeVisible({ timeout: 60_000 })
  await expect(demoBanner(page)).toContainText('The clients and notes here are made up')
  await sections(page).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: /Clients/ }).getByRole('option')).not.toHaveCount(0)
  await expectAccessible(page, 'Demo practice: clients')
  // The demo lives in a folder of its own: the coach's own practice is not made by it.
  expect(practiceFiles(app.dataDir)).toEqual([])
  expect(existsSync(join(app.dataDir, 'demo', 'coachbook.sqlite'))).toBe(true)

  // Remembered: the next launch opens the demo again, still marked.
  page = await app.restart()
  await expect(demoBanner(page)).toBeVisible()

  await demoBanner(page).getByRole('button', { name: 'Leave the demo…' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Leave the demo practice?' })
  await expect(confirm).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(demoBanner(page)).toBeVisible()
  await demoBanner(page).getByRole('button', { name: 'Leave the demo…' }).click()
  await confirm.getByRole('button', { name: 'Leave the demo' }).click()
  await expect(firstRunHeading(page)).toBeVisible()

  await choice(page, 'Start an empty practice').click()
  await keepRecoveryKey(page)
  await expect(sections(page)).toBeVisible()
  await expect(demoBanner(page)).toHaveCount(0)
  await sections(page).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByText('Your practice is empty')).toBeVisible()
  expect(practiceFiles(app.dataDir)).toEqual(['coachbook.sqlite'])
})

test('a coach restores a backup: a file that is not one is refused with nothing made, a backup opens with its clients', async ({ app }) => {
  const page = app.page
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-backups-'))
  try {
    const notABackup = join(folder, 'notes.sqlite')
    writeFileSync(notABackup, 'Not a practice at all, only some words.')
    await answerNextOpen(page, notABackup)
    await choice(page, 'Restore a backup…').click()
    await expect(page.getByRole('alert')).toHaveText('notes.sqlite cannot be restored: it is not a Coachbook backup. No practice was made.')
    expect(practiceFiles(app.dataDir)).toEqual([])
    await expectAccessible(page, 'First run: a file that is not a backup')

    // Cancelling the dialog changes nothing either.
    await choice(page, 'Restore a backup…').click()
    await expect(choice(page, 'Restore a backup…')).not.toHaveAttribute('aria-disabled')
    expect(practiceFiles(app.dataDir)).toEqual([])

    const backup = join(folder, 'coachbook-backup.sqlite')
    copyFileSync(fixturePath(20), backup)
    await answerNextOpen(page, backup)
    await choice(page, 'Restore a backup…').click()
    await expect(sections(page)).toBeVisible()
    await sections(page).getByRole('link', { name: 'Clients' }).click()
    await expect(page.getByRole('option', { name: /Zoë Ødegård/ })).toBeVisible()
    expect(practiceFiles(app.dataDir)).toEqual(['coachbook.sqlite'])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

/** A client exported from another practice, as the one file the export writes (.coachbook-client). */
async function clientExportFile(name: string): Promise<{ path: string; done(): Promise<void> }> {
  const elsewhere = freshDispatch()
  const call = caller(elsewhere.dispatch)
  const client = await call.ok('clients:create', { name, organisation: 'Nordlys AS' })
  const exported = await call.ok('privacy:exportClient', { clientId: client.id })
  if (exported.status !== 'exported') throw new Error('expected an export')
  const file = exported.files.find((each) => each.endsWith('.coachbook-client'))!
  return {
    path: join(exported.folder, file),
    done: async () => {
      await elsewhere.database.close()
      rmSync(elsewhere.folder, { recursive: true, force: true })
    }
  }
}

test('a coach begins by importing a client export: the practice is made, then the export previewed and imported', async ({ app }) => {
  const page = app.page
  const exported = await clientExportFile('Ingrid Berg')
  try {
    await answerNextOpen(page, exported.path)
    await choice(page, 'Import a client export…').click()
    const confirm = page.getByRole('dialog', { name: 'Import Ingrid Berg?' })
    await expect(confirm).toBeVisible()
    expect(practiceFiles(app.dataDir)).toEqual(['coachbook.sqlite'])
    await expectAccessible(page, 'First run: the import of a client export')
    await confirm.getByRole('button', { name: 'Import client' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Ingrid Berg' })).toBeVisible()
  } finally {
    await exported.done()
  }
})
