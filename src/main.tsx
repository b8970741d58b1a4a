import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { router } from './app/router'
import { submitOnEnter } from './components/submitOnEnter'
import { Toasts } from './components/Toasts'
import { historyKeys } from './features/changes/queries'
import { UnlockScreen } from './features/encryption/UnlockScreen'
import { UNLOCK_ROUTE } from '../electron/shared/encryption'
import { FirstRunScreen } from './features/firstRun/FirstRunScreen'
import { usePracticeState } from './features/firstRun/practiceState'
import { AppliedPreferences } from './features/preferences/AppliedPreferences'
import './styles.css'

// Everything lives on this machine: data is fresh until a mutation says otherwise.
// Every change lands in the change log, so an open history is read again after each one;
// not awaited, so that no mutation's own follow-up (a screen it opens) waits for it.
const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
  mutationCache: new MutationCache({
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: historyKeys.all })
    }
  })
})

// Capture phase: before the fields, most of which keep Enter to themselves.
document.addEventListener('keydown', submitOnEnter, true)

/** The app on its practice, or the first run's choices while there is none yet. */
function App() {
  const practice = usePracticeState()
  if (practice.isPending) return null
  if (practice.data?.state === 'none') return <FirstRunScreen />
  return (
    <AppliedPreferences>
      <RouterProvider router={router} />
    </AppliedPreferences>
  )
}

const { unlockRequest, answerUnlock } = window.coachbookDesktop ?? {}
// Main's unlock window at start-up: no practice is open yet, so nothing but the question.
const unlocking = location.hash === UNLOCK_ROUTE && unlockRequest && answerUnlock ? { unlockRequest, answerUnlock } : null
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {unlocking ? (
      <UnlockScreen desktop={unlocking} />
    ) : (
      <QueryClientProvider client={queryClient}>
        <App />
        <Toasts />
      </QueryClientProvider>
    )}
  </StrictMode>
)
