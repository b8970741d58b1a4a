import { createHashRouter, Navigate } from 'react-router'
import { clientRoutes } from '../features/clients/routes'
import { CoachingLogPage } from '../features/coachingLog/CoachingLogPage'
import { engagementRoutes } from '../features/engagements/routes'
import { EngagementsPage } from '../features/filters/EngagementsPage'
import { organisationRoutes } from '../features/organisations/routes'
import { RetentionPage } from '../features/privacy/RetentionPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { TodayPage } from '../features/today/TodayPage'
import { ErrorPage } from './ErrorPage'
import { Layout } from './Layout'

// Hash history: the page is loaded from the app's own scheme, where only the hash may change.
export const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      // The app opens on the coach's day.
      { index: true, element: <Navigate to="/today" replace /> },
      { path: 'today', element: <TodayPage /> },
      clientRoutes,
      organisationRoutes,
      { path: 'engagements', element: <EngagementsPage /> },
      engagementRoutes,
      { path: 'retention', element: <RetentionPage /> },
      { path: 'coaching-log', element: <CoachingLogPage /> },
      { path: 'settings', element: <SettingsPage /> }
    ]
  }
])
