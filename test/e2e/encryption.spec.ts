import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDevelopmentPractice } from '../../electron/main/testing/developmentKey'
import { test, expect } from './fixtures'
import { addClient } from './helpers'

const NAME = 'Zoë Quetzalli-Ørsted'
const PASSPHRASE = 'Tallinn harbour at dawn'
const holdsName = (file: string) => [Buffer.from(NAME, 'utf8'), Buffer.from(NAME, 'utf16le')].some((needle) => readFileSync(file).includes(needle))

/** What Coachbook made before encryption: a practice in a plain SQLite file. */
function plainPracticeIn(dataDir: string): void {
  for (const name of readdirSync(dataDir)) if (name !== 'logs') rmSync(join(dataDir, name), { recursive: true, force: true })
  const { opening } = openDevelopmentPractice(join(dataDir, 'coachbook.sqlite'), { encrypted: false })
  if (opening.ok) opening.database.sqlite.close()
}

test('a new practice is encrypted, and Settings says so', async ({ app }) => {
  const { page } = app
  await addClient(page, { name: NAME })
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('region', { name: 'Encryption' })).toContainText('Your practice and its backups are encrypted')
  for (const suffix of ['', '-wal']) expect(holdsName(join(app.dataDir, `coachbook.sqlite${suffix}`))).toBe(false)
})

test('a coach encrypts a practice from before encryption, checks it, then deletes the unencrypted file', async ({ app }) => {
  let page = await app.restart(() => plainPracticeIn(app.dataDir))
  await addClient(page, { name: NAME })
  await page.getByRole('link', { name: 'Settings' }).click()
  const encryption = page.getByRole('region', { name: 'Encryption' })
  await expect(encryption).toContainText('Your practice is not encrypted')
  await encryption.getByRole('button', { name: 'Encrypt my practice…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Encrypt your practice?' })
  await expect(dialog).toContainText('backs up your practice')
  await expect(dialog.getByRole('radio', { name: /keychain/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Encrypt' }).click()

  // The window reloads on the encrypted practice, which holds the client.
  await expect(page.getByRole('region', { name: 'Encryption' })).toContainText('Your practice and its backups are encrypted')
  const file = join(app.dataDir, 'coachbook.sqlite')
  expect(holdsName(file)).toBe(false)
  expect(holdsName(`${file}.before-encryption`)).toBe(true)
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option')).toHaveText([new RegExp(NAME)])

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Delete the unencrypted file…' }).click()
  await page.getByRole('alertdialog', { name: 'Delete the unencrypted file?' }).getByRole('button', { name: 'Delete it' }).click()
  await expect(page.getByText('The unencrypted file was deleted')).toBeVisible()
  expect(existsSync(`${file}.before-encryption`)).toBe(false)
  page = await app.restart()
  // The app opens on Today, which links to Settings too (the last backup's age): the sidebar's link.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('region', { name: 'Encryption' })).toContainText('Your practice and its backups are encrypted')
})

test('a coach encrypts a practice from before encryption with a passphrase to keep its key', async ({ app }) => {
  const page = await app.restart(() => plainPracticeIn(app.dataDir))
  await addClient(page, { name: NAME })
  await page.getByRole('link', { name: 'Settings' }).click()
  const encryption = page.getByRole('region', { name: 'Encryption' })
  await encryption.getByRole('button', { name: 'Encrypt my practice…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Encrypt your practice?' })
  await dialog.getByRole('radio', { name: /passphrase/ }).click()
  await expect(dialog.getByRole('radio', { name: /passphrase/ })).toBeChecked()
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await dialog.getByLabel('The same passphrase again').fill(`${PASSPHRASE}.`)
  await dialog.getByRole('button', { name: 'Encrypt' }).click()
  await expect(dialog).toContainText('The two passphrases are not the same')
  expect(existsSync(join(app.dataDir, 'coachbook.passphrase.json'))).toBe(false)
  await dialog.getByLabel('The same passphrase again').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: 'Encrypt' }).click()

  // The window reloads on the encrypted practice, its key kept by the passphrase alone.
  await expect(page.getByRole('region', { name: 'Encryption' })).toContainText('A passphrase you type at every start unlocks your practice')
  const file = join(app.dataDir, 'coachbook.sqlite')
  expect(holdsName(file)).toBe(false)
  expect(holdsName(`${file}.before-encryption`)).toBe(true)
  expect(existsSync(join(app.dataDir, 'coachbook.passphrase.json'))).toBe(true)
  expect(existsSync(join(app.dataDir, 'coachbook.development-key.json'))).toBe(false)
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option')).toHaveText([new RegExp(NAME)])
})
