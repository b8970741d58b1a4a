import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { addClient } from './helpers'
import { answerNextOpen } from './practice'

const NAME = 'Zoë Ødegård'

test('the recovery key opens a backup in a fresh data folder, on another computer', async ({ app }) => {
  let page = app.page
  await addClient(page, { name: NAME })
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const encryption = page.getByRole('region', { name: 'Encryption' })
  await expect(encryption).toContainText('Your practice has no recovery key yet')
  await expect(encryption).toContainText('your practice and its backups are gone')

  // Made once, shown once: it closes only once the coach says they kept it.
  await encryption.getByRole('button', { name: 'Make a recovery key…' }).click()
  const shown = page.getByRole('dialog', { name: 'Your recovery key' })
  const recoveryKey = (await shown.getByRole('note', { name: 'Recovery key' }).textContent()) ?? ''
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
  await expect(shown.getByRole('button', { name: 'Done' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(shown).toBeVisible()
  await shown.getByRole('checkbox', { name: 'I have printed or written down my recovery key' }).check()
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toBeHidden()
  await expect(encryption).toContainText('Your practice has a recovery key, made on')

  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copying your practice' })).toBeHidden()
  await expect(page.getByRole('list', { name: 'Copies in the folder' }).getByRole('listitem').filter({ hasText: 'Made on request' })).toHaveCount(1)

  // The backup and the recovery file beside it go to a stick; the computer is replaced: a fresh data folder.
  const stick = mkdtempSync(join(tmpdir(), 'coachbook-stick-'))
  const copied = join(stick, 'practice-backup.sqlite')
  page = await app.restart(() => {
    const backups = join(app.dataDir, 'backups')
    const backup = readdirSync(backups).find((name) => name.endsWith('-manual.sqlite'))!
    copyFileSync(join(backups, backup), copied)
    copyFileSync(join(backups, 'coachbook.recovery.json'), join(stick, 'coachbook.recovery.json'))
    for (const name of readdirSync(app.dataDir)) if (name !== 'logs') rmSync(join(app.dataDir, name), { recursive: true, force: true })
  })
  try {
    await page.getByRole('link', { name: 'Clients' }).click()
    await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option')).toHaveCount(0)

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
    await answerNextOpen(page, copied)
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    const asking = page.getByRole('dialog', { name: 'Enter the recovery key' })
    await expect(asking).toContainText('practice-backup.sqlite is encrypted with another key')
    const field = asking.getByRole('textbox', { name: 'Recovery key' })

    // A typo is caught and said, under the field.
    const typo = recoveryKey.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'))
    await field.fill(typo)
    await field.press('Enter')
    await expect(asking).toContainText('That recovery key has a typo')
    await expect(field).toHaveAttribute('aria-invalid', 'true')

    await field.fill(recoveryKey.toLowerCase().replaceAll('-', ' '))
    await field.press('Enter')
    const confirm = page.getByRole('alertdialog', { name: 'Replace your practice with this backup?' })
    await expect(confirm).toContainText('practice-backup.sqlite')
    await confirm.getByRole('button', { name: 'Replace my practice' }).click()

    // The window reloads on the restored practice, which the same recovery key opens from now on.
    await expect(page.getByRole('region', { name: 'Encryption' })).toContainText('Your practice has a recovery key, made on')
    await page.getByRole('link', { name: 'Clients' }).click()
    await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option')).toHaveText([new RegExp(NAME)])
  } finally {
    rmSync(stick, { recursive: true, force: true })
  }
})

test('a coach keeps the key by a passphrase, then goes back to the keychain, the practice file untouched', async ({ app }) => {
  const { page } = app
  await addClient(page, { name: NAME })
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const encryption = page.getByRole('region', { name: 'Encryption' })
  await expect(encryption).toContainText('This computer’s keychain keeps the key')
  const practiceFile = join(app.dataDir, 'coachbook.sqlite')
  const before = readFileSync(practiceFile)

  await encryption.getByRole('button', { name: 'Use a passphrase instead…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Use a passphrase' })
  await dialog.getByLabel('Passphrase', { exact: true }).fill('Tallinn harbour at dawn')
  await dialog.getByLabel('The same passphrase again').fill('Tallinn harbour at dusk')
  await dialog.getByRole('button', { name: 'Use this passphrase' }).click()
  await expect(dialog).toContainText('The two passphrases are not the same')
  await dialog.getByLabel('The same passphrase again').fill('Tallinn harbour at dawn')
  await dialog.getByRole('button', { name: 'Use this passphrase' }).click()
  await expect(page.getByText('A passphrase keeps the key now')).toBeVisible()
  await expect(encryption).toContainText('A passphrase you type at every start unlocks your practice')
  expect(existsSync(join(app.dataDir, 'coachbook.passphrase.json'))).toBe(true)

  await encryption.getByRole('button', { name: 'Keep the key in this computer’s keychain' }).click()
  await expect(encryption).toContainText('This computer’s keychain keeps the key')
  expect(existsSync(join(app.dataDir, 'coachbook.passphrase.json'))).toBe(false)
  expect(readFileSync(practiceFile).equals(before)).toBe(true)
})
