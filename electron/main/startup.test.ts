import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openPractice } from './backup'
import { DATABASE_FILE_NAME } from './db/connection'
import { standInPlatform, type StandInPlatform } from './testing/platform'
import { temporaryFolder } from './testing/practice'
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from './testing/smallDisk'
import { startUp, startupFailedBox, type MessageBox, type ShowMessage, type Started } from './startup'

let folder: string
let platform: StandInPlatform
beforeEach(() => {
  folder = temporaryFolder('coachbook-startup-')
  platform = standInPlatform(join(folder, 'another'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** Message boxes answered by a script: the label to press each time (Quit when the script runs out), and what was shown. */
function scriptedBoxes(labels: string[]) {
  const shown: MessageBox[] = []
  const show: ShowMessage = async (box) => {
    shown.push(box)
    const label = labels.shift() ?? 'Quit'
    const index = box.buttons.indexOf(label)
    if (index < 0) throw new Error(`"${label}" is not one of ${box.buttons.join(', ')}`)
    return index
  }
  return { show, shown }
}

async function startIn(dataDir: string, labels: string[] = []) {
  const boxes = scriptedBoxes(labels)
  const started = await startUp({ dataDir, platform, show: boxes.show, version: '1.2.3', packaged: false })
  return { started, shown: boxes.shown }
}

async function closeStarted(started: Started | null) {
  await started?.opened.database.close()
}

describe('starting up', () => {
  it('hands an empty data folder to the first run, with the log started and no practice made, and opens what it chose', async () => {
    const dataDir = join(folder, 'Coachbook')
    const own = join(dataDir, DATABASE_FILE_NAME)
    const started = await startUp({
      dataDir,
      platform,
      show: scriptedBoxes([]).show,
      version: '1.2.3',
      packaged: false,
      firstRun: async (firstRunDir, log) => {
        expect(firstRunDir).toBe(dataDir)
        expect(log.health()).toEqual({ state: 'writing', folder: join(dataDir, 'logs') })
        expect(existsSync(own)).toBe(false)
        const opening = openPractice(own)
        if (!opening.ok) throw new Error(opening.problem.message)
        return { opened: { ...opening, file: own }, demo: true }
      }
    })
    expect(started).toMatchObject({ dataDir, newDemo: true, opened: { file: own, created: true } })
    await closeStarted(started)
    // Once a practice is there, the first run is not asked again.
    const again = await startUp({
      dataDir,
      platform,
      show: scriptedBoxes([]).show,
      version: '1.2.3',
      packaged: false,
      firstRun: () => Promise.reject(new Error('The first run was asked with a practice there.'))
    })
    expect(again).toMatchObject({ newDemo: false, opened: { file: own, created: false } })
    await closeStarted(again)
  })

  it('opens a new practice in a fresh data folder without a dialog, and starts the log there', async () => {
    const dataDir = join(folder, 'Coachbook')
    const { started, shown } = await startIn(dataDir)
    expect(shown).toEqual([])
    expect(started).toMatchObject({ dataDir, opened: { created: true, file: join(dataDir, DATABASE_FILE_NAME) } })
    expect(started!.log.health()).toEqual({ state: 'writing', folder: join(dataDir, 'logs') })
    expect(readdirSync(join(dataDir, 'logs'))).toEqual(['main.log'])
    // The check of the folder leaves nothing behind.
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([])
    await closeStarted(started)
  })

  it.each([
    ['the data folder is a file', () => join(folder, 'Coachbook'), () => join(folder, 'Coachbook')],
    ['a file stands where a folder above it should be', () => join(folder, 'parent'), () => join(folder, 'parent', 'Coachbook')]
  ])('says so when %s, and opens another folder the coach chooses', async (_case, fileAt, dataDirAt) => {
    writeFileSync(fileAt(), 'not a folder')
    const dataDir = dataDirAt()
    const { started, shown } = await startIn(dataDir, ['Choose another folder…'])
    expect(shown).toEqual([
      expect.objectContaining({
        type: 'error',
        title: "Coachbook's data folder is a file",
        message: expect.stringContaining(dataDir),
        buttons: ['Choose another folder…', 'Try again', 'Quit']
      })
    ])
    expect(started).toMatchObject({ dataDir: join(folder, 'another'), opened: { created: true } })
    await closeStarted(started)
  })

  it('opens another practice file than the data folder’s own, with the log still in the data folder', async () => {
    const made = await startIn(join(folder, 'Elsewhere'))
    await closeStarted(made.started)
    const other = join(folder, 'Elsewhere', DATABASE_FILE_NAME)
    const dataDir = join(folder, 'Coachbook')
    const started = await startUp({ dataDir, practiceFile: other, platform, show: scriptedBoxes([]).show, version: '1.2.3', packaged: false })
    expect(started).toMatchObject({ dataDir, opened: { created: false, file: other } })
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false)
    expect(started!.log.health()).toEqual({ state: 'writing', folder: join(dataDir, 'logs') })
    await closeStarted(started)
  })

  it('quits when the coach chooses to, having created nothing', async () => {
    const dataDir = join(folder, 'Coachbook')
    writeFileSync(dataDir, 'not a folder')
    const { started, shown } = await startIn(dataDir, ['Quit'])
    expect(started).toBeNull()
    expect(shown).toHaveLength(1)
    expect(existsSync(join(folder, 'another'))).toBe(false)
  })

  it('tries again once the coach has fixed the folder', async () => {
    const dataDir = join(folder, 'Coachbook')
    writeFileSync(dataDir, 'not a folder')
    // The coach moves the file away, then presses Try again.
    const show: ShowMessage = async (box) => {
      rmSync(dataDir)
      return box.buttons.indexOf('Try again')
    }
    const started = await startUp({ dataDir, platform, show, version: '1.2.3', packaged: false })
    expect(started).toMatchObject({ dataDir, opened: { created: true } })
    await closeStarted(started)
  })

  it('says when the log cannot start, and carries on without it if the coach agrees, knowing the log is not written', async () => {
    const dataDir = join(folder, 'Coachbook')
    mkdirSync(dataDir)
    writeFileSync(join(dataDir, 'logs'), 'a file where the log folder should be')
    const { started, shown } = await startIn(dataDir, ['Continue without a log'])
    expect(shown).toEqual([
      expect.objectContaining({
        title: 'Coachbook cannot write its log',
        message: expect.stringContaining(join(dataDir, 'logs')),
        buttons: ['Continue without a log', 'Quit']
      })
    ])
    expect(started!.opened.created).toBe(true)
    const lostWhileStarting = (started!.log.health() as { lost: number }).lost
    started!.log.info('practice.used')
    expect(started!.log.health()).toMatchObject({
      state: 'failing',
      folder: join(dataDir, 'logs'),
      problem: expect.stringContaining('is a file'),
      lost: lostWhileStarting + 1
    })
    await closeStarted(started)
  })

  it('quits when the log cannot start and the coach chooses Quit', async () => {
    const dataDir = join(folder, 'Coachbook')
    mkdirSync(dataDir)
    writeFileSync(join(dataDir, 'logs'), 'a file')
    const { started } = await startIn(dataDir, ['Quit'])
    expect(started).toBeNull()
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false)
  })

  it('says a practice that cannot be opened cannot be, through the same message boxes', async () => {
    const dataDir = join(folder, 'Coachbook')
    mkdirSync(dataDir)
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), 'not a database')
    const { started, shown } = await startIn(dataDir, ['Quit'])
    expect(started).toBeNull()
    expect(shown).toEqual([expect.objectContaining({ title: 'This is not a Coachbook practice', buttons: ['Restore from backup…', 'Open another…', 'Quit'] })])
  })

  it('names the log folder when it could not start for a reason nobody foresaw', () => {
    expect(startupFailedBox('/data/Coachbook')).toMatchObject({
      type: 'error',
      title: 'Coachbook could not start',
      message: expect.stringContaining(join('/data/Coachbook', 'logs')),
      buttons: ['Quit']
    })
  })
})

