import { effect, write, type DomainHandlers } from '../db/door'
import type { PracticeSession } from '../db/session'
import { todayOverview } from './service'
import { readQuietWeeks, writeQuietWeeks } from './settings'
import { readStartScreen, rememberScreen, writeStartScreen, type ScreenPlace } from './startScreen'

export function todayHandlers({ practice }: { practice: PracticeSession }): DomainHandlers<'today'> {
  const place = (): ScreenPlace => ({ practiceFile: practice.file, dataDir: practice.dataDir })
  return {
    'today:overview': async (reader, bounds) => todayOverview(reader, bounds, await readQuietWeeks(reader)),
    'today:settings': async (reader) => ({ quietWeeks: await readQuietWeeks(reader) }),
    'today:updateSettings': write((writer, { weeks }) => writeQuietWeeks(writer, weeks)),
    'today:startScreen': (reader) => readStartScreen(reader, place()),
    'today:setStartScreen': write((writer, choice) => writeStartScreen(writer, choice)),
    // Beside the practice, not in it: nothing here goes through the door.
    'today:rememberScreen': effect((_door, { path }) => rememberScreen(place(), path))
  }
}
