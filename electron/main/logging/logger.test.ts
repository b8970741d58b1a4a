import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { temporaryFolder } from '../testing/practice'
import { mountSmallDisk, smallDiskAvailable } from '../testing/smallDisk'
import { describeError, fileLogger, logProblem, WITHHELD } from './logger'

let folder: string
beforeEach(() => {
  folder = temporaryFolder('coachbook-log-')
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('the main-process log', () => {
  it('writes one JSON line per event with its time, level and fields', () => {
    const file = join(folder, 'logs', 'main.log')
    const log = fileLogger({ file, now: () => new Date('2026-03-14T09:30:00.000Z') })
    log.info('backup.made', { kind: 'manual', bytes: 4096, ms: 12, pruned: 0 })
    expect(linesOf(file)).toEqual([
      { at: '2026-03-14T09:30:00.000Z', level: 'info', event: 'backup.made', kind: 'manual', bytes: 4096, ms: 12, pruned: 0 }
    ])
  })

  it('withholds any text that is not a short code', () => {
    const file = join(folder, 'main.log')
    const log = fileLogger({ file })
    log.warn('ipc.refused', { channel: 'clients:create', field: 'email', name: 'Zoë Ødegård', note: 'Talked about her divorce' })
    const [line] = linesOf(file)
    expect(line).toMatchObject({ channel: 'clients:create', field: 'email', name: WITHHELD, note: WITHHELD })
  })

  it('describes an error by its name, code and frames, never its message', () => {
    const error = Object.assign(new TypeError('Cannot read "Zoë Ødegård"'), { code: 'SQLITE_CONSTRAINT_CHECK' })
    const described = describeError(error)
    expect(described).toMatchObject({ errorName: 'TypeError', errorCode: 'SQLITE_CONSTRAINT_CHECK' })
    expect(JSON.stringify(described)).not.toContain('Zoë')
    expect(String(described.frames)).toMatch(/^at /)
  })

  it('rotates at the size limit and keeps only the last few files', () => {
    const file = join(folder, 'main.log')
    const log = fileLogger({ file, maxBytes: 1000, keep: 3 })
    for (let index = 0; index < 200; index++) log.info('tick', { index })
    for (const rotated of [file, `${file}.1`, `${file}.2`, `${file}.3`]) {
      expect(readFileSync(rotated).length).toBeLessThanOrEqual(1000)
    }
    expect(existsSync(`${file}.4`)).toBe(false)
    // The newest events are in the current file, the older ones in .1.
    const current = linesOf(file)
    expect(current.at(-1)).toMatchObject({ index: 199 })
    expect(linesOf(`${file}.1`).at(-1)).toMatchObject({ index: (current[0]!.index as number) - 1 })
  })

  it('carries on without its log when the file cannot be written, knowing it is not written', () => {
    const log = fileLogger({ file: join(folder, 'main.log'), now: () => new Date('2026-03-14T09:30:00.000Z') })
    rmSync(folder, { recursive: true, force: true })
    expect(() => log.info('still.running')).not.toThrow()
    expect(log.health()).toEqual({
      state: 'failing',
      folder,
      problem: `Coachbook cannot write its log in ${folder}.`,
      since: '2026-03-14T09:30:00.000Z',
      lost: 1
    })
  })

  it('says the disk is full when the system answers ENOSPC (the kernel’s always-full device)', () => {
    const log = fileLogger({ file: '/dev/full' })
    expect(log.health()).toEqual({ state: 'writing', folder: '/dev' })
    log.info('one')
    log.warn('two')
    expect(log.health()).toMatchObject({ state: 'failing', lost: 2, problem: expect.stringMatching(/^The disk is full, so new lines of the log are not being written/) })
  })

  it.skipIf(!smallDiskAvailable())('writes again, and says so, once the full disk has room', () => {
    const disk = mountSmallDisk(256 * 1024)
    try {
      const log = fileLogger({ file: join(disk.folder, 'logs', 'main.log') })
      log.info('before')
      disk.fill()
      // The file's last block may still take a few lines; after that, none.
      for (let line = 0; line < 200; line++) log.info('while.full')
      expect(log.health()).toMatchObject({ state: 'failing', problem: expect.stringMatching(/^The disk is full/) })
      const { lost } = log.health() as { lost: number }
      expect(lost).toBeGreaterThan(100)
      disk.free()
      log.info('after')
      expect(log.health()).toEqual({ state: 'writing', folder: join(disk.folder, 'logs') })
      const events = linesOf(join(disk.folder, 'logs', 'main.log')).map((line) => line.event)
      expect(events).toEqual(['before', ...Array<string>(200 - lost).fill('while.full'), 'after'])
    } finally {
      disk.unmount()
    }
  })

  it('tells a failing disk from a full one', () => {
    const failing = Object.assign(new Error('i/o error'), { code: 'EIO' })
    expect(logProblem(failing, '/logs')).toMatch(/^The disk failed to read or write \(a storage failure\), so new lines of the log are not being written/)
  })
})
