import { join } from 'node:path'
import { z } from 'zod'
import { seriesPrefix } from '../../shared/invoices'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { AppError } from '../errors'
import { readMachineFile, writeMachineFile } from '../machineFile'

/**
 * This computer's invoice series, kept in the data folder beside the window's state and the
 * practice chosen, since it belongs to the computer and not to the practice: two computers
 * sharing a practice issue from two series, so they can never give out the same number.
 */
export const INVOICE_SERIES_FILE = 'invoice-series.json'

const storedSchema = z.object({ prefix: seriesPrefix })

/** This computer's prefix; null when none is set yet (or the file is unreadable): issuing then asks for one. */
export function readMachinePrefix(dataDir: string): string | null {
  return readMachineFile(join(dataDir, INVOICE_SERIES_FILE), storedSchema)?.prefix ?? null
}

export function writeMachinePrefix(dataDir: string, prefix: string): void {
  writeMachineFile(join(dataDir, INVOICE_SERIES_FILE), { prefix })
}

/** This computer's prefix, and those of the practice's other series. */
export async function seriesOverview(db: Reader, prefix: string | null) {
  const rows = await db.selectFrom('invoiceSeries').select('prefix').orderBy('prefix').execute()
  return { prefix, taken: rows.map((row) => row.prefix).filter((taken) => taken !== prefix) }
}

/**
 * Claims `wanted` for this computer in the practice. A prefix another series of the practice
 * holds is refused: its numbers would collide with the ones that computer issues.
 */
export async function claimPrefix(db: Writer, wanted: string, current: string | null): Promise<void> {
  if (wanted === current) return
  const taken = await db.selectFrom('invoiceSeries').select('id').where('prefix', '=', wanted).executeTakeFirst()
  if (taken) {
    throw new AppError('conflict', `Another series of this practice uses the prefix ${wanted}: choose one of your own, such as a letter for this computer.`, 'prefix')
  }
  await db.insertInto('invoiceSeries').values({ prefix: wanted, claimedAt: nowIso() }).execute()
}
