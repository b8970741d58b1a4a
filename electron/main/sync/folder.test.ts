import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seededRandom } from '../demo/random'
import type { Change } from '../changes'
import { temporaryFolder } from '../testing/practice'
import { BATCH_FORMAT, type Batch } from './batchFile'
import { BatchExistsError, batchFileName, DEVICES_FOLDER, publishBatch, readNewBatches, type BatchReading, type ReadOptions } from './folder'

const LAPTOP = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'
const DESKTOP = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c'
const TABLET = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d'
const KEY = Buffer.alloc(32, 1)
const KEY_ID = 'k1'
const SENTINEL = 'Zoë Quetzalli-Ørsted'

const change = (n: number, value: unknown = `${SENTINEL} ${n}`): Change => ({
  timestamp: `2026-12-06T10:00:00.${String(n).padStart(3, '0')}Z-0000-${'a'.repeat(16)}`,
  tableName: 'clients',
  record: `0190a1b2-c3d4-7e5f-8a9b-${String(n).padStart(12, '0')}`,
  columnName: 'notes',
  value
})

const batchOf = (device: string, seq: number, changes: Change[] = [change(seq)]): Batch => ({ device, seq, keyId: KEY_ID, changes })

let folder: string
let read: Set<string>
beforeEach(() => {
  folder = temporaryFolder('coachbook-sync-')
  read = new Set()
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** Reads as a device would, marking each batch it read. */
async function readAs(device: string, keys: ReadOptions['keys'] = new Map([[KEY_ID, KEY]])): Promise<BatchReading[]> {
  const readings = await readNewBatches(folder, { thisDevice: device, keys, alreadyRead: (from, seq) => read.has(`${from}/${seq}`) })
  for (const reading of readings) if (reading.state === 'read') read.add(`${reading.batch.device}/${reading.batch.seq}`)
  return readings
}

const fileOf = (device: string, seq: number) => join(folder, DEVICES_FOLDER, device, batchFileName(seq))
const statesOf = (readings: BatchReading[]) => readings.map((reading) => `${reading.state} ${'batch' in reading ? reading.batch.seq : reading.seq}`)

describe('batches in the sync folder', () => {
  it('come back as they were published, every kind of value included, and never to the device that wrote them', async () => {
    const values = [null, 0, -12.5, 2 ** 53 - 1, '', 'ℌ𝔢𝔩𝔩𝔬 — “quotes” \u0000 and a NUL', Buffer.from([0, 1, 254, 255])]
    const published = batchOf(LAPTOP, 0, [...values.map((value, n) => change(n, value)), { ...change(99), columnName: null, value: null }])
    await publishBatch(folder, published, KEY)

    expect(await readAs(LAPTOP)).toEqual([])
    const [reading] = await readAs(DESKTOP)
    expect(reading).toEqual({ state: 'read', batch: published, path: fileOf(LAPTOP, 0) })
    expect(await readAs(DESKTOP)).toEqual([])
  })

  it('are published whole under their final name, never over one already there, with no plaintext in the folder', async () => {
    await publishBatch(folder, batchOf(LAPTOP, 0), KEY)
    await expect(publishBatch(folder, batchOf(LAPTOP, 0, [change(5)]), KEY)).rejects.toThrow(BatchExistsError)
    expect(readdirSync(join(folder, DEVICES_FOLDER, LAPTOP))).toEqual([batchFileName(0)])
    const bytes = readFileSync(fileOf(LAPTOP, 0))
    for (const needle of [Buffer.from(SENTINEL, 'utf8'), Buffer.from(SENTINEL, 'utf16le'), Buffer.from('notes')]) expect(bytes.includes(needle)).toBe(false)
  })

  it('read a file still arriving as incomplete at every length, and read it once it has arrived', async () => {
    await publishBatch(folder, batchOf(LAPTOP, 0), KEY)
    const whole = readFileSync(fileOf(LAPTOP, 0))
    for (let length = 0; length < whole.length; length += 1) {
      writeFileSync(fileOf(LAPTOP, 0), whole.subarray(0, length))
      expect(statesOf(await readAs(DESKTOP))).toEqual(['incomplete 0'])
    }
    writeFileSync(fileOf(LAPTOP, 0), whole)
    expect(statesOf(await readAs(DESKTOP))).toEqual(['read 0'])
  })

  it('read a batch once, whichever of its copies a sync tool made, even when the original is cut short or gone', async () => {
    for (const seq of [0, 1, 2]) await publishBatch(folder, batchOf(LAPTOP, seq), KEY)
    const dir = join(folder, DEVICES_FOLDER, LAPTOP)
    copyFileSync(fileOf(LAPTOP, 0), join(dir, '0000000000 (Ana’s conflicted copy 2026-12-06).cbsync'))
    copyFileSync(fileOf(LAPTOP, 1), join(dir, '0000000001.sync-conflict-20261206-101010-ABCDEFG.cbsync'))
    writeFileSync(fileOf(LAPTOP, 1), readFileSync(fileOf(LAPTOP, 1)).subarray(0, 20))
    renameSync(fileOf(LAPTOP, 2), join(dir, '0000000002 (1).cbsync'))
    // Being written by the other device: passed over.
    writeFileSync(join(dir, '.coachbook-0a1b2c.tmp'), 'partial')

    const readings = await readAs(DESKTOP)
    expect(statesOf(readings)).toEqual(['read 0', 'read 1', 'read 2'])
    expect(readings.map((reading) => reading.state === 'read' && reading.batch.changes)).toEqual([[change(0)], [change(1)], [change(2)]])
  })

  it('refuse a file that lies where another batch should be, and one that was changed', async () => {
    await publishBatch(folder, batchOf(LAPTOP, 0), KEY)
    await publishBatch(folder, batchOf(LAPTOP, 1), KEY)
    // Batch 0 put in place of batch 3, and batch 1's ciphertext altered by one bit.
    copyFileSync(fileOf(LAPTOP, 0), fileOf(LAPTOP, 3))
    const altered = readFileSync(fileOf(LAPTOP, 1))
    altered[altered.length - 20]! ^= 1
    writeFileSync(fileOf(LAPTOP, 1), altered)
    // A batch of the laptop's put in the tablet's folder.
    mkdirSync(join(folder, DEVICES_FOLDER, TABLET), { recursive: true })
    copyFileSync(fileOf(LAPTOP, 0), fileOf(TABLET, 0))

    expect(statesOf(await readAs(DESKTOP))).toEqual(['read 0', 'incomplete 1', 'misplaced 3', 'misplaced 0'])
  })

  it('wait for a key they do not have, say when a newer Coachbook wrote them, and never open with the wrong key', async () => {
    await publishBatch(folder, batchOf(LAPTOP, 0), KEY)
    await publishBatch(folder, { ...batchOf(LAPTOP, 1), keyId: 'k2' }, Buffer.alloc(32, 2))
    const newer = readFileSync(fileOf(LAPTOP, 0))
    newer[6] = BATCH_FORMAT + 1
    mkdirSync(join(folder, DEVICES_FOLDER, TABLET))
    writeFileSync(fileOf(TABLET, 0), newer)

    expect(await readAs(DESKTOP, new Map([[KEY_ID, Buffer.alloc(32, 9)]]))).toMatchObject([
      { state: 'incomplete', seq: 0 },
      { state: 'unknown_key', seq: 1, keyId: 'k2' },
      { state: 'newer_format', device: TABLET, format: BATCH_FORMAT + 1 }
    ])
    const withBoth = new Map([
      [KEY_ID, KEY],
      ['k2', Buffer.alloc(32, 2)]
    ])
    expect(statesOf(await readAs(DESKTOP, withBoth))).toEqual(['read 0', 'read 1', 'newer_format 0'])
  })

  it('reach every device with every batch exactly once, whatever the sync tool delivers when', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed)
      const source = temporaryFolder('coachbook-sync-source-')
      const published: string[] = []
      for (const device of [LAPTOP, TABLET]) {
        for (let seq = 0; seq < 12; seq += 1) {
          const changes = Array.from({ length: 1 + Math.floor(random.next() * 4) }, (_, n) => change(seq * 10 + n, randomBytes(4).toString('hex')))
          await publishBatch(source, batchOf(device, seq, changes), KEY)
          published.push(...changes.map((each) => `${device}/${each.record}/${String(each.value)}`))
        }
      }
      // The sync tool copies files over in random order, sometimes half a file first, sometimes twice.
      rmSync(folder, { recursive: true, force: true })
      const files = [LAPTOP, TABLET].flatMap((device) => readdirSync(join(source, DEVICES_FOLDER, device)).map((name) => ({ device, name })))
      const received: string[] = []
      read = new Set()
      while (files.length > 0) {
        const { device, name } = files.splice(Math.floor(random.next() * files.length), 1)[0]!
        const bytes = readFileSync(join(source, DEVICES_FOLDER, device, name))
        mkdirSync(join(folder, DEVICES_FOLDER, device), { recursive: true })
        if (random.next() < 0.3) {
          writeFileSync(join(folder, DEVICES_FOLDER, device, name), bytes.subarray(0, Math.floor(random.next() * bytes.length)))
          received.push(...collected(await readAs(DESKTOP)))
        }
        writeFileSync(join(folder, DEVICES_FOLDER, device, name), bytes)
        if (random.next() < 0.2) writeFileSync(join(folder, DEVICES_FOLDER, device, name.replace('.cbsync', ' (conflicted copy).cbsync')), bytes)
        if (random.next() < 0.5) received.push(...collected(await readAs(DESKTOP)))
      }
      received.push(...collected(await readAs(DESKTOP)))
      expect(received.sort(), `seed ${seed}`).toEqual(published.sort())
      rmSync(source, { recursive: true, force: true })
    }
  })
})

function collected(readings: BatchReading[]): string[] {
  return readings.flatMap((reading) =>
    reading.state === 'read' ? reading.batch.changes.map((each) => `${reading.batch.device}/${each.record}/${String(each.value)}`) : []
  )
}
