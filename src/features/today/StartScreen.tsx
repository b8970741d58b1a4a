import { useEffect } from 'react'
import { Navigate, useLocation } from 'react-router'
import { api } from '../../lib/api'
import { useStartScreen } from './queries'

/**
 * The window as it opens: on Today, or on the screen the coach left when they chose so
 * in Settings. Main answers Today (null) for a screen whose record is gone, and so does
 * a failed read: opening must never stop at an error.
 */
export function OpenOnStartScreen() {
  const start = useStartScreen()
  if (start.isPending) return null
  return <Navigate to={start.data?.screen ?? '/today'} replace />
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
