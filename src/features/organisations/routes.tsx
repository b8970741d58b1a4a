import type { RouteObject } from 'react-router'
import { OrganisationDetail } from './OrganisationDetail'
import { NoOrganisationSelected, OrganisationsPage } from './OrganisationsPage'

export const organisationRoutes: RouteObject = {
  path: 'organisations',
  element: <OrganisationsPage />,
  children: [
    { index: true, element: <NoOrganisationSelected /> },
    { path: ':organisationId', element: <OrganisationDetail /> }
  ]
}
