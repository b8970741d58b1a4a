import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { screenPath, startScreenSetting, type StartScreenSetting } from '../../shared/today'
import type { Reader, Writer } from '../db/door'
import { writeAtomically } from '../savedFiles'
import { defineSetting, readSetting, writeSetting } from '../settings'

/**
 * Where the window opens. The choice is the coach's, kept in the practice like their other
 * settings; the screen they were on is this computer's (like the window's place), kept in
 * a file beside the practice, so that moving around the app is never a change to the
 * practice (nothing for Undo, the change log or another computer to see).
 */
const startScreen = defineSetting('today.startScreen', startScreenSetting, { openOn: 'today' })

export const LAST_SCREEN_FILE = 'last-screen.json'

const lastScreenSchema = z.object({ practiceFile: z.string(), path: screenPath })

/** Screens with no record in their route. */
const SECTIONS = new Set(['/today', '/clients', '/engagements', '/organisations', '/income', '/coaching-log', '/retention', '/settings'])
const ENGAGEMENT_TABS = '(?:/(?:assessment|goals|sessions|reviews|summary))?'

type RecordCheck = (reader: Reader, ids: number[]) => Promise<unknown>

/** Each screen of one record, by its route, and how to tell that the record is still there. */
const RECORD_SCREENS: readonly [RegExp, RecordCheck][] = [
  [/^\/clients\/(\d+)$/, (reader, [id]) => reader.selectFrom('clients').select('id').where('id', '=', id!).executeTakeFirst()],
  [/^\/organisations\/(\d+)$/, (reader, [id]) => reader.selectFrom('organisations').select('id').where('id', '=', id!).executeTakeFirst()],
  [
    new RegExp(`^/engagements/(\\d+)${ENGAGEMENT_TABS}$`),
    (reader, [id]) => reader.selectFrom('engagements').select('id').where('id', '=', id!).executeTakeFirst()
  ],
  [
    /^\/engagements\/(\d+)\/sessions\/(\d+)$/,
    (reader, [engagementId, id]) =>
      reader.selectFrom('sessions').select('id').where('id', '=', id!).where('engagementId', '=', engagementId!).executeTakeFirst()
  ]
]

function recordScreen(path: string): { check: RecordCheck; ids: number[] } | null {
  for (const [pattern, check] of RECORD_SCREENS) {
    const match = pattern.exec(path)
    if (match) return { check, ids: match.slice(1).map(Number) }
  }
  return null
}

/** Whether a route is a screen to come back to: a section or a record, never a form. */
export function isScreen(path: string): boolean {
  return SECTIONS.has(path) || recordScreen(path) !== null
}

/** The screen still shows what it showed: a section always does, a record's screen while the record is there. */
async function stillThere(reader: Reader, path: string): Promise<boolean> {
  if (SECTIONS.has(path)) return true
  const screen = recordScreen(path)
  return screen !== null && (await screen.check(reader, screen.ids)) !== undefined
}

export interface ScreenPlace {
  /** The practice file open now: a screen remembered in another practice names its records, not these. */
  practiceFile: string
  /** The folder the file of the last screen is kept in. */
  dataDir: string
}

async function lastScreen(place: ScreenPlace): Promise<string | null> {
  try {
    const parsed = lastScreenSchema.safeParse(JSON.parse(await readFile(join(place.dataDir, LAST_SCREEN_FILE), 'utf8')))
    return parsed.success && parsed.data.practiceFile === place.practiceFile ? parsed.data.path : null
  } catch {
    // None yet, or unreadable: the app opens on Today, as it would the first time.
    return null
  }
}

export async function readStartScreen(reader: Reader, place: ScreenPlace): Promise<StartScreenSetting & { screen: string | null }> {
  const { openOn } = await readSetting(reader, startScreen)
  if (openOn === 'today') return { openOn, screen: null }
  const path = await lastScreen(place)
  return { openOn, screen: path !== null && (await stillThere(reader, path)) ? path : null }
}

export function writeStartScreen(writer: Writer, choice: StartScreenSetting): Promise<StartScreenSetting> {
  return writeSetting(writer, startScreen, choice)
}

export async function rememberScreen(place: ScreenPlace, path: string): Promise<{ remembered: boolean }> {
  if (!isScreen(path)) return { remembered: false }
  const json = JSON.stringify({ practiceFile: place.practiceFile, path })
  await writeAtomically(join(place.dataDir, LAST_SCREEN_FILE), new TextEncoder().encode(json), 'last screen')
  return { remembered: true }
}
