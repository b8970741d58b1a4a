import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import type { StandInPlatform } from '../testing/platform'
import { MAX_NAME_BYTES } from '../fileNames'
import { writeAtomically } from '../savedFiles'
import { reportFileName } from './export'

let database: AppDatabase
let call: Caller
let platform: StandInPlatform
let folder: string

beforeEach(() => {
  const fresh = freshDispatch()
  ;({ database, platform, folder } = fresh)
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

const TODAY = '2026-03-01'

/** Files in a folder apart from the practice's own, to see that nothing half-written is left. */
function leftovers(directory: string): string[] {
  return existsSync(directory) ? readdirSync(directory).filter((name) => name.startsWith('.coachbook-')) : []
}

describe('exporting a report', () => {
  it('asks where to save under a clear name, writes a complete PDF there and remembers it', async () => {
    const { engagement } = await clientWithEngagement(call)
    const result = await call.ok('reports:export', { engagementId: engagement.id, report: 'summary', today: TODAY })
    expect(result).toEqual({ path: join(folder, 'Zoë Ødegård – End-of-engagement summary – 2026-03-01.pdf') })
    const path = (result as { path: string }).path
    const bytes = readFileSync(path)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.subarray(-6).toString()).toContain('%%EOF')
    expect(leftovers(folder)).toEqual([])

    await call.ok('reports:open', { path })
    await call.ok('reports:showInFolder', { path })
    expect(platform.opened).toEqual([path])
    expect(platform.revealed).toEqual([path])
  })

  it('names each report and the sponsor version in the file name, and adds .pdf when the coach left it out', async () => {
    const { engagement } = await clientWithEngagement(call)
    const sponsor = await call.ok('reports:export', { engagementId: engagement.id, report: 'summary', audience: 'sponsor', today: TODAY })
    expect(sponsor).toEqual({ path: join(folder, 'Zoë Ødegård – End-of-engagement summary (sponsor) – 2026-03-01.pdf') })
    platform.answerNextSave(join(folder, 'handout'))
    expect(await call.ok('reports:export', { engagementId: engagement.id, report: 'action_plan', today: TODAY })).toEqual({
      path: join(folder, 'handout.pdf')
    })
  })

  it('does nothing when the coach cancels the save dialog', async () => {
    const { engagement } = await clientWithEngagement(call)
    platform.answerNextSave(null)
    expect(await call.ok('reports:export', { engagementId: engagement.id, report: 'progress', today: TODAY })).toEqual({ cancelled: true })
    expect(readdirSync(folder).filter((name) => name.endsWith('.pdf'))).toEqual([])
  })

  it('refuses a sponsor version of the client’s own reports, and an engagement that is gone', async () => {
    const { engagement } = await clientWithEngagement(call)
    expect(
      await call.fail('reports:export', { engagementId: engagement.id, report: 'action_plan', audience: 'sponsor', today: TODAY })
    ).toMatchObject({ code: 'invalid_input', field: 'audience' })
    expect(await call.fail('reports:export', { engagementId: 999, report: 'summary', today: TODAY })).toMatchObject({ code: 'not_found' })
  })

  it('says the folder is gone, and leaves no file, when it vanished before saving', async () => {
    const { engagement } = await clientWithEngagement(call)
    const gone = join(folder, 'gone')
    platform.answerNextSave(join(gone, 'report.pdf'))
    const error = await call.fail('reports:export', { engagementId: engagement.id, report: 'summary', today: TODAY })
    expect(error).toMatchObject({ code: 'not_found' })
    expect(error.message).toContain('No file was saved')
    expect(existsSync(gone)).toBe(false)
  })

  it('leaves an existing folder of that name untouched and no temporary file behind', async () => {
    const { engagement } = await clientWithEngagement(call)
    const clash = join(folder, 'clash.pdf')
    mkdirSync(clash)
    writeFileSync(join(clash, 'inside.txt'), 'kept')
    platform.answerNextSave(clash)
    const error = await call.fail('reports:export', { engagementId: engagement.id, report: 'summary', today: TODAY })
    expect(error.message).toContain('No file was saved')
    expect(readFileSync(join(clash, 'inside.txt'), 'utf8')).toBe('kept')
    expect(leftovers(folder)).toEqual([])
  })

  it.skipIf(process.getuid?.() === 0)('says so when the folder is read-only, and writes nothing', async () => {
    const { engagement } = await clientWithEngagement(call)
    const locked = join(folder, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o555)
    try {
      platform.answerNextSave(join(locked, 'report.pdf'))
      expect(await call.fail('reports:export', { engagementId: engagement.id, report: 'summary', today: TODAY })).toMatchObject({ code: 'forbidden' })
      expect(readdirSync(locked)).toEqual([])
    } finally {
      chmodSync(locked, 0o755)
    }
  })

  it('replaces an older file of the same name only once the new one is complete', async () => {
    const target = join(folder, 'report.pdf')
    writeFileSync(target, 'the old report')
    // A file standing where a folder should be: the write fails, and the old report stays as it was.
    await expect(writeAtomically(join(target, 'x.pdf'), Buffer.from('%PDF-new'), 'PDF')).rejects.toMatchObject({ code: 'not_found' })
    expect(readFileSync(target, 'utf8')).toBe('the old report')
    await writeAtomically(target, Buffer.from('%PDF-new'), 'PDF')
    expect(readFileSync(target, 'utf8')).toBe('%PDF-new')
    expect(leftovers(folder)).toEqual([])
  })
})

describe('opening an exported PDF', () => {
  it('refuses any path this run of Coachbook did not just write', async () => {
    const elsewhere = join(folder, 'someone-elses.pdf')
    writeFileSync(elsewhere, '%PDF-')
    for (const channel of ['reports:open', 'reports:showInFolder'] as const) {
      expect(await call.fail(channel, { path: elsewhere })).toMatchObject({ code: 'forbidden', field: 'path' })
      expect(await call.fail(channel, { path: '/etc/passwd' })).toMatchObject({ code: 'forbidden' })
    }
    expect(platform.opened).toEqual([])
    expect(platform.revealed).toEqual([])
  })

  it('says the PDF is gone when it was moved after the export', async () => {
    const { engagement } = await clientWithEngagement(call)
    const { path } = (await call.ok('reports:export', { engagementId: engagement.id, report: 'summary', today: TODAY })) as { path: string }
    rmSync(path)
    expect(await call.fail('reports:open', { path })).toMatchObject({ code: 'not_found' })
    expect(platform.opened).toEqual([])
  })
})

describe('PDF file names', () => {
  // The rules every file name follows are tested with safeFileName (fileNames.test.ts); these are the report's own.
  it('say whose report it is, which report and when, with what a file name cannot hold replaced', () => {
    expect(reportFileName('A/B\\C: "D" <E> | F*?', 'summary', 'client', TODAY)).toBe(
      'A-B-C D E - F – End-of-engagement summary – 2026-03-01.pdf'
    )
    expect(reportFileName('Zoë: CEO / "Ops"', 'progress', 'client', TODAY)).toBe('Zoë CEO - Ops – Progress report – 2026-03-01.pdf')
    expect(reportFileName(' . ', 'progress', 'client', TODAY)).toBe('Client – Progress report – 2026-03-01.pdf')
  })

  it('leaves out bidi controls and other invisible characters, which could disguise the name or its extension', () => {
    expect(reportFileName('Zoë\u202Efdp.exe', 'progress', 'client', TODAY)).toBe('Zoëfdp.exe – Progress report – 2026-03-01.pdf')
    expect(reportFileName('\u2067Ann\u2069 Lee\u200B\u200E\uFEFF\u00AD', 'progress', 'client', TODAY)).toBe('Ann Lee – Progress report – 2026-03-01.pdf')
  })

  it('shorten a long client name, never the report or the date, without splitting a character', () => {
    const name = reportFileName('Ødegård-'.repeat(40) + '李雷'.repeat(30), 'progress', 'client', TODAY)
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES)
    expect(name.endsWith(' – Progress report – 2026-03-01.pdf')).toBe(true)
    expect(name.isWellFormed()).toBe(true)
    expect(name.startsWith('Ødegård-Ødegård')).toBe(true)
  })

  it('keep names people write, in any script', () => {
    expect(reportFileName('李雷', 'action_plan', 'client', TODAY)).toBe('李雷 – Action plan – 2026-03-01.pdf')
    expect(reportFileName('Ελένη Παπαδοπούλου', 'summary', 'sponsor', TODAY)).toBe(
      'Ελένη Παπαδοπούλου – End-of-engagement summary (sponsor) – 2026-03-01.pdf'
    )
  })
})
