import type { ReactElement } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { I18nProvider } from 'react-aria-components'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach } from 'vitest'
import { CommandProvider } from '../app/commands/registry'
import { submitOnEnter } from '../components/submitOnEnter'

/**
 * Renders a screen or component the way the app does: inside a router (at `path`, with
 * the other addresses given as `routes`), with the data cache main.tsx sets up and the
 * app's Enter rule listened for on the document and its command registry (the shortcuts). Gives the user to act with and the router.
 * Dates are typed in `locale`'s order (day first unless told), whatever the machine's.
 */
export function renderInApp(
  element: ReactElement,
  { path = '/', routes = {}, locale = 'en-GB' }: { path?: string; routes?: Record<string, ReactElement>; locale?: string } = {}
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } } })
  const router = createMemoryRouter(
    [{ path, element }, ...Object.entries(routes).map(([routePath, routeElement]) => ({ path: routePath, element: routeElement }))],
    { initialEntries: [path] }
  )
  listenForEnter()
  const user = userEvent.setup()
  const view = render(
    <I18nProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <CommandProvider>
          <RouterProvider router={router} />
        </CommandProvider>
      </QueryClientProvider>
    </I18nProvider>
  )
  return { ...view, user, router, queryClient }
}

/** The app's Enter rule, on the document as main.tsx puts it, until the test ends. */
export function listenForEnter(): void {
  document.addEventListener('keydown', submitOnEnter, true)
}

afterEach(() => document.removeEventListener('keydown', submitOnEnter, true))
