import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { choose, openEngagement, seedEngagement } from './helpers'
import { answerNextOpen, pageCaller } from './practice'

/**
 * Templates the coach makes in Settings and starts a session from, and documents kept
 * with a session and an engagement, through the client's export, a backup and its
 * restore, and an erasure. The open dialog is answered through the test bridge, so
 * these run in the browser only.
 */

test.skip(process.env.COACHBOOK_E2E === 'electron', 'A real window shows the system’s own open dialog, which a test cannot answer.')

/** A file on the coach's disk, outside the practice's folder, to pick in the open dialog. */
function fileToPick(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'coachbook-documents-')), name)
  writeFileSync(path, content)
  return path
}

async function attach(page: Page, path: string): Promise<void> {
  await answerNextOpen(page, path)
  await page.getByRole('button', { name: 'Attach a file…' }).click()
}

test('a template made in Settings starts a session’s notes, and deleting it leaves them as they are', async ({ app }) => {
  const page = app.page
  const engagement = await seedEngagement(page)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const templates = page.getByRole('region', { name: 'Templates' })
  await expect(templates.getByRole('list', { name: 'Templates' })).toContainText('GROW session')

  await templates.getByRole('button', { name: 'New template…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New template' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Weekly check-in')
  await dialog.getByRole('textbox', { name: 'Heading of section 1' }).fill('Wins')
  await dialog.getByRole('textbox', { name: 'Prompt of section 1' }).fill('What went well since we last met?')
  await dialog.getByRole('button', { name: 'Add section' }).click()
  await dialog.getByRole('textbox', { name: 'Heading of section 2' }).fill('Next step')
  await expectAccessible(page, 'Settings: new template')
  await dialog.getByRole('button', { name: 'Add template' }).click()
  await expect(dialog).toHaveCount(0)
  const row = templates.getByRole('listitem').filter({ hasText: 'Weekly check-in' })
  await expect(row).toContainText('Wins · Next step')

  await templates.getByRole('button', { name: 'Edit Weekly check-in' }).click()
  await page.getByRole('dialog', { name: 'Edit template' }).getByRole('textbox', { name: 'Name' }).fill('Fortnightly check-in')
  await page.getByRole('dialog', { name: 'Edit template' }).getByRole('button', { name: 'Save template' }).click()
  await expect(templates.getByRole('listitem').filter({ hasText: 'Fortnightly check-in' })).toBeVisible()
  await templates.getByRole('button', { name: 'Copy GROW session' }).click()
  await expect(templates.getByRole('listitem').filter({ hasText: 'GROW session (copy)' })).toBeVisible()
  await expectAccessible(page, 'Settings: templates')

  await openEngagement(page, engagement, 'Sessions')
  await page.getByRole('button', { name: 'Record session' }).click()
  const recording = page.getByRole('dialog', { name: 'Record a session' })
  await choose(page, 'Start from a template', 'Fortnightly check-in', recording)
  await expectAccessible(page, 'Record a session, from a template')
  await recording.getByRole('button', { name: 'Add session' }).click()
  const notes = page.getByRole('textbox', { name: 'Notes and insights' })
  await expect(notes).toHaveValue('Wins\nWhat went well since we last met?\n\n\nNext step')
  const sessionUrl = page.url()

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await templates.getByRole('button', { name: 'Delete Fortnightly check-in' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete the template “Fortnightly check-in”?' })
  await expect(confirm).toContainText('Notes already started from it keep every word')
  await expectAccessible(page, 'Settings: delete a template')
  await confirm.getByRole('button', { name: 'Delete template' }).click()
  await expect(templates.getByRole('listitem').filter({ hasText: 'Fortnightly check-in' })).toHaveCount(0)

  await page.goto(sessionUrl)
  await expect(page.getByRole('textbox', { name: 'Notes and insights' })).toHaveValue('Wins\nWhat went well since we last met?\n\n\nNext step')

  // An intake note starts from the built-in intake template: its sections go into the Context.
  await page.getByRole('tab', { name: 'Assessment' }).click()
  await page.getByRole('button', { name: 'Add intake note' }).click()
  const intake = page.getByRole('form', { name: 'New intake note' })
  await expect(intake.getByRole('textbox', { name: 'What brought the client' })).toBeFocused()
  await choose(page, 'Start from a template', 'Intake conversation', intake)
  await expect(intake.getByRole('textbox', { name: 'Context' })).toHaveValue(/^What brought you to coaching\nWhy now\?.*\n\n\nContext\n/s)
  await expectAccessible(page, 'New intake note, from a template')
  await intake.getByRole('button', { name: 'Save intake note' }).click()
  await expect(page.getByRole('article', { name: /Intake note, / })).toContainText('Your role, team, organisation')
})

test('a document attached to a session is listed, opened after asking, refused when it is not a kind Coachbook keeps, and removed with undo', async ({ app }) => {
  const page = app.page
  const engagement = await seedEngagement(page, { sessions: [{ startsAt: '2026-03-03T10:00:00Z', notes: 'Values exercise' }] })
  await openEngagement(page, engagement, 'Sessions')
  await page.getByRole('grid', { name: 'Sessions' }).getByRole('link').first().click()
  const attachments = page.getByRole('region', { name: 'Attachments' })
  await expect(attachments).toContainText('No attachments.')

  await attach(page, fileToPick('setup.exe', 'MZ'))
  await expect(attachments.getByRole('alert')).toContainText('cannot be attached: Coachbook keeps PDF, images')

  await attach(page, fileToPick('Values worksheet.txt', 'courage, craft, curiosity'))
  const list = attachments.getByRole('list', { name: 'Attachments of this session' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem')).toContainText(/Values worksheet\.txt.*25 bytes · added/)
  await expect(attachments.getByRole('alert')).toHaveCount(0)
  await expectAccessible(page, 'Session record with an attachment')

  await list.getByRole('button', { name: 'Open Values worksheet.txt' }).click()
  const opening = page.getByRole('alertdialog', { name: 'Open “Values worksheet.txt”?' })
  await expect(opening).toContainText('a folder only your account can read')
  await expectAccessible(page, 'Open an attachment?')
  await opening.getByRole('button', { name: 'Open' }).click()
  await expect(opening).toHaveCount(0)
  const opened = readdirSync(join(app.dataDir, 'opened-attachments'), { recursive: true, encoding: 'utf8' })
  expect(opened.filter((name) => name.endsWith('Values worksheet.txt'))).toHaveLength(1)
  expect(statSync(join(app.dataDir, 'opened-attachments')).mode & 0o777).toBe(0o700)

  await list.getByRole('button', { name: 'Remove Values worksheet.txt' }).click()
  const removing = page.getByRole('alertdialog', { name: 'Remove “Values worksheet.txt”?' })
  await expectAccessible(page, 'Remove an attachment?')
  await removing.getByRole('button', { name: 'Remove attachment' }).click()
  await expect(attachments).toContainText('No attachments.')
  await page.getByRole('alertdialog').filter({ hasText: 'Values worksheet.txt removed' }).getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('listitem')).toContainText('Values worksheet.txt')
})

test('an engagement’s document goes into the client’s export, comes back with a restored backup, and goes with an erasure', async ({ app }) => {
  let page = app.page
  const SENTINEL = 'signed-agreement-SENTINEL-42'
  const engagement = await seedEngagement(page, { clientName: 'Tom Baker' })
  await openEngagement(page, engagement, 'Contract')
  await attach(page, fileToPick('Signed agreement.pdf', `%PDF-1.4 ${SENTINEL}`))
  const list = page.getByRole('list', { name: 'Attachments of this engagement' })
  await expect(list).toContainText('Signed agreement.pdf')

  // The export: the file in the folder, listed on the page a person reads.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Tom Baker/ }).click()
  await page.getByRole('button', { name: 'Export all data…' }).click()
  await expect(page.getByText("All of Tom Baker's data exported")).toBeVisible()
  const exports = join(app.dataDir, 'exports')
  const folder = join(exports, readdirSync(exports).find((name) => name.startsWith('Tom Baker'))!)
  const [file] = readdirSync(join(folder, 'attachments'))
  expect(readFileSync(join(folder, 'attachments', file!), 'utf8')).toBe(`%PDF-1.4 ${SENTINEL}`)
  expect(readFileSync(join(folder, 'client.html'), 'utf8')).toContain('Signed agreement.pdf</a>')

  // A backup holds it: removed, then the backup restored, it is back, whole.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText('Backup made and checked')).toBeVisible()
  await openEngagement(page, engagement, 'Contract')
  await list.getByRole('button', { name: 'Remove Signed agreement.pdf' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove attachment' }).click()
  await expect(page.getByRole('region', { name: 'Attachments' })).toContainText('No attachments.')
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await page
    .getByRole('list', { name: 'Copies in the folder' })
    .getByRole('listitem')
    .filter({ hasText: 'Made on request' })
    .getByRole('button', { name: 'Restore…' })
    .click()
  const reloaded = page.waitForEvent('load')
  await page.getByRole('alertdialog', { name: 'Replace your practice with this backup?' }).getByRole('button', { name: 'Replace my practice' }).click()
  await reloaded
  page = app.page
  await openEngagement(page, engagement, 'Contract')
  await expect(page.getByRole('list', { name: 'Attachments of this engagement' })).toContainText('Signed agreement.pdf')
  const [restored] = (await pageCaller(page).ok('attachments:list', { on: { kind: 'engagement', id: engagement.engagementId } })).items
  const { opened } = await pageCaller(page).ok('attachments:open', { id: restored!.id })
  expect(readFileSync(opened, 'utf8')).toBe(`%PDF-1.4 ${SENTINEL}`)

  // Erased: gone from the practice and from the copies opened.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Tom Baker/ }).click()
  await page.getByRole('button', { name: 'Erase completely…' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: "Type the client's name to confirm" }).fill('Tom Baker')
  await page.getByRole('dialog').getByRole('button', { name: 'Erase completely' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: /Tom Baker/ })).toHaveCount(0)
  expect(await pageCaller(page).fail('attachments:open', { id: restored!.id })).toMatchObject({ code: 'not_found' })
  const copies = join(app.dataDir, 'opened-attachments')
  expect(existsSync(copies) ? readdirSync(copies, { recursive: true }) : []).toEqual([])
})
