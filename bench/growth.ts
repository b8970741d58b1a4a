import { callAll, clientListScreens, openActionsScreens, searchScreens, SEARCH_TERMS, type Calls } from './handlers'
import { inTurn, type Timing } from './measure'
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
  { name: 'Search, every type (5 of each), 20 searches', screens: async () => searchScreens() },
  { name: 'Search, one type: 3 pages of 30 sessions, 20 searches', screens: sessionPages }
]

export interface Growth {
  name: string
  one: Timing
  scaled: Timing
}

/**
 * Each measure on the large practice and on the one `scale` times larger, screen by
 * screen in turn, so a slow moment of the machine falls on both alike.
 */
export async function growthFigures(one: OpenPractice, scaled: OpenPractice, rounds = 8): Promise<Growth[]> {
  const figures: Growth[] = []
  for (const measure of GROWTH_MEASURES) {
    const screens = { one: await measure.screens(one), scaled: await measure.screens(scaled) }
    const count = Math.min(screens.one.length, screens.scaled.length)
    const timings = await inTurn(
      Array.from({ length: count }, (_, index) => index),
      rounds,
      {
        one: (index) => callAll(one, screens.one[index]!),
        scaled: (index) => callAll(scaled, screens.scaled[index]!)
      }
    )
    figures.push({ name: measure.name, ...timings })
  }
  return figures
}
