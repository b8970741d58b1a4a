import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { addClient, keepKeyWithPassphrase } from './helpers'

const NAME = 'Zoë Quetzalli-Ørsted'
const PASSPHRASE = 'Tallinn harbour at dawn'

const holdsName = (file: string) => [Buffer.from(NAME, 'utf8'), Buffer.from(NAME, 'utf16le')].some((needle) => readFileSync(file).includes(needle))

/** The key the development key file keeps (the bridge's stand-in for the keychain). */
const keptKey = (dataDir: string) => (JSON.parse(readFileSync(join(dataDir, 'coachbook.development-key.json'), 'utf8')) as { key: string }).key

async function openEncryptionSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  return page.getByRole('region', { name: 'Encryption' })
}

/** The new recovery key is shown once, and closes only once the coach says they kept it. */
async function keepNewRecoveryKey(page: Page) {
  const shown = page.getByRole('dialog', { name: 'Your recovery key' })
  await expect(shown.getByRole('note', { name: 'Recovery key' })).toHaveText(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
  await expectAccessible(page, 'The new recovery key after a new practice key')
  const kept = shown.getByRole('checkbox', { name: 'I have printed or written down my recovery key' })
  await kept.click()
  await expect(kept).toBeChecked()
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toBeHidden()
}

test('a coach gives the practice a new key, keeps its new recovery key, and the practice opens with all its data after a restart', async ({ app }) => {
  let page = app.page
  await addClient(page, { name: NAME })
  const encryption = await openEncryptionSettings(page)
  const before = keptKey(app.dataDir)

  await encryption.getByRole('button', { name: 'Give the practice a new key…' }).click()
  const asking = page.getByRole('alertdialog', { name: 'Give your practice a new key?' })
  await expect(asking).toContainText('your current recovery key will no longer open it')
  await expectAccessible(page, 'Give the practice a new key')
  await asking.getByRole('button', { name: 'Give it a new key' }).click()
  await keepNewRecoveryKey(page)
  await expect(encryption).toContainText('Your practice has a recovery key, made on')

  expect(keptKey(app.dataDir)).not.toBe(before)
  expect(holdsName(join(app.dataDir, 'coachbook.sqlite'))).toBe(false)
  await expect(page.getByRole('list', { name: 'Copies in the folder' }).getByRole('listitem').filter({ hasText: 'Before giving the practice a new key' })).toHaveCount(1)

  page = await app.restart()
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option')).toHaveText([new RegExp(NAME)])
})

test('where a passphrase keeps the key, the coach types it to give the practice a new key; a wrong one is said', async ({ app }) => {
  const { page } = app
  await addClient(page, { name: NAME })
  const encryption = await openEncryptionSettings(page)
  await keepKeyWithPassphrase(page, encryption, PASSPHRASE)
  const sealed = readFileSync(join(app.dataDir, 'coachbook.passphrase.json'), 'utf8')

  await encryption.getByRole('button', { name: 'Give the practice a new key…' }).click()
  const asking = page.getByRole('dialog', { name: 'Give your practice a new key?' })
  const field = asking.getByLabel('Passphrase', { exact: true })
  await field.fill('Tallinn harbour at dusk')
  await field.press('Enter')
  await expect(asking).toContainText('That passphrase does not unlock this practice')
  expect(readFileSync(join(app.dataDir, 'coachbook.passphrase.json'), 'utf8')).toBe(sealed)
  await expectAccessible(page, 'Give the practice a new key, with its passphrase')

  await field.fill(PASSPHRASE)
  await asking.getByRole('button', { name: 'Give it a new key' }).click()
  await keepNewRecoveryKey(page)
  expect(readFileSync(join(app.dataDir, 'coachbook.passphrase.json'), 'utf8')).not.toBe(sealed)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option')).toHaveText([new RegExp(NAME)])
})
