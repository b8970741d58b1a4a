import { readdirSync, readFileSync, truncateSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { caller, type Caller } from '../testing/calls'
import { clientRows, tableCounts } from '../testing/clientRows'
import { freshDispatch } from '../testing/db'
import { freshPracticeEachTest } from '../testing/eachTest'
import type { StandInPlatform } from '../testing/platform'
import { richClient } from '../testing/richClient'

/** The client export as one file (.coachbook-client): written with every export, imported like the folder's client.json. */
const practice = freshPracticeEachTest()
const { call } = practice

/** Exports the client and answers with its .coachbook-client file. */
async function exportedBundle(clientId: number): Promise<string> {
  const result = await call.ok('privacy:exportClient', { clientId })
  if (result.status !== 'exported') throw new Error('expected an export')
  const name = readdirSync(result.folder).find((file) => file.endsWith('.coachbook-client'))
  if (!name) throw new Error('no .coachbook-client file was written')
  expect(result.files).toContain(name)
  return join(result.folder, name)
}

/** Imports `path` into a practice through its channels, as the coach does: preview, then import. */
async function importInto(into: { call: Caller; platform: StandInPlatform }, path: string) {
  into.platform.answerNextOpen(path)
  const preview = await into.call.ok('privacy:previewImport', {})
  if (preview.status !== 'preview') throw new Error('expected a preview')
  return { preview, imported: await into.call.ok('privacy:importClient', { importId: preview.importId }) }
}

describe('the single-file client export', () => {
  it('holds the export folder’s files, and imports into another practice as the folder’s client.json does', async () => {
    const { client } = await richClient(call)
    const bundle = await exportedBundle(client.id)
    const elsewhere = freshDispatch()
    try {
      const { preview, imported } = await importInto({ call: caller(elsewhere.dispatch), platform: elsewhere.platform }, bundle)
      expect(preview).toMatchObject({ client: { name: 'Zoë Ødegård' }, engagements: [{}, {}] })
      expect(imported).toMatchObject({ status: 'imported', client: { name: 'Zoë Ødegård' }, engagements: 2 })
      const { engagements, goals, sessions, actions, client_tags } = clientRows(elsewhere.database.sqlite, imported.client.id)
      const here = clientRows(practice.database.sqlite, client.id)
      expect({ engagements, goals, sessions, actions, client_tags }).toEqual({
        engagements: here.engagements,
        goals: here.goals,
        sessions: here.sessions,
        actions: here.actions,
        client_tags: here.client_tags
      })
    } finally {
      await elsewhere.database.close()
    }
  })

  it('previews the file opened from outside the app without a dialog, once; none waiting is no import', async () => {
    const { client } = await richClient(call)
    const bundle = await exportedBundle(client.id)
    expect(await call.ok('privacy:previewImport', { opened: true })).toEqual({ status: 'cancelled' })
    practice.platform.openFromOutside(bundle)
    const preview = await call.ok('privacy:previewImport', { opened: true })
    // The same client is here already: the preview says so, and the import would be refused.
    expect(preview).toMatchObject({ status: 'preview', client: { name: 'Zoë Ødegård' }, alreadyInPractice: true })
    expect(await call.ok('privacy:previewImport', { opened: true })).toEqual({ status: 'cancelled' })
  })

  it('refuses a bundle cut short, one without client.json and one whose client.json is damaged, each in words, writing nothing', async () => {
    const { client } = await richClient(call)
    const bundle = await exportedBundle(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    const counts = tableCounts(practice.database.sqlite)
    const refusal = async (path: string) => {
      practice.platform.answerNextOpen(path)
      return call.fail('privacy:previewImport', {})
    }

    const cut = join(practice.folder, 'cut.coachbook-client')
    writeFileSync(cut, readFileSync(bundle))
    truncateSync(cut, Math.floor(statSync(cut).size / 2))
    expect(await refusal(cut)).toEqual({
      code: 'invalid_input',
      message: 'That export file is damaged, so nothing was imported. It is not a whole .coachbook-client file: it may have been cut short while it was copied.'
    })

    const empty = join(practice.folder, 'empty.coachbook-client')
    writeFileSync(empty, zipSync({ 'notes.txt': strToU8('Not an export.') }))
    expect((await refusal(empty)).message).toBe(
      'That export file is damaged, so nothing was imported. It holds no client.json: it was not written by Coachbook, or was changed since.'
    )

    const broken = join(practice.folder, 'broken.coachbook-client')
    writeFileSync(broken, zipSync({ 'client.json': strToU8('{"format": "coachbook.client-export", "formatVersion": 4, "client": ') }))
    expect((await refusal(broken)).message).toBe(
      'That export file is damaged, so nothing was imported. It is not complete JSON: it may have been cut short or edited by hand.'
    )

    expect(tableCounts(practice.database.sqlite)).toEqual(counts)
  })
})
