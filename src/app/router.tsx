import { createHashRouter, Navigate } from 'react-router'
import { clientRoutes } from '../features/clients/routes'
import { ErrorPage } from './ErrorPage'
import { Layout } from './Layout'

// Hash history: the page is loaded from the app's own scheme, where only the hash may change.
export const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [{ index: true, element: <Navigate to="/clients" replace /> }, clientRoutes]
  }
])
