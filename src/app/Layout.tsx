import { NavLink, Outlet, useHref, useNavigate } from 'react-router'
import { RouterProvider } from 'react-aria-components'

/** The window's frame: the sidebar of domains and the current screen. */
export function Layout() {
  const navigate = useNavigate()
  return (
    <RouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <div className="app">
        <nav className="sidebar" aria-label="Sections">
          <div className="brand">Coachbook</div>
          <NavLink to="/clients" className="nav-link">
            Clients
          </NavLink>
        </nav>
        <Outlet />
      </div>
    </RouterProvider>
  )
}
