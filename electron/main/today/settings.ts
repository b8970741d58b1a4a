import { z } from 'zod'
import { QUIET_WEEKS } from '../../shared/today'
import type { Reader, Writer } from '../db/door'
import { defineSetting, readSetting, writeSetting } from '../settings'

/** After how many weeks without a session a client shows on Today as not seen lately. */
const quietWeeksSetting = defineSetting(
  'today.quietWeeks',
  z.number().int().min(QUIET_WEEKS.min).max(QUIET_WEEKS.max),
  QUIET_WEEKS.default
)

export function readQuietWeeks(db: Reader): Promise<number> {
  return readSetting(db, quietWeeksSetting)
}

export async function writeQuietWeeks(db: Writer, weeks: number): Promise<{ quietWeeks: number }> {
  return { quietWeeks: await writeSetting(db, quietWeeksSetting, weeks) }
}
