import { write, type DomainHandlers } from '../db/door'
import { todayOverview } from './service'
import { readQuietWeeks, writeQuietWeeks } from './settings'

export const todayHandlers: DomainHandlers<'today'> = {
  'today:overview': async (reader, bounds) => todayOverview(reader, bounds, await readQuietWeeks(reader)),
  'today:settings': async (reader) => ({ quietWeeks: await readQuietWeeks(reader) }),
  'today:updateSettings': write((writer, { weeks }) => writeQuietWeeks(writer, weeks))
}
