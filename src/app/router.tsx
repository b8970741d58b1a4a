import { createHashRouter } from 'react-router'
import { clientRoutes } from '../features/clients/routes'
import { CoachingLogPage } from '../features/coachingLog/CoachingLogPage'
import { engagementRoutes } from '../features/engagements/routes'
import { EngagementsPage } from '../features/filters/EngagementsPage'
import { IncomePage } from '../features/income/IncomePage'
import { organisationRoutes } from '../features/organisations/routes'
import { RetentionPage } from '../features/privacy/RetentionPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { OpenOnStartScreen } from '../features/today/StartScreen'
import { TodayPage } from '../features/today/TodayPage'
import { ErrorPage } from './ErrorPage'
import { Layout } from './Layout'

// Hash history: the page is loaded from the app's own scheme, where only the hash may change.
export const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      // The app opens on the coach's day, or where they left it if they chose so.
      { index: true, element: <OpenOnStartScreen /> },
      { path: 'today', element: <TodayPage /> },
      clientRoutes,
      organisationRoutes,
      { path: 'engagements', element: <EngagementsPage /> },
      engagementRoutes,
      { path: 'retention', element: <RetentionPage /> },
      { path: 'coaching-log', element: <CoachingLogPage /> },
      { path: 'income', element: <IncomePage /> },
      { path: 'settings', element: <SettingsPage /> }
    ]
  }
])
