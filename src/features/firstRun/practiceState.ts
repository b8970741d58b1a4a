import { useQuery } from '@tanstack/react-query'
import { FIRST_RUN_NEXT_KEY, type PracticeState } from '../../../electron/shared/firstRun'

/** A window without main's side (a component test): a practice is open, and it is not the demo. */
const OPEN: PracticeState = { state: 'open', demo: false }

/** Which practice the window is on: none yet (the first run), or one, which may be the demo. Asked once per page load. */
export function usePracticeState() {
  return useQuery({ queryKey: ['practice', 'state'], queryFn: () => window.coachbookDesktop?.practiceState() ?? Promise.resolve(OPEN) })
}

/**
 * Loads the app afresh on the practice now open (or on the first run's choices, once the
 * demo is left), from its start screen; `next: 'importClient'` goes on to the client import.
 */
export function reloadOntoPractice(next: 'importClient' | null): void {
  if (next === 'importClient') sessionStorage.setItem(FIRST_RUN_NEXT_KEY, next)
  location.hash = next === 'importClient' ? '#/clients' : ''
  location.reload()
}

/** Whether the first run asked for `next` as the window reloaded: answered once, then forgotten. */
export function takeFirstRunNext(next: 'importClient'): boolean {
  if (sessionStorage.getItem(FIRST_RUN_NEXT_KEY) !== next) return false
  sessionStorage.removeItem(FIRST_RUN_NEXT_KEY)
  return true
}