describe.skipIf(!smallDiskAvailable())('starting up on a disk that cannot be written', () => {
  let disk: SmallDisk
  beforeEach(() => {
    disk = mountSmallDisk(1024 * 1024)
  })
  afterEach(() => disk.unmount())

  it('says the data folder is read-only', async () => {
    const dataDir = join(disk.folder, 'Coachbook')
    mkdirSync(dataDir)
    // The same disk, from now on only readable.
    spawnSync('mount', ['-o', 'remount,ro', disk.folder])
    const { started, shown } = await startIn(dataDir, ['Quit'])
    spawnSync('mount', ['-o', 'remount,rw', disk.folder])
    expect(started).toBeNull()
    expect(shown).toEqual([
      expect.objectContaining({
        title: "Coachbook's data folder is read-only",
        message: expect.stringContaining(`${dataDir} is on a disk that can only be read`),
        buttons: ['Choose another folder…', 'Try again', 'Quit']
      })
    ])
  })

  it('says the disk is full, and offers to try again rather than to restore', async () => {
    const dataDir = join(disk.folder, 'Coachbook')
    mkdirSync(join(dataDir, 'logs'), { recursive: true })
    disk.fill()
    const { started, shown } = await startIn(dataDir, ['Quit'])
    expect(started).toBeNull()
    expect(shown).toEqual([expect.objectContaining({ title: 'The disk is full', buttons: ['Try again', 'Open another…', 'Quit'] })])
  })
})

describe('starting up in a folder the user may not use', () => {
  /** Start-up run by an ordinary user (the tests may run as root, whom permissions do not stop). */
  function startAsOrdinaryUser(dataDir: string): MessageBox[] {
    const script = `
      import { startUp } from ${JSON.stringify(join(import.meta.dirname, 'startup.ts'))}
      import { standInPlatform } from ${JSON.stringify(join(import.meta.dirname, 'testing/platform.ts'))}
      const shown = []
      const show = async (box) => { shown.push(box); return box.buttons.indexOf('Quit') }
      await startUp({ dataDir: ${JSON.stringify(dataDir)}, platform: standInPlatform('/nonexistent'), show, version: '1.2.3', packaged: false })
      process.stdout.write(JSON.stringify(shown))`
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      ...asUser,
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8'
    })
    if (run.status !== 0) throw new Error(run.stderr)
    return JSON.parse(run.stdout) as MessageBox[]
  }

  it('says it is not allowed to read and write there, and what to do', () => {
    const dataDir = join(folder, 'Coachbook')
    mkdirSync(dataDir)
    chmodSync(folder, 0o755)
    chmodSync(dataDir, 0o500)
    const shown = startAsOrdinaryUser(dataDir)
    expect(shown).toEqual([
      expect.objectContaining({
        title: 'Coachbook is not allowed to use its data folder',
        message: expect.stringContaining(`permission to read and write in ${dataDir}`),
        buttons: ['Choose another folder…', 'Try again', 'Quit']
      })
    ])
  })
})
