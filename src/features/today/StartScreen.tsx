import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { api } from '../../lib/api'
import { useStartScreen } from './queries'

/** Whether the window is still at its opening address, before any screen was chosen. */
function stillOpening(): boolean {
  return window.location.hash === '' || window.location.hash === '#/'
}

/**
 * The window as it opens: on Today, or on the screen the coach left when they chose so
 * in Settings. Main answers Today (null) for a screen whose record is gone, and so does
 * a failed read: opening must never stop at an error. A screen the coach (or a link)
 * went to while the start screen was being read is kept: the address is read as the
 * answer comes, not as it was when the read began.
 */
export function OpenOnStartScreen() {
  const start = useStartScreen()
  const navigate = useNavigate()
  const screen = start.isPending ? null : (start.data?.screen ?? '/today')
  useEffect(() => {
    if (screen !== null && stillOpening()) void navigate(screen, { replace: true })
  }, [screen, navigate])
  return null
}

/** The screens told so far, one after the other: two told at once could land in the wrong order. */
let told: Promise<unknown> = Promise.resolve()

/** Tells main each screen the coach moves to, for the next launch (main keeps screens, never forms). */
export function RememberScreen() {
  const { pathname } = useLocation()
  useEffect(() => {
    // Not remembering a place costs only where the next launch opens: nothing to tell the coach about.
    told = told.then(() => api.today.rememberScreen({ path: pathname })).catch(() => undefined)
  }, [pathname])
  return null
}
