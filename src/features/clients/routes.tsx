import type { RouteObject } from 'react-router'
import { ClientDetail } from './ClientDetail'
import { ClientForm } from './ClientForm'
import { ClientsPage, NoClientSelected } from './ClientsPage'
import { EngagementForm } from '../engagements/EngagementForm'

export const clientRoutes: RouteObject = {
  path: 'clients',
  element: <ClientsPage />,
  children: [
    { index: true, element: <NoClientSelected /> },
    { path: 'new', element: <ClientForm /> },
    { path: ':clientId', element: <ClientDetail /> },
    { path: ':clientId/edit', element: <ClientForm /> },
    // A new engagement is contracted from the client's page.
    { path: ':clientId/engagements/new', element: <EngagementForm /> }
  ]
}
