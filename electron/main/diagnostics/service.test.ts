import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fileLogger } from '../logging/logger'
import { practiceInFolder, temporaryFolder } from '../testing/practice'

let practice: ReturnType<typeof practiceInFolder> | null = null
afterEach(() => practice?.close())

describe('about and diagnostics', () => {
  it('tells the versions, the open practice, the data folder and the log folder, and that the log is written', async () => {
    practice = practiceInFolder()
    const about = await practice.call.ok('diagnostics:about', {})
    expect(about).toEqual({
      versions: {
        coachbook: expect.stringMatching(/^\d+\.\d+\.\d+/),
        electron: null,
        chromium: null,
        node: process.versions.node,
        sqlite: expect.stringMatching(/^3\.\d+\.\d+$/)
      },
      practiceFile: practice.file,
      dataFolder: practice.folder,
      log: { state: 'not_kept' }
    })
  })

  it('says the log is not being written, why, since when, and how many lines were lost', async () => {
    // The kernel's always-full device: every line the log writes meets a full disk.
    practice = practiceInFolder({ log: fileLogger({ file: '/dev/full', now: () => new Date('2026-03-14T09:30:00.000Z') }) })
    practice.log.info('practice.opened')
    const { log } = await practice.call.ok('diagnostics:about', {})
    expect(log).toEqual({
      state: 'failing',
      folder: '/dev',
      problem: expect.stringMatching(/^The disk is full, so new lines of the log are not being written\. Free some space on the disk that holds \/dev/),
      since: '2026-03-14T09:30:00.000Z',
      lost: 1
    })
  })

  it('names the log folder while the log is written', async () => {
    const folder = temporaryFolder()
    practice = practiceInFolder({ folder, log: fileLogger({ file: join(folder, 'logs', 'main.log') }) })
    expect((await practice.call.ok('diagnostics:about', {})).log).toEqual({ state: 'writing', folder: join(folder, 'logs') })
  })
})
