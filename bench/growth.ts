import { callAll, clientListScreens, openActionsScreens, SAVED_FILTER_SCREEN, savedFilterScreens, searchScreens, SEARCH_TERMS, todayScreens, type Calls } from './handlers'
import { inTurn, roundsFor, type Timing } from './measure'
import type { OpenPractice } from './practice'

/**
 * A screen whose data must come as fast from a practice several times larger: what it
 * reads grows with what it shows, not with the practice. `screens` gives the calls of
 * the screens measured on either practice, with that practice's own ids.
 */
export interface GrowthMeasure {
  name: string
  screens(practice: OpenPractice): Promise<Calls[]>
}

/** "More sessions…" in the search palette: the first three pages of 30 sessions of each bench search. */
async function sessionPages(practice: OpenPractice): Promise<Calls[]> {
  return Promise.all(
    SEARCH_TERMS.map(async (text) => {
      const calls: Calls = []
      let cursor: string | null = null
      for (let page = 0; page < 3; page++) {
        const input = { text, types: ['session'], limit: 30, cursor }
        calls.push(['search:query', input])
        const answer = await practice.dispatch('search:query', input)
        if (!answer.ok) throw new Error(answer.error.message)
        cursor = (answer.data as { nextCursor: string | null }).nextCursor
        if (cursor === null) break
      }
      return calls
    })
  )
}

/** Every measure of `npm run bench -- --scale N`: a screen's data, through the app's dispatcher. Add a screen here. */
export const GROWTH_MEASURES: readonly GrowthMeasure[] = [
  { name: 'Client list page (first 10 pages of 100, 5 filtered)', screens: clientListScreens },
  { name: 'Open actions of an engagement (30 engagements)', screens: openActionsScreens },
  { name: 'Today (10 days of two weeks)', screens: async () => todayScreens() },
  { name: SAVED_FILTER_SCREEN, screens: savedFilterScreens },
  { name: 'Search, every type (5 of each), 20 searches', screens: async () => searchScreens() },
  { name: 'Search, one type: 3 pages of 30 sessions, 20 searches', screens: sessionPages }
]

export interface Growth {
  name: string
  one: Timing
  scaled: Timing
}


/**
 * Every screen once before timing: the first read of a page of a freshly copied practice
 * comes from the disk, and with only some screens warmed those first reads landed in
 * the timed rounds (more of them in the larger file), not in what a coach waits for twice.
 */
async function warmUp(practice: OpenPractice, screens: Calls[]): Promise<void> {
  for (const calls of screens) await callAll(practice, calls)
}

/** The lists whose calls say how many rows to show (`limit`), and answer with them (`items`). */
const PAGED_LISTS: ReadonlySet<string> = new Set(['clients:list', 'filters:engagements'])

/**
 * The calls of the larger practice's screens, each list asking for as many rows as the
 * same call shows on the large practice. A filter that matches 19 clients of the large
 * practice matches 86 of the ×4 one: showing 86 is what is shown growing, which the
 * target allows; what it forbids is the same page costing more in a larger practice.
 */
async function showingAsMany(one: OpenPractice, oneScreens: Calls[], scaledScreens: Calls[]): Promise<Calls[]> {
  const shown = async (channel: string, input: unknown): Promise<number> => {
    const answer = await one.dispatch(channel, input)
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
    return (answer.data as { items: unknown[] }).items.length
  }
  return Promise.all(
    scaledScreens.map((calls, screen) =>
      Promise.all(
        calls.map(async ([channel, input], index): Promise<Calls[number]> => {
          if (!PAGED_LISTS.has(channel)) return [channel, input]
          const [, oneInput] = oneScreens[screen]![index]!
          return [channel, { ...(input as object), limit: Math.max(1, await shown(channel, oneInput)) }]
        })
      )
    )
  )
}

/**
 * Each measure on the large practice and on the one `scale` times larger, screen by
 * screen in turn, so a slow moment of the machine falls on both alike.
 */
export async function growthFigures(one: OpenPractice, scaled: OpenPractice): Promise<Growth[]> {
  const figures: Growth[] = []
  for (const measure of GROWTH_MEASURES) {
    const oneScreens = await measure.screens(one)
    const screens = { one: oneScreens, scaled: await showingAsMany(one, oneScreens, await measure.screens(scaled)) }
    const count = Math.min(screens.one.length, screens.scaled.length)
    await warmUp(one, screens.one)
    await warmUp(scaled, screens.scaled)
    const timings = await inTurn(
      Array.from({ length: count }, (_, index) => index),
      roundsFor(count),
      {
        one: (index) => callAll(one, screens.one[index]!),
        scaled: (index) => callAll(scaled, screens.scaled[index]!)
      }
    )
    figures.push({ name: measure.name, ...timings })
  }
  return figures
}
